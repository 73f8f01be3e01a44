"""E-mails to bookers, in their language, with calendar files attached where they help.

Each mail is rendered here and stored in the outbox (see outbox.py); call these inside the
transaction of the change they report. The task worker sends them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from lotse.appointments import conf, ics, models, selectors
from lotse.core import outbox
from lotse.core.cities import city_zone


def zone_of(booking: models.Booking | models.WaitlistEntry) -> ZoneInfo:
    """The time zone of the booking's city: every time in its mails is shown in it."""
    return city_zone(booking.type.city)


def public_base_url() -> str:
    return conf.str_setting("LOTSE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")


def from_address() -> str:
    return outbox.from_address()


def _link(name: str, *args: object, language: str, base_url: str) -> str:
    """An absolute link to one of the person's pages, in their language."""
    with translation.override(language):
        path = reverse(name, args=args)
    return base_url.rstrip("/") + path


def manage_url(booking: models.Booking, token: str, *, base_url: str) -> str:
    return _link(
        "appointments:manage", booking.pk, token, language=booking.language, base_url=base_url
    )


def _when(booking: models.Booking) -> str:
    start = booking.slot.start.astimezone(zone_of(booking))
    return f"{date_format(start, _('l, j F Y'))}, {start:%H:%M}"


def _expires(booking: models.Booking) -> dt.datetime | None:
    """When the booking's hold runs out, in its city's time (None: it does not run out)."""
    return booking.expires_at.astimezone(zone_of(booking)) if booking.expires_at else None


def _booking_text(booking: models.Booking, text: str, **values: str) -> str:
    """Fill a mail text about the booking: its person's name, the type and the time, and
    `values` (call it with the booking's language active)."""
    return text % {
        "name": booking.name,
        "what": booking.type.name(booking.language),
        "when": _when(booking),
        **values,
    }


def _event(booking: models.Booking, *, url: str) -> ics.Event:
    type_ = booking.type
    office = type_.office
    if type_.mode == models.Mode.VIDEO:
        location = _("Video appointment (link on your booking page)")
    else:
        location = selectors.office_visitor_address(office) or office.key
    return ics.Event(
        uid=booking.ical_uid,
        sequence=booking.ical_sequence,
        start=booking.slot.start,
        end=booking.slot.end,
        summary=type_.name(booking.language),
        location=location,
        description=_("Manage or cancel your appointment: %(url)s") % {"url": url},
        organizer_email=from_address(),
        attendee_email=booking.email,
        attendee_name=booking.name,
        url=url,
    )


def booking_calendar(booking: models.Booking, *, token_url: str, method: str) -> str:
    with translation.override(booking.language):
        return ics.calendar(_event(booking, url=token_url), method=method, now=timezone.now())


# What the outbox row refers to, by the kind of the mail's addressee.
_REF_TYPES: dict[type, str] = {
    models.Booking: "booking",
    models.WaitlistEntry: "waitlist_entry",
    models.SlotAlert: "slot_alert",
    models.DrawRequest: "draw_request",
}


def _send(
    kind: str,
    to: models.Booking | models.WaitlistEntry | models.SlotAlert | models.DrawRequest,
    subject: str,
    body: str,
    calendar: tuple[str, str] | None = None,
) -> None:
    attachments: list[outbox.Attachment] = []
    if calendar is not None:
        text, method = calendar
        attachments.append(
            {
                "name": "appointment.ics",
                "content": text,
                "mimetype": f"text/calendar; charset=utf-8; method={method}",
            }
        )
    outbox.mail_enqueue(
        kind=kind,
        recipient=to.email,
        subject=subject,
        body=body,
        attachments=attachments,
        ref_type=_REF_TYPES[type(to)],
        ref_id=to.pk,
    )


def _preparation_text(booking: models.Booking) -> str:
    """Where to go and what to bring, for the mails (in the booking's language)."""
    prep = selectors.booking_preparation(booking=booking, language=booking.language)
    parts = []
    with translation.override(booking.language):
        if prep.address:
            parts.append(_("Address: %(address)s") % {"address": prep.address})
        if prep.documents:
            parts.append(_("Please bring:") + "\n" + "\n".join(f"- {d}" for d in prep.documents))
    return ("\n\n" + "\n\n".join(parts)) if parts else ""


