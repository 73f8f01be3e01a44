"""make bench-portal: service-page rate and latency vs a static file from the same server."""

from __future__ import annotations

import http.client
import re
import sys

from common import load, machine, server

PAGES = [
    "/en/dortmund/services/residence-registration/",
    "/de/dortmund/services/eu-blue-card/",
    "/ar/dortmund/services/daycare-place/",
    "/uk/dortmund/services/temporary-protection/",
]


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
        load(port, PAGES, name="warm-up", max_requests=200, max_seconds=10)
        print(f"machine: {machine()}; server: gunicorn, 2 sync workers, SQLite; concurrency 8")
        for path in [*PAGES, "/de/dortmund/", "/de/dortmund/offices/migration-office/"]:
            html, total = page_weight(port, path)
            print(
                f"page weight {path:<50} HTML {html / 1024:5.1f} KB, with CSS/JS {total / 1024:5.1f} KB (budget 60 KB)"
            )
        single = load(
            port, PAGES, name="service page, concurrency 1", concurrency=1, max_requests=300
        )
        page = load(port, PAGES, name="service page (4 languages)")
        static = load(port, ["/static/portal/lotse.css"], name="static file (lotse.css)")
        api = load(
            port,
            ["/api/v1/cities/dortmund/services/residence-registration?lang=en"],
            name="API service detail",
        )
        for result in (single, page, static, api):
            print(result.line())
        print(f"service page rate = {page.rps / static.rps:.0%} of the static-file rate")
        return 0 if page.errors == 0 and static.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
