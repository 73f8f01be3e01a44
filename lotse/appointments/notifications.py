"""E-mails to bookers, in their language, with calendar files attached where they help.

Each mail is rendered here and stored in the outbox (see outbox.py); call these inside the
transaction of the change they report. The task worker sends them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lotse.appointments import conf, ics, selectors
from lotse.appointments.models import Booking, MailKind, Mode, WaitlistEntry
from lotse.core import outbox
from lotse.core.cities import city_zone


def zone_of(booking: Booking | WaitlistEntry) -> ZoneInfo:
    """The time zone of the booking's city: every time in its mails is shown in it."""
    return city_zone(booking.type.city)


def public_base_url() -> str:
    return conf.str_setting("LOTSE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")


def from_address() -> str:
    return outbox.from_address()


def manage_url(booking: Booking, token: str, *, base_url: str) -> str:
    with translation.override(booking.language):
        path = reverse("appointments:manage", args=[booking.pk, token])
    return base_url.rstrip("/") + path


def _when(booking: Booking) -> str:
    start = booking.slot.start.astimezone(zone_of(booking))
    return f"{date_format(start, _('l, j F Y'))}, {start:%H:%M}"


def _event(booking: Booking, *, url: str) -> ics.Event:
    type_ = booking.type
    office = type_.office
    address = office.addresses.filter(type="visitor").first()
    if type_.mode == Mode.VIDEO:
        location = _("Video appointment (link on your booking page)")
    else:
        location = str(address) if address else office.key
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


def booking_calendar(booking: Booking, *, token_url: str, method: str) -> str:
    with translation.override(booking.language):
        return ics.calendar(_event(booking, url=token_url), method=method, now=timezone.now())


def _send(
    kind: str,
    booking_or_entry: Booking | WaitlistEntry,
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
        recipient=booking_or_entry.email,
        subject=subject,
        body=body,
        attachments=attachments,
        ref_type="booking" if isinstance(booking_or_entry, Booking) else "waitlist_entry",
        ref_id=booking_or_entry.pk,
    )


def _preparation_text(booking: Booking) -> str:
    """Where to go and what to bring, for the mails (in the booking's language)."""
    prep = selectors.booking_preparation(booking=booking, language=booking.language)
    parts = []
    if prep.address:
        parts.append(_("Address: %(address)s") % {"address": prep.address})
    if prep.documents:
        parts.append(_("Please bring:") + "\n" + "\n".join(f"- {d}" for d in prep.documents))
    return ("\n\n" + "\n\n".join(parts)) if parts else ""


def mail_confirm_request(booking: Booking, token: str, *, base_url: str) -> None:
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        expires = booking.expires_at.astimezone(zone_of(booking)) if booking.expires_at else None
        subject = _("Please confirm your appointment")
        body = _(
            "Hello %(name)s,\n\nwe are holding this appointment for you: %(what)s on %(when)s.\n"
            "Please confirm it by %(deadline)s, otherwise the seat goes to someone else:\n"
            "%(url)s\n\nOn the same page you can move or cancel it."
        ) % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
            "deadline": f"{expires:%H:%M}" if expires else "",
            "url": url,
        }
        body += _preparation_text(booking)
    _send(MailKind.CONFIRM_REQUEST, booking, subject, body)


def mail_confirmed(booking: Booking, token: str, *, base_url: str, changed: bool = False) -> None:
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        subject = _("Your appointment has been moved") if changed else _("Appointment confirmed")
        body = _(
            "Hello %(name)s,\n\nyour appointment is confirmed: %(what)s on %(when)s.\n"
            "The calendar file is attached. Manage, move or cancel it here:\n%(url)s"
        ) % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
            "url": url,
        }
        body += _preparation_text(booking)
    _send(
        MailKind.MOVED if changed else MailKind.CONFIRMED,
        booking,
        subject,
        body,
        (booking_calendar(booking, token_url=url, method="REQUEST"), "REQUEST"),
    )


def mail_cancelled(booking: Booking, *, base_url: str, reason: str = "") -> None:
    with translation.override(booking.language):
        subject = _("Appointment cancelled")
        body = _("Hello %(name)s,\n\nyour appointment %(what)s on %(when)s is cancelled.") % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
        }
        if reason:
            body += "\n" + _("Reason: %(reason)s") % {"reason": reason}
    calendar = None
    if booking.confirmed_at is not None:
        calendar = (booking_calendar(booking, token_url=base_url, method="CANCEL"), "CANCEL")
    _send(MailKind.CANCELLED, booking, subject, body, calendar)


def mail_reminder(booking: Booking, *, base_url: str) -> None:
    with translation.override(booking.language):
        subject = _("Reminder: your appointment tomorrow")
        body = _("Hello %(name)s,\n\na reminder: %(what)s on %(when)s.") % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
        }
    _send(MailKind.REMINDER, booking, subject, body)


def mail_waitlist_offer(booking: Booking, token: str, *, base_url: str) -> None:
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        deadline = booking.expires_at.astimezone(zone_of(booking)) if booking.expires_at else None
        subject = _("An appointment is free for you")
        body = _(
            "Hello %(name)s,\n\nan appointment is free for you: %(what)s on %(when)s.\n"
            "Accept it by %(deadline)s here, otherwise it is offered to the next person:\n%(url)s"
        ) % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
            "deadline": date_format(deadline, _("j F Y H:i")) if deadline else "",
            "url": url,
        }
    _send(MailKind.WAITLIST_OFFER, booking, subject, body)


def mail_waitlist_registered(entry: WaitlistEntry) -> None:
    with translation.override(entry.language):
        subject = _("You are on the waiting list")
        body = _(
            "Hello %(name)s,\n\nyou are on the waiting list for %(what)s. When a seat becomes free "
            "we send you an offer by e-mail, the most urgent needs first."
        ) % {"name": entry.name, "what": entry.type.name(entry.language)}
    _send(MailKind.WAITLIST_REGISTERED, entry, subject, body)


def day_before(start: dt.datetime, *, zone: ZoneInfo) -> dt.datetime:
    """When the reminder goes out: 18:00 city time on the day before the appointment."""
    local = start.astimezone(zone)
    previous = (local - dt.timedelta(days=1)).date()
    return dt.datetime.combine(previous, dt.time(18, 0), tzinfo=zone)
