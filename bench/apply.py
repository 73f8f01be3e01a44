"""make bench-apply: 200 concurrent online applications with two uploads each, against gunicorn.

Every submission has its own Idempotency-Key and e-mail; RETRIES of them are sent a second time
at once (a double click / a client retry). Prints p50/p95 of the submissions, the status
counts, and checks in the database: exactly one application per key (none lost, none doubled),
two documents each, and no 5xx. Only 127.0.0.1 (SQLite); counts and time are bounded."""

from __future__ import annotations

import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter

from common import PYTHON, ROOT, Result, machine, server

SUBMISSIONS = int(os.environ.get("BENCH_SUBMISSIONS", "200"))
RETRIES = int(os.environ.get("BENCH_RETRIES", "20"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
PDF = b"%PDF-1.4\n" + b"0" * 60_000 + b"\n%%EOF\n"  # about 60 kB
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40_000

CHECK = """
import json
from django.db.models import Count
from lotse.cases.models import Application, Document
apps = Application.objects.all()
per_key = apps.values("idempotency_hash").annotate(n=Count("id")).filter(n__gt=1).count()
counts = list(apps.annotate(d=Count("task__documents")).values_list("d", flat=True))
print(json.dumps({"applications": apps.count(), "doubled_keys": per_key,
                  "emails": apps.values("email_normalised").distinct().count(),
                  "documents": Document.objects.count(),
                  "apps_without_two_documents": sum(1 for c in counts if c != 2)}))
"""


def body(n: int) -> tuple[bytes, str]:
    boundary = "bench" + secrets.token_hex(8)
    application = {
        "city": "dortmund",
        "service": "residence-permit-extension",
        "language": "en",
        "email": f"bench-{n}@example.org",
        "consent": True,
        "answers": {
            "given-names": "Bench",
            "family-name": f"Person {n}",
            "birth-date": "1990-01-01",
            "nationality": "UA",
            "marital-status": "single",
            "permit-expires": "2027-01-31",
            "street": "Südwall 2",
            "postcode": "44137",
        },
    }
    parts = [
        (
            b'Content-Disposition: form-data; name="application"\r\n\r\n',
            json.dumps(application).encode(),
        ),
        (
            b'Content-Disposition: form-data; name="documents.passport"; filename="p.pdf"\r\n'
            b"Content-Type: application/pdf\r\n\r\n",
            PDF,
        ),
        (
            b'Content-Disposition: form-data; name="documents.current-permit"; filename="c.png"\r\n'
            b"Content-Type: image/png\r\n\r\n",
            PNG,
        ),
    ]
    out = b""
    for head, content in parts:
        out += f"--{boundary}\r\n".encode() + head + content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def main() -> int:
    captured: dict[str, dict[str, str]] = {}

    def prepare(env: dict[str, str]) -> None:
        captured["env"] = env

    os.environ.setdefault("LOTSE_APPLICATION_MAX_OPEN_PER_ADDRESS", "0")  # all from 127.0.0.1
    os.environ.setdefault("LOTSE_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
    print(machine())
    print(f"{SUBMISSIONS} concurrent submissions (2 uploads each, ~100 kB), {RETRIES} retried "
          f"with the same Idempotency-Key, {WORKERS} gunicorn workers, SQLite")  # fmt: skip
    with server(workers=WORKERS, prepare=prepare) as port:
        jobs = [(n, str(uuid.uuid4())) for n in range(SUBMISSIONS)]
        jobs += jobs[:RETRIES]
        payloads = {n: body(n) for n, _key in jobs}
        latencies: list[float] = []
        statuses: Counter[int] = Counter()
        ids: dict[str, set[int]] = {}
        lock = threading.Lock()
        start_gate = threading.Barrier(len(jobs))

        def submit(n: int, key: str) -> None:
            data, content_type = payloads[n]
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            start_gate.wait()
            started = time.perf_counter()
            try:
                conn.request("POST", "/api/v1/applications", body=data, headers={
                    "Content-Type": content_type, "Idempotency-Key": key})  # fmt: skip
                response = conn.getresponse()
                text = response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status, text = 0, b""
            elapsed = time.perf_counter() - started
            with lock:
                statuses[status] += 1
                latencies.append(elapsed)
                if status in (200, 201):
                    ids.setdefault(key, set()).add(json.loads(text)["id"])

        started = time.perf_counter()
        threads = [threading.Thread(target=submit, args=job) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        seconds = time.perf_counter() - started
        result = Result("POST /api/v1/applications", len(jobs),
                        sum(c for s, c in statuses.items() if s == 0 or s >= 500), seconds, latencies)  # fmt: skip
        print(result.line())
        print("statuses:", dict(sorted(statuses.items())))
        script = "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'lotse.settings'); django.setup()\nfrom collections import Counter\n"  # fmt: skip
        out = subprocess.run([PYTHON, "-c", script + CHECK], cwd=ROOT, env=captured["env"],
                             check=True, capture_output=True, text=True).stdout  # fmt: skip
        db = json.loads(out.strip().splitlines()[-1])
    print("database:", db)
    answers_differ = sum(1 for found in ids.values() if len(found) != 1)
    server_errors = sum(c for s, c in statuses.items() if s == 0 or s >= 500)
    ok = (
        db["applications"] == SUBMISSIONS
        and db["doubled_keys"] == 0
        and db["apps_without_two_documents"] == 0
        and len(ids) == SUBMISSIONS
        and answers_differ == 0
        and server_errors == 0
    )
    print(f"lost: {SUBMISSIONS - db['applications']}  doubled: {db['doubled_keys']}  "
          f"retries answered with another id: {answers_differ}  5xx/failed: {server_errors}  "
          f"p95: {result.pct(95):.0f} ms  -> {'PASS' if ok else 'FAIL'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
