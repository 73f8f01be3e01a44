"""The append-only audit log of personal-data reads and writes: record and search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet

from lotse.core.models import AuditEvent, StaffProfile

# Set by a higher app (cases, in its AppConfig.ready()): the city of a case id, so that an
# event about a case made by a newcomer or the system still belongs to that case's city.
case_city_resolver: Callable[[int], int | None] | None = None


def _city_of(*, user: User | None, case_id: int | None) -> int | None:
    if case_id is not None and case_city_resolver is not None:
        city_id = case_city_resolver(case_id)
        if city_id is not None:
            return city_id
    if user is not None:
        return (
            StaffProfile.objects.filter(user_id=user.pk).values_list("city_id", flat=True).first()
        )
    return None


NEWCOMER = "newcomer"
SYSTEM = "system"


class Action:
    """The verbs used in the log (free text in the table, these keep them consistent)."""

    READ = "read"
    LIST = "list"
    CREATE = "create"
    UPDATE = "update"
    HANDOVER = "handover"
    UPLOAD = "upload"
    DOWNLOAD = "download"
    EXPORT = "export"
    ERASE = "erase"
    ANONYMISE = "anonymise"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    DENIED = "denied"


def audit_record(
    *,
    actor: User | AnonymousUser | None,
    action: str,
    object_type: str,
    object_id: object,
    case_id: int | None = None,
    reason: str = "",
    actor_label: str | None = None,
    details: dict[str, Any] | None = None,
    city_id: int | None = None,
) -> AuditEvent:
    """Append one event. `details` must hold ids and facts only, never names, e-mail
    addresses, note texts or file names: erasure cannot (and must not) rewrite this table.
    The event's city is `city_id`, else the case's city, else the acting staff's city."""
    user = actor if actor is not None and actor.is_authenticated else None
    label = actor_label or (user.get_username() if user is not None else SYSTEM)
    if city_id is None:
        city_id = _city_of(user=user, case_id=case_id)
    return AuditEvent.objects.create(
        city_id=city_id,
        actor=user,
        actor_label=label[:150],
        action=action[:32],
        object_type=object_type[:64],
        object_id=str(object_id)[:64],
        case_id=case_id,
        reason=reason[:300],
        details=details or {},
    )


@dataclass(frozen=True)
class AuditQuery:
    case_id: int | None = None
    actor: str = ""
    action: str = ""
    object_type: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def audit_search(*, query: AuditQuery, cities: list[int], limit: int = 200) -> QuerySet[AuditEvent]:
    """Events of the given cities (pass `permissions.cities_for(user)`: a staff member reads
    only their own cities' events) matching every given filter, newest first (at most `limit`).
    Events written before events had a city count for their actor's city."""
    events = AuditEvent.objects.filter(
        Q(city_id__in=cities) | Q(city_id__isnull=True, actor__staff_profile__city_id__in=cities)
    )
    if query.case_id is not None:
        events = events.filter(case_id=query.case_id)
    if query.actor:
        events = events.filter(actor_label=query.actor)
    if query.action:
        events = events.filter(action=query.action)
    if query.object_type:
        events = events.filter(object_type=query.object_type)
    if query.since is not None:
        events = events.filter(at__gte=query.since)
    if query.until is not None:
        events = events.filter(at__lt=query.until)
    return events.order_by("-at", "-id")[:limit]


def audit_event_json(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.pk,
        "at": event.at.isoformat(),
        "actor": event.actor_label,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "case": event.case_id,
        "reason": event.reason,
        "details": event.details,
    }
