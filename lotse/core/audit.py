"""The append-only audit log of personal-data reads and writes: record and search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

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
    CHECK_IN = "check_in"
    NO_SHOW = "no_show"
    UNDO = "undo"
    CANCEL = "cancel"
    ADMIT = "admit"
    END = "end"
    TEXT_EDIT = "text_edit"
    MEASURE = "measure"


# Page views of lists: kept for the record, hidden from the log page unless asked for.
PAGE_VIEW_ACTIONS = (Action.LIST,)


def action_labels() -> dict[str, str]:
    """Every action of the log in the reader's language (the log stores the English verb)."""
    return {
        Action.READ: _("read"),
        Action.LIST: _("list viewed"),
        Action.CREATE: _("created"),
        Action.UPDATE: _("changed"),
        Action.HANDOVER: _("handed over"),
        Action.UPLOAD: _("uploaded"),
        Action.DOWNLOAD: _("downloaded"),
        Action.EXPORT: _("exported"),
        Action.ERASE: _("erased"),
        Action.ANONYMISE: _("anonymised"),
        Action.LOGIN: _("logged in"),
        Action.LOGIN_FAILED: _("login failed"),
        Action.DENIED: _("access denied"),
        Action.CHECK_IN: _("checked in"),
        Action.NO_SHOW: _("marked as no-show"),
        Action.UNDO: _("undone"),
        Action.CANCEL: _("cancelled"),
        Action.ADMIT: _("admitted to the virtual office"),
        Action.END: _("conversation ended"),
        Action.TEXT_EDIT: _("text edited"),
        Action.MEASURE: _("measurement recorded"),
    }


def object_type_labels() -> dict[str, str]:
    return {
        "application": _("online application"),
        "audit": _("audit log"),
        "booking": _("appointment"),
        "case": _("case"),
        "case_link": _("private link"),
        "case_list": _("case list"),
        "dashboard": _("dashboard"),
        "document": _("document"),
        "note": _("note"),
        "office_day": _("appointments of a day"),
        "task": _("task"),
        "task_list": _("task list"),
        "user": _("staff account"),
        "queue_entry": _("virtual office visit"),
        "measurement": _("measurement"),
        "service_text": _("service text"),
        "office_text": _("office text"),
        "international_text": _("international text"),
        "plan_text": _("plan text"),
    }


# The reasons the apps write (English in the table); shown translated where known.
KNOWN_REASONS = (
    gettext_noop("appointments day view"),
    gettext_noop("cancelled by staff"),
    gettext_noop("joined video appointment"),
    gettext_noop("API read"),
    gettext_noop("note"),
    gettext_noop("audit search"),
    gettext_noop("online application with consent"),
    gettext_noop("status page"),
    gettext_noop("status via API"),
    gettext_noop("decision"),
    gettext_noop("task list"),
    gettext_noop("office reads uploaded document"),
    gettext_noop("newcomer opens private link"),
    gettext_noop("own cases"),
    gettext_noop("case opened with consent"),
    gettext_noop("new private link"),
    gettext_noop("task status"),
    gettext_noop("documents requested"),
    gettext_noop("hand-over"),
    gettext_noop("note added"),
    gettext_noop("requested document"),
    gettext_noop("aggregates only"),
    gettext_noop("locked: too many failed attempts"),
    gettext_noop("undo check-in"),
    gettext_noop("undo no-show"),
    gettext_noop("conversation ended with a note"),
    gettext_noop("audit export"),
)


def reason_label(reason: str) -> str:
    return _(reason) if reason in KNOWN_REASONS else reason


def action_label(action: str) -> str:
    return action_labels().get(action, action)


def object_type_label(object_type: str) -> str:
    return object_type_labels().get(object_type, object_type)


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


def _events_of(
    cities: list[int],
    *,
    case_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> QuerySet[AuditEvent]:
    """Events of the given cities (events written before events had a city count for their
    actor's city), of one case and from `since` until before `until` where given."""
    events = AuditEvent.objects.filter(
        Q(city_id__in=cities) | Q(city_id__isnull=True, actor__staff_profile__city_id__in=cities)
    )
    if case_id is not None:
        events = events.filter(case_id=case_id)
    if since is not None:
        events = events.filter(at__gte=since)
    if until is not None:
        events = events.filter(at__lt=until)
    return events


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
    events = _events_of(cities, case_id=query.case_id, since=query.since, until=query.until)
    if query.actor:
        events = events.filter(actor_label=query.actor)
    if query.action:
        events = events.filter(action=query.action)
    if query.object_type:
        events = events.filter(object_type=query.object_type)
    return events.order_by("-at", "-id")[:limit]


@dataclass(frozen=True)
class AuditFilter:
    """The log page's filters: case-insensitive parts of the actor's name and the object id,
    exact action and object type, a date-time range, and whether page views are shown."""

    actor: str = ""
    action: str = ""
    object_type: str = ""
    object_id: str = ""
    case_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    page_views: bool = False


def audit_filter(*, query: AuditFilter, cities: list[int]) -> QuerySet[AuditEvent]:
    """Events of the given cities matching every filter, newest first (not sliced: the caller
    pages or exports)."""
    events = _events_of(cities, case_id=query.case_id, since=query.since, until=query.until)
    if query.actor:
        events = events.filter(actor_label__icontains=query.actor)
    if query.action:
        events = events.filter(action__iexact=query.action)
    elif not query.page_views:
        events = events.exclude(action__in=PAGE_VIEW_ACTIONS)
    if query.object_type:
        events = events.filter(object_type__iexact=query.object_type)
    if query.object_id:
        events = events.filter(object_id__iexact=query.object_id)
    return events.order_by("-at", "-id")


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