def _held_seat_mail(
    kind: str, booking: models.Booking, token: str, *, base_url: str, footer: str = ""
) -> None:
    """A seat held for the person until a deadline, kept only if they confirm it by the link.

    The mail's subject and text (msgids in `_HELD_SEAT`) are translated here into the
    booking's language, its deadline written the kind's way, the preparation text added where
    the kind says so; `footer` is added as it is."""
    subject, text, deadline, preparation = _HELD_SEAT[kind]
    if preparation:
        footer = _preparation_text(booking) + footer
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        expires = _expires(booking)
        body = _booking_text(
            booking, _(text), deadline=deadline(expires) if expires else "", url=url
        )
        subject = _(subject)
    _send(kind, booking, subject, body + footer)


def _clock(at: dt.datetime) -> str:
    return f"{at:%H:%M}"


def _day_and_clock(at: dt.datetime) -> str:
    return date_format(at, _("j F Y H:i"))


def _day_and_clock_untranslated(at: dt.datetime) -> str:
    # The draw's mail has always written the date in this format in every language.
    return date_format(at, "j F Y H:i")


# The mails that hold a seat until a deadline: kind -> (subject, text, how the deadline is
# written, whether the appointment's preparation text follows).
_HELD_SEAT: dict[str, tuple[str, str, Callable[[dt.datetime], str], bool]] = {
    models.MailKind.CONFIRM_REQUEST: (
        gettext_noop("Please confirm your appointment"),
        gettext_noop(
            "Hello %(name)s,\n\nwe are holding this appointment for you: %(what)s on %(when)s.\n"
            "Please confirm it by %(deadline)s, otherwise the seat goes to someone else:\n"
            "%(url)s\n\nOn the same page you can move or cancel it."
        ),
        _clock,
        True,
    ),
    models.MailKind.WAITLIST_OFFER: (
        gettext_noop("An appointment is free for you"),
        gettext_noop(
            "Hello %(name)s,\n\nan appointment is free for you: %(what)s on %(when)s.\n"
            "Accept it by %(deadline)s here, otherwise it is offered to the next person:\n%(url)s"
        ),
        _day_and_clock,
        False,
    ),
    models.MailKind.ALERT_OFFER: (
        gettext_noop("A seat is free: we are holding it for you"),
        gettext_noop(
            "Hello,\n\na seat is free: %(what)s on %(when)s. We hold it for you until "
            "%(deadline)s. Confirm it here, otherwise it goes to the next person:\n%(url)s"
        ),
        _clock,
        False,
    ),
    models.MailKind.DRAW_WON: (
        gettext_noop("The draw gave you an appointment"),
        gettext_noop(
            "Hello %(name)s,\n\nthe draw gave you this appointment: %(what)s on %(when)s.\n"
            "Please confirm it by %(deadline)s, otherwise it goes to the waiting list:\n%(url)s\n\n"
            "On the same page you can move or cancel it."
        ),
        _day_and_clock_untranslated,
        True,
    ),
}


def mail_confirm_request(booking: models.Booking, token: str, *, base_url: str) -> None:
    _held_seat_mail(models.MailKind.CONFIRM_REQUEST, booking, token, base_url=base_url)


def mail_confirmed(
    booking: models.Booking, token: str, *, base_url: str, changed: bool = False, note: str = ""
) -> None:
    """`note`: a line in the person's language on what the appointment is for (set by the app
    that booked it for them, e.g. the reference of their application)."""
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        subject = _("Your appointment has been moved") if changed else _("Appointment confirmed")
        body = _booking_text(
            booking,
            _(
                "Hello %(name)s,\n\nyour appointment is confirmed: %(what)s on %(when)s.\n"
                "The calendar file is attached. Manage, move or cancel it here:\n%(url)s"
            ),
            url=url,
        )
        if note:
            body += "\n\n" + note
        body += _preparation_text(booking)
    _send(
        models.MailKind.MOVED if changed else models.MailKind.CONFIRMED,
        booking,
        subject,
        body,
        (booking_calendar(booking, token_url=url, method="REQUEST"), "REQUEST"),
    )


def mail_cancelled(booking: models.Booking, *, base_url: str, reason: str = "") -> None:
    with translation.override(booking.language):
        subject = _("Appointment cancelled")
        body = _booking_text(
            booking, _("Hello %(name)s,\n\nyour appointment %(what)s on %(when)s is cancelled.")
        )
        if reason:
            body += "\n" + _("Reason: %(reason)s") % {"reason": reason}
    calendar = None
    if booking.confirmed_at is not None:
        calendar = (booking_calendar(booking, token_url=base_url, method="CANCEL"), "CANCEL")
    _send(models.MailKind.CANCELLED, booking, subject, body, calendar)


