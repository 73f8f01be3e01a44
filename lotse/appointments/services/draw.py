"""Release by draw: the seats of a period are announced, requests are collected in a window, and
a seeded draw allocates them — one seat per person, urgent requests first.

Why it is fair and can be shown to be: the seed is fixed when the period is announced and only
its SHA-256 is published; after the window closes the seed and the sorted request ids are
published, and the order is `draw_order(seed, refs, urgent)`: urgent requests first, then every
request by SHA-256 of "seed:ref" — the moment a request came in plays no part, so a burst at the
window's opening gains nothing. Anyone can recompute the order from the published data.
Requests not drawn move onto the type's waiting list (urgency there: the date they need it by).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from lotse.appointments import conf, models, notifications
from lotse.appointments.services.holds import booking_hold
from lotse.appointments.services.inputs import person_clean
from lotse.appointments.services.limits import address_limit_hit
from lotse.appointments.services.slots import slots_generate
from lotse.appointments.services.waitlist import expiry_schedule, seats_offer
from lotse.core.audit import Action, audit_record
from lotse.core.cities import city_zone
from lotse.core.errors import ApiError, InvalidInput
from lotse.core.tokens import token_hash, token_new

# The published rule (English in the API, the reader's language on the draw page).
ALGORITHM = gettext_noop(
    "Order: requests with an urgency category first, then the rest; within each group by the "
    "hexadecimal SHA-256 of '<seed>:<request id>' (UTF-8), ascending. Seats are given in that "
    "order, earliest appointment first, one per request."
)


REQUEST_RETENTION = dt.timedelta(days=30)


class WindowClosed(ApiError):
    """Raised when a draw request comes outside the period's request window."""

    status = 409
    code = "window_closed"


@task()
def draw_run_task(period_id: int) -> bool:
    return draw_run(period_id=period_id) is not None


@task()
def draws_run_due_task() -> int:
    return draws_run_due()


def seed_digest(seed: str) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def draw_key(seed: str, ref: str) -> str:
    return hashlib.sha256(f"{seed}:{ref}".encode()).hexdigest()


def draw_order(*, seed: str, refs: Iterable[str], urgent: Iterable[str] = ()) -> list[str]:
    """The published rule: urgent first, then by SHA-256 of "seed:ref". A pure function of the
    seed and the set of ids, so the order in which requests arrived cannot change it."""
    urgent_set = set(urgent)
    return sorted(set(refs), key=lambda ref: (ref not in urgent_set, draw_key(seed, ref), ref))


def _day_start(type_: models.AppointmentType, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=city_zone(type_.city))


def period_slots(period: models.DrawPeriod) -> Any:
    type_ = period.type
    return models.Slot.objects.filter(
        type=type_,
        start__gte=_day_start(type_, period.first_day),
        start__lt=_day_start(type_, period.last_day + dt.timedelta(days=1)),
    ).order_by("start", "id")


def draw_announce(
    *,
    type_: models.AppointmentType,
    first_day: dt.date,
    last_day: dt.date,
    window_opens: dt.datetime,
    window_closes: dt.datetime,
    now: dt.datetime | None = None,
) -> models.DrawPeriod:
    """Announce a period whose seats are drawn: its slots are kept from first-come booking, the
    seed is fixed (only its digest published) and the draw is queued for the window's end."""
    now = now or timezone.now()
    fields: dict[str, str] = {}
    if last_day < first_day:
        fields["last_day"] = "must not be before first_day"
    if window_closes <= window_opens:
        fields["window_closes"] = "must be after window_opens"
    if window_closes > _day_start(type_, first_day):
        fields["window_closes"] = "must be before the period's first day"
    if window_closes <= now:
        fields["window_closes"] = "must be in the future"
    overlapping = models.DrawPeriod.objects.filter(
        type=type_, drawn_at__isnull=True, first_day__lte=last_day, last_day__gte=first_day
    )
    if overlapping.exists():
        fields["first_day"] = "overlaps a period not drawn yet"
    if fields:
        raise InvalidInput(fields, code="invalid_draw")
    seed = secrets.token_hex(32)
    with transaction.atomic():
        if type_.release != models.Release.DRAW:
            models.AppointmentType.objects.filter(pk=type_.pk).update(release=models.Release.DRAW)
            type_.release = models.Release.DRAW
        period = models.DrawPeriod.objects.create(
            type=type_,
            first_day=first_day,
            last_day=last_day,
            window_opens=window_opens,
            window_closes=window_closes,
            seed=seed,
            seed_sha256=seed_digest(seed),
            announced_at=now,
        )
        slots_generate(type_=type_, start=first_day, end=last_day)
        period_slots(period).update(by_draw=True)
        transaction.on_commit(
            lambda: draw_run_task.using(run_after=window_closes).enqueue(period.pk), robust=True
        )
    return period


