"""One booking attempt in its own process (used by test_concurrency; prints the outcome)."""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotse.settings")
    import django

    django.setup()
    from django.db import connection

    from lotse.appointments import services
    from lotse.appointments.errors import SlotFull
    from lotse.appointments.services import BookingRequest
    from lotse.core.errors import Limited

    slot_id, index, start_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    # Optional: every process books with this one e-mail address (the per-address limit race).
    email = sys.argv[4] if len(sys.argv) > 4 else f"p{index}@example.org"
    connection.ensure_connection()
    print("READY", flush=True)
    # All processes start together once the test sees every one of them ready.
    while not os.path.exists(start_file):
        time.sleep(0.002)
    began = time.time()
    try:
        services.booking_create(
            request=BookingRequest(slot=slot_id, name=f"P{index}", email=email, language="en"),
            address=f"10.0.{index}.1",
            proof_ok=True,
            base_url="http://testserver",
        )
        outcome = "won"
    except SlotFull:
        outcome = "full"
    except Limited:
        outcome = "limited"
    except Exception as exc:
        outcome = f"error {exc!r}"
    print("OUTCOME", outcome, f"{time.time() - began:.2f}", flush=True)


if __name__ == "__main__":
    main()
