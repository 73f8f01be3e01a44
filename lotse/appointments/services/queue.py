"""The virtual office queue, newcomer side: knock, stay by heartbeat, leave.

Against stuffing: one live entry per browser (a new knock from the same browser replaces the
old entry), at most `LOTSE_QUEUE_MAX_PER_ADDRESS` live entries per client address (IPv6: /64),
a knock rate per address, and an entry stays only while the page of the browser that knocked
keeps sending heartbeats (a poll without that browser's queue cookie does not count).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from lotse.appointments import conf
from lotse.appointments.models import QueueEntry, QueueStatus
from lotse.appointments.services.inputs import name_problem
from lotse.appointments.services.limits import address_limit_hit
from lotse.catalog.models import Office
from lotse.core.errors import InvalidInput, Limited
from lotse.core.tokens import token_hash, token_matches, token_new

KNOCK_WINDOW_SECONDS = 600


def _fresh_cutoff() -> dt.datetime:
    return timezone.now() - dt.timedelta(seconds=conf.queue_heartbeat_seconds())


def queue_knock(
    *, office: Office, name: str, language: str, address: str = "", client: str = ""
) -> tuple[QueueEntry, str]:
    """Put a person into an office's queue. `client` is the browser's queue cookie."""
    problem = name_problem(name, max_length=100, required=False)
    if problem:
        raise InvalidInput({"name": problem})
    address_hash = address_limit_hit(
        address,
        scope="knock",
        limit=conf.queue_knocks_per_window(),
        window_seconds=KNOCK_WINDOW_SECONDS,
        message="too many knocks from this address",
    )
    client_hash = token_hash(client) if client else ""
    token = token_new()
    with transaction.atomic():
        if client_hash:
            # One live entry per browser: knocking again replaces the earlier place.
            QueueEntry.objects.filter(client_hash=client_hash, status=QueueStatus.WAITING).update(
                status=QueueStatus.LEFT
            )
        cap = conf.queue_max_per_address()
        if address_hash and cap:
            live = QueueEntry.objects.filter(
                status=QueueStatus.WAITING,
                address_hash=address_hash,
                heartbeat_at__gte=_fresh_cutoff(),
            ).count()
            if live >= cap:
                raise Limited(
                    conf.queue_heartbeat_seconds(),
                    message="this address already waits in the virtual office",
                    code="limited",
                )
        entry = QueueEntry.objects.create(
            office=office,
            name=name.strip()[:100] if isinstance(name, str) else "",
            language=language[:8],
            token_hash=token_hash(token),
            address_hash=address_hash,
            client_hash=client_hash,
        )
    return entry, token


def queue_heartbeat(*, entry: QueueEntry, client: str) -> bool:
    """The waiting page is still open in the browser that knocked; returns whether it counted."""
    if entry.client_hash and not (client and token_matches(client, entry.client_hash)):
        return False
    return bool(
        QueueEntry.objects.filter(pk=entry.pk, status=QueueStatus.WAITING).update(
            heartbeat_at=timezone.now()
        )
    )


def queue_leave(*, entry: QueueEntry) -> None:
    QueueEntry.objects.filter(pk=entry.pk, status=QueueStatus.WAITING).update(
        status=QueueStatus.LEFT
    )


def queue_drop_stale(*, office: Office) -> int:
    """People whose page stopped sending heartbeats have closed it: they leave the queue."""
    return QueueEntry.objects.filter(
        office=office, status=QueueStatus.WAITING, heartbeat_at__lt=_fresh_cutoff()
    ).update(status=QueueStatus.LEFT)
