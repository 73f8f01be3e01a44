"""make bench-portal: public pages vs a static file from the same server, in one run.

Rates and p50/p95 at concurrency 8 of a service page, the city page and the API service
detail, each as an anonymous visitor gets it (from the shared page cache after the first
view) and uncached (the request carries a session cookie, which always goes to the view),
against a static file; the server CPU per uncached service page from the gunicorn workers'
own CPU counters; the page weights.
"""

from __future__ import annotations

import http.client
import re
import sys

from common import SERVERS, load, machine, server, worker_cpu_seconds

PAGES = [
    "/en/dortmund/services/residence-registration/",
    "/de/dortmund/services/eu-blue-card/",
    "/ar/dortmund/services/daycare-place/",
    "/uk/dortmund/services/temporary-protection/",
]
CITY = ["/de/dortmund/", "/en/dortmund/", "/ar/dortmund/", "/uk/dortmund/"]
API = [
    "/api/v1/cities/dortmund/services/residence-registration?lang=en",
    "/api/v1/cities/dortmund/services/eu-blue-card?lang=de",
]
STATIC = ["/static/portal/lotse.css"]
# A session cookie: the page cache never answers such a request, the view renders it.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}


def page_weight(port: int, path: str) -> tuple[int, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    html = conn.getresponse().read()
    total = len(html)
    for asset in re.findall(rb'(?:href|src)="(/static/[^"]+)"', html):
        conn.request("GET", asset.decode())
        total += len(conn.getresponse().read())
    conn.close()
    return len(html), total


def main() -> int:
    with server(workers=2) as port:
        master = SERVERS[-1]
        load(port, [*PAGES, *CITY, *API], name="warm-up", max_requests=200, max_seconds=20)
        print(f"machine: {machine()}; server: gunicorn, 2 sync workers, SQLite; concurrency 8")
        for path in [*PAGES, "/de/dortmund/", "/de/dortmund/offices/migration-office/"]:
            html, total = page_weight(port, path)
            print(
                f"page weight {path:<50} HTML {html / 1024:5.1f} KB, with CSS/JS {total / 1024:5.1f} KB (budget 60 KB)"
            )
        static = load(port, STATIC, name="static file (lotse.css)")
        page = load(port, PAGES, name="service page (4 languages)")
        city = load(port, CITY, name="city page (4 languages)")
        api = load(port, API, name="API service detail")
        single = load(port, PAGES, name="service page, concurrency 1", concurrency=1)
        page_raw = load(
            port, PAGES, name="service page, uncached", headers=UNCACHED, max_requests=400
        )
        city_raw = load(port, CITY, name="city page, uncached", headers=UNCACHED, max_requests=200)
        api_raw = load(port, API, name="API detail, uncached", headers=UNCACHED, max_requests=400)
        before = worker_cpu_seconds(master)
        cpu_run = load(
            port,
            PAGES,
            name="service page, uncached, conc. 1",
            headers=UNCACHED,
            concurrency=1,
            max_requests=200,
        )
        cpu_page = (worker_cpu_seconds(master) - before) / max(cpu_run.count, 1) * 1000
        before = worker_cpu_seconds(master)
        cpu_hit_run = load(port, PAGES, name="service page, cached, conc. 1", concurrency=1)
        cpu_hit = (worker_cpu_seconds(master) - before) / max(cpu_hit_run.count, 1) * 1000
        results = (static, page, city, api, single, page_raw, city_raw, api_raw, cpu_run)
        for result in results:
            print(result.line())
        print(
            f"service page rate = {page.rps / static.rps:.0%} of the static-file rate (target >= 50%)"
        )
        print(
            f"city page rate    = {city.rps / static.rps:.0%} of the static-file rate (target >= 50%)"
        )
        print(f"API detail rate   = {api.rps / static.rps:.0%} of the static-file rate")
        print(
            f"p95 of a cached service page {page.pct(95):.1f} ms, city page {city.pct(95):.1f} ms (target <= 15 ms)"
        )
        print(
            f"server CPU per uncached service page {cpu_page:.1f} ms (target <= 10 ms); per cached one {cpu_hit:.1f} ms"
        )
        return 0 if all(r.errors == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