def draw_request(
    *,
    period: models.DrawPeriod,
    name: Any,
    email: Any,
    language: Any,
    needed_by: dt.date | None = None,
    address: str = "",
    now: dt.datetime | None = None,
) -> tuple[models.DrawRequest, str]:
    """Take part in a draw: one request per person (normalised e-mail), only in the window."""
    now = now or timezone.now()
    person = person_clean(name=name, email=email, language=language)
    if period.window_state(now) != "open":
        raise WindowClosed(
            message="Requests for this draw are not taken now.",
            fields={"period": "the request window is not open"},
        )
    address_hash = address_limit_hit(
        address,
        scope="draw",
        limit=conf.draw_requests_per_address(),
        message="too many draw requests from this address",
    )
    token = token_new()
    try:
        with transaction.atomic():
            entry = models.DrawRequest.objects.create(
                period=period,
                ref=secrets.token_hex(5),
                **person.columns(),
                address_hash=address_hash,
                needed_by=needed_by,
                token_hash=token_hash(token),
                created_at=now,
            )
    except IntegrityError as exc:
        raise InvalidInput(
            {"email": "this address has already requested a seat in this draw"},
            code="invalid_request",
        ) from exc
    return entry, token


def draw_request_urgency_set(
    *, user: User | AnonymousUser, entry: models.DrawRequest, urgency: str
) -> models.DrawRequest:
    """Staff confirm (or clear) a request's urgency category after seeing the documents."""
    if urgency not in models.Urgency.values:
        raise InvalidInput({"urgency": "unknown urgency category"})
    if entry.period.drawn_at is not None:
        raise InvalidInput({"urgency": "the draw has been run"})
    models.DrawRequest.objects.filter(pk=entry.pk).update(urgency=urgency)
    entry.urgency = urgency
    audit_record(
        actor=user,
        action=Action.UPDATE,
        object_type="draw_request",
        object_id=entry.pk,
        reason="urgency category",
        details={"urgency": urgency, "period": entry.period_id},
        city_id=entry.period.type.city_id,
    )
    return entry


# What a request not drawn carries over to its waiting-list entry.
PERSON_FIELDS = ("name", "email", "email_key", "address_hash", "language", "needed_by")


def _move_to_waitlist(entry: models.DrawRequest) -> tuple[models.WaitlistEntry, str] | None:
    """Put a request not drawn on the type's waiting list (None: it is on it already)."""
    token = token_new()
    try:
        with transaction.atomic():
            waiting = models.WaitlistEntry.objects.create(
                type=entry.period.type,
                token_hash=token_hash(token),
                **{field: getattr(entry, field) for field in PERSON_FIELDS},
            )
    except IntegrityError:
        return None
    return waiting, token