def mail_reminder(booking: models.Booking, *, base_url: str) -> None:
    with translation.override(booking.language):
        subject = _("Reminder: your appointment tomorrow")
        body = _booking_text(booking, _("Hello %(name)s,\n\na reminder: %(what)s on %(when)s."))
    _send(models.MailKind.REMINDER, booking, subject, body)


def mail_waitlist_offer(booking: models.Booking, token: str, *, base_url: str) -> None:
    _held_seat_mail(models.MailKind.WAITLIST_OFFER, booking, token, base_url=base_url)


def waitlist_url(entry: models.WaitlistEntry, token: str, *, base_url: str) -> str:
    return _link(
        "appointments:waitlist_entry", entry.pk, token, language=entry.language, base_url=base_url
    )


def mail_waitlist_registered(entry: models.WaitlistEntry, token: str, *, base_url: str) -> None:
    with translation.override(entry.language):
        subject = _("You are on the waiting list")
        body = _(
            "Hello %(name)s,\n\nyou are on the waiting list for %(what)s. When a seat becomes free "
            "we send you an offer by e-mail, the most urgent needs first."
        ) % {"name": entry.name, "what": entry.type.name(entry.language)}
        body += "\n\n" + _("Your place in line, or leave the waiting list: %(url)s") % {
            "url": waitlist_url(entry, token, base_url=base_url)
        }
    _send(models.MailKind.WAITLIST_REGISTERED, entry, subject, body)


def _alert_urls(
    alert: models.SlotAlert, *, base_url: str, token: str = "", unsubscribe: str
) -> dict[str, str]:
    def link(name: str, token: str) -> str:
        return _link(name, alert.pk, token, language=alert.language, base_url=base_url)

    urls = {"unsubscribe": link("appointments:alert_unsubscribe", unsubscribe)}
    if token:
        urls["confirm"] = link("appointments:alert_confirm", token)
    return urls


def mail_alert_confirm(
    alert: models.SlotAlert, token: str, *, unsubscribe: str, base_url: str
) -> None:
    urls = _alert_urls(alert, base_url=base_url, token=token, unsubscribe=unsubscribe)
    with translation.override(alert.language):
        subject = _("Please confirm your slot alert")
        body = _(
            "Hello,\n\nplease confirm that we may e-mail you once when an appointment for "
            "%(what)s becomes free:\n%(url)s\n\nIf you did not ask for this, ignore this e-mail."
        ) % {"what": alert.type.name(alert.language), "url": urls["confirm"]}
        body += "\n\n" + _("Unsubscribe: %(url)s") % {"url": urls["unsubscribe"]}
    _send(models.MailKind.ALERT_CONFIRM, alert, subject, body)


def mail_alert_offer(
    booking: models.Booking, token: str, *, alert: models.SlotAlert, unsubscribe: str, base_url: str
) -> None:
    urls = _alert_urls(alert, base_url=base_url, unsubscribe=unsubscribe)
    with translation.override(booking.language):
        footer = _("This was the one e-mail of your slot alert. Unsubscribe: %(url)s") % {
            "url": urls["unsubscribe"]
        }
    _held_seat_mail(
        models.MailKind.ALERT_OFFER, booking, token, base_url=base_url, footer="\n\n" + footer
    )


def mail_draw_won(booking: models.Booking, token: str, *, base_url: str) -> None:
    _held_seat_mail(models.MailKind.DRAW_WON, booking, token, base_url=base_url)


def mail_draw_lost(
    entry: models.DrawRequest,
    *,
    type_: models.AppointmentType,
    waiting: tuple[models.WaitlistEntry, str] | None,
    base_url: str,
) -> None:
    with translation.override(entry.language):
        subject = _("The draw: no appointment this time")
        body = _(
            "Hello %(name)s,\n\nthere were more requests than seats for %(what)s and the draw "
            "did not give you one (your request id: %(ref)s). You are now on the waiting list: "
            "when a seat becomes free we offer it by e-mail, the most urgent needs first."
        ) % {"name": entry.name, "what": type_.name(entry.language), "ref": entry.ref}
        if waiting is not None:
            body += "\n\n" + _("Your place in line, or leave the waiting list: %(url)s") % {
                "url": waitlist_url(waiting[0], waiting[1], base_url=base_url)
            }
    _send(models.MailKind.DRAW_LOST, entry, subject, body)


def day_before(start: dt.datetime, *, zone: ZoneInfo) -> dt.datetime:
    """When the reminder goes out: 18:00 city time on the day before the appointment."""
    local = start.astimezone(zone)
    previous = (local - dt.timedelta(days=1)).date()
    return dt.datetime.combine(previous, dt.time(18, 0), tzinfo=zone)
