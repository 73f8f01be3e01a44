"""Fairness limits: rate windows, the per-person and per-address budgets of active bookings.

A person is their e-mail address normalised (aliases of one mailbox count once); an address is
the client's IP, IPv6 grouped by /64 (one household or phone gets a whole /64). Bookings keep the
address as typed for sending and the normalised one (`email_key`) for counting; client
addresses are stored only as keyed hashes, so the tables never hold a usable IP address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from lotse.appointments import conf
from lotse.appointments.models import RateCounter, SeatClaim
from lotse.core.errors import Limited

# Providers that ignore dots in the local part (the same mailbox for a.b@ and ab@).
DOTLESS_DOMAINS = frozenset({"gmail.com", "googlemail.com"})


def email_normalise(email: str) -> str:
    """The mailbox an address reaches, for limits only (mails go to the address as typed):
    lower case, quotes around the local part removed, `+tag` dropped, and dots dropped where the
    provider ignores them; googlemail.com counts as gmail.com."""
    value = email.strip().lower()
    local, sep, domain = value.rpartition("@")
    if not sep:
        return value
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        local = local[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    local = local.split("+", 1)[0]
    if domain == "googlemail.com":
        domain = "gmail.com"
    if domain in DOTLESS_DOMAINS:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def address_group(address: str) -> str:
    """The unit the per-address limits count: an IPv4 address, or the /64 of an IPv6 one."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return address.strip()
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


def _keyed(value: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def address_digest(address: str) -> str:
    """Keyed hash of the client's address group ('' for no address)."""
    return _keyed(address_group(address)) if address else ""


def _count_one(key: str, window_start: dt.datetime) -> int:
    """Add one to the counter of `key` in the window and return its new count, in one statement
    (an upsert: the first attempt of a window creates the row, the others add to it). It is
    atomic on its own, so parallel processes never lose an attempt or read a count twice; both
    PostgreSQL and SQLite (3.35+) have INSERT … ON CONFLICT … RETURNING."""
    table = connection.ops.quote_name(RateCounter._meta.db_table)
    columns = {f.name: connection.ops.quote_name(f.column) for f in RateCounter._meta.fields}
    key_col, start_col, count_col = columns["key"], columns["window_start"], columns["count"]
    # Only quoted names from the model go into the text; the values are parameters.
    sql = (
        f"INSERT INTO {table} ({key_col}, {start_col}, {count_col}) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT ({key_col}, {start_col}) DO UPDATE SET {count_col} = {table}.{count_col} + 1 "
        f"RETURNING {count_col}"
    )
    with connection.cursor() as cursor:
        # Stored as the ORM stores it (SQLite: naive UTC text), so both find the same row.
        cursor.execute(sql, [key, connection.ops.adapt_datetimefield_value(window_start)])
        return int(cursor.fetchone()[0])


def rate_limit_hit(*, key: str, limit: int, window_seconds: int, message: str = "") -> None:
    """Count one attempt for `key` in the current window; raise Limited above `limit`."""
    now = timezone.now()
    epoch = int(now.timestamp())
    start = dt.datetime.fromtimestamp(epoch - epoch % window_seconds, tz=dt.UTC)
    count = _count_one(key, start)
    if count > limit:
        retry = int((start + dt.timedelta(seconds=window_seconds) - now).total_seconds()) + 1
        raise Limited(
            max(1, retry), message=message or "too many attempts from this address", code="limited"
        )


def address_limit_hit(
    address: str, *, scope: str, limit: int, window_seconds: int = 3600, message: str = ""
) -> str:
    """Count one attempt of a client address under `scope` (see rate_limit_hit); returns the
    address's digest to store with the row ("" when no address is known: nothing counted)."""
    address_hash = address_digest(address)
    if address_hash:
        rate_limit_hit(
            key=f"{scope}:{address_hash}",
            limit=limit,
            window_seconds=window_seconds,
            message=message,
        )
    return address_hash


def _lock_key(value: str) -> int:
    return int.from_bytes(hashlib.sha256(value.encode("utf-8")).digest()[:4], "big", signed=True)


def _limits_lock(*, person: str, address_hash: str) -> None:
    """Serialise the limit check of one person (and one client address) until commit.

    Without it two parallel requests with the same address both count "one active booking" on
    PostgreSQL (READ COMMITTED) and both pass. A transaction-scoped advisory lock needs no table
    and is released by COMMIT/ROLLBACK; the lock order (person space, then address space, then the
    slot row) is the same everywhere, so these never deadlock. SQLite already runs one write
    transaction at a time (transaction_mode IMMEDIATE)."""
    if connection.vendor != "postgresql":
        return
    keys = [(1, _lock_key(person))]
    if address_hash and conf.max_active_per_ip():
        keys.append((2, _lock_key(address_hash)))
    with connection.cursor() as cursor:
        for space, key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [space, key])


def limits_check(
    *, person: str, address_hash: str, now: dt.datetime, exclude_booking: int | None = None
) -> None:
    """Raise Limited when this person or address already blocks the most seats. Call inside the
    transaction that takes the seat.

    Seats are counted, not bookings: a held or confirmed booking's seat, and also the seat of a
    cancelled or moved booking while it cools down, so cancelling or moving never lets one
    person block more seats than booking would."""
    _limits_lock(person=person, address_hash=address_hash)
    blocked = SeatClaim.objects.filter(released_at__isnull=True, slot__end__gte=now).filter(
        Q(release_after__isnull=True) | Q(release_after__gt=now)
    )
    if exclude_booking is not None:
        blocked = blocked.exclude(booking_id=exclude_booking)
    if blocked.filter(booking__email_key=person).count() >= conf.max_active_per_email():
        raise Limited(
            3600, message="this e-mail address already has the most active bookings", code="limited"
        )
    per_ip = conf.max_active_per_ip()
    if (
        per_ip
        and address_hash
        and blocked.filter(booking__address_hash=address_hash).count() >= per_ip
    ):
        raise Limited(
            3600, message="this address already has the most active bookings", code="limited"
        )


def changes_hit(*, person: str, address_hash: str) -> None:
    """Count one move or cancel against the same budgets as booking attempts: per person and per
    address, in the booking rate window (moves and cancels free or block seats too)."""
    window = conf.rate_window_seconds()
    limit = conf.changes_per_window()
    rate_limit_hit(
        key=f"change:person:{_keyed(person)}",
        limit=limit,
        window_seconds=window,
        message="too many changes to bookings of this e-mail address",
    )
    if address_hash:
        rate_limit_hit(
            key=f"change:addr:{address_hash}",
            limit=conf.rate_without_proof(),
            window_seconds=window,
            message="too many changes to bookings from this address",
        )