def draw_run(
    *, period_id: int, by: str = "system", now: dt.datetime | None = None
) -> models.DrawPeriod | None:
    """Run the draw of a period whose window has closed, once (a guarded UPDATE wins once).
    Returns the period, or None when it is not due or was drawn already."""
    now = now or timezone.now()
    with transaction.atomic():
        if not models.DrawPeriod.objects.filter(
            pk=period_id, drawn_at__isnull=True, window_closes__lte=now
        ).update(drawn_at=now, drawn_by=by[:150]):
            return None
        period = models.DrawPeriod.objects.select_related("type", "type__city").get(pk=period_id)
        type_ = period.type
        entries = {
            e.ref: e
            for e in models.DrawRequest.objects.filter(
                period=period, status=models.DrawRequestStatus.REQUESTED
            )
        }
        urgent = sorted(ref for ref, e in entries.items() if e.urgency)
        order = draw_order(seed=period.seed, refs=entries, urgent=urgent)
        seats: list[models.Slot] = []
        for slot in period_slots(period).filter(by_draw=True).select_related("type"):
            seats.extend([slot] * max(0, slot.capacity - slot.taken))
        people: set[str] = set()
        winners: list[str] = []
        hold = dt.timedelta(hours=conf.draw_confirm_hours())
        base_url = notifications.public_base_url()
        for ref in order:
            entry = entries[ref]
            booking: models.Booking | None = None
            if seats and entry.email_key not in people:
                token = token_new()

                def hold_made(held: models.Booking, token: str = token) -> None:
                    expiry_schedule(held)
                    notifications.mail_draw_won(held, token, base_url=base_url)

                booking = booking_hold(
                    slot=seats[0],
                    earliest=now,
                    now=now,
                    values={
                        "name": entry.name,
                        "email": entry.email,
                        "email_key": entry.email_key,
                        "language": entry.language,
                        "address_hash": entry.address_hash,
                        "token_hash": token_hash(token),
                    },
                    check_limits=False,
                    hold=hold,
                    on_hold=hold_made,
                    for_draw=True,
                )
                if booking is not None:
                    seats.pop(0)
            if booking is not None:
                people.add(entry.email_key)
                winners.append(ref)
                models.DrawRequest.objects.filter(pk=entry.pk).update(
                    status=models.DrawRequestStatus.WON, booking=booking
                )
            else:
                models.DrawRequest.objects.filter(pk=entry.pk).update(
                    status=models.DrawRequestStatus.LOST
                )
                notifications.mail_draw_lost(
                    entry, type_=type_, waiting=_move_to_waitlist(entry), base_url=base_url
                )
        period_slots(period).update(by_draw=False, released_at=now)
        period.seats = len(winners) + len(seats)
        period.requests = len(entries)
        period.result = {
            "seed": period.seed,
            "seed_sha256": period.seed_sha256,
            "requests": sorted(entries),
            "urgent": urgent,
            "order": order,
            "winners": winners,
            "algorithm": ALGORITHM,
        }
        period.save(update_fields=["seats", "requests", "result"])
    # Seats nobody drew (more seats than requests) go the usual way: waiting list, alerts, all.
    seats_offer(types=[type_])
    return period


def draws_run_due(*, now: dt.datetime | None = None) -> int:
    """Run every draw whose window has closed (the management command and a fallback task)."""
    now = now or timezone.now()
    ran = 0
    for period_id in models.DrawPeriod.objects.filter(
        drawn_at__isnull=True, window_closes__lte=now
    ).values_list("id", flat=True):
        if draw_run(period_id=period_id, now=now) is not None:
            ran += 1
    return ran


def draw_requests_purge(*, now: dt.datetime | None = None) -> int:
    """Delete the requests (names, e-mail addresses) of draws run more than REQUEST_RETENTION
    ago: winners have their booking, the others their waiting-list entry, and the published
    result keeps only the random request ids. Returns rows deleted."""
    now = now or timezone.now()
    deleted, _by_model = models.DrawRequest.objects.filter(
        period__drawn_at__lt=now - REQUEST_RETENTION
    ).delete()
    return deleted


def draw_verify(*, result: dict[str, Any]) -> bool:
    """Recompute a published result: the seed matches its digest and the order follows."""
    seed = str(result.get("seed", ""))
    if seed_digest(seed) != result.get("seed_sha256"):
        return False
    order = draw_order(seed=seed, refs=result.get("requests", []), urgent=result.get("urgent", []))
    return bool(order == result.get("order"))
