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
from lotse.appointments.models import (
    AppointmentType,
    Booking,
    DrawRequest,
    MailKind,
    Mode,
    SlotAlert,
    WaitlistEntry,
)
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


def mail_confirmed(
    booking: Booking, token: str, *, base_url: str, changed: bool = False, note: str = ""
) -> None:
    """`note`: a line in the person's language on what the appointment is for (set by the app
    that booked it for them, e.g. the reference of their application)."""
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
        if note:
            body += "\n\n" + note
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


def waitlist_url(entry: WaitlistEntry, token: str, *, base_url: str) -> str:
    with translation.override(entry.language):
        path = reverse("appointments:waitlist_entry", args=[entry.pk, token])
    return base_url.rstrip("/") + path


def mail_waitlist_registered(entry: WaitlistEntry, token: str, *, base_url: str) -> None:
    with translation.override(entry.language):
        subject = _("You are on the waiting list")
        body = _(
            "Hello %(name)s,\n\nyou are on the waiting list for %(what)s. When a seat becomes free "
            "we send you an offer by e-mail, the most urgent needs first."
        ) % {"name": entry.name, "what": entry.type.name(entry.language)}
        body += "\n\n" + _("Your place in line, or leave the waiting list: %(url)s") % {
            "url": waitlist_url(entry, token, base_url=base_url)
        }
    _send(MailKind.WAITLIST_REGISTERED, entry, subject, body)


def _alert_urls(
    alert: SlotAlert, *, base_url: str, token: str = "", unsubscribe: str
) -> dict[str, str]:
    base = base_url.rstrip("/")
    with translation.override(alert.language):
        urls = {
            "unsubscribe": base
            + reverse("appointments:alert_unsubscribe", args=[alert.pk, unsubscribe])
        }
        if token:
            urls["confirm"] = base + reverse("appointments:alert_confirm", args=[alert.pk, token])
    return urls


def mail_alert_confirm(alert: SlotAlert, token: str, *, unsubscribe: str, base_url: str) -> None:
    urls = _alert_urls(alert, base_url=base_url, token=token, unsubscribe=unsubscribe)
    with translation.override(alert.language):
        subject = _("Please confirm your slot alert")
        body = _(
            "Hello,\n\nplease confirm that we may e-mail you once when an appointment for "
            "%(what)s becomes free:\n%(url)s\n\nIf you did not ask for this, ignore this e-mail."
        ) % {"what": alert.type.name(alert.language), "url": urls["confirm"]}
        body += "\n\n" + _("Unsubscribe: %(url)s") % {"url": urls["unsubscribe"]}
    outbox.mail_enqueue(
        kind=MailKind.ALERT_CONFIRM,
        recipient=alert.email,
        subject=subject,
        body=body,
        ref_type="slot_alert",
        ref_id=alert.pk,
    )


def mail_alert_offer(
    booking: Booking, token: str, *, alert: SlotAlert, unsubscribe: str, base_url: str
) -> None:
    url = manage_url(booking, token, base_url=base_url)
    urls = _alert_urls(alert, base_url=base_url, unsubscribe=unsubscribe)
    with translation.override(booking.language):
        deadline = booking.expires_at.astimezone(zone_of(booking)) if booking.expires_at else None
        subject = _("A seat is free: we are holding it for you")
        body = _(
            "Hello,\n\na seat is free: %(what)s on %(when)s. We hold it for you until "
            "%(deadline)s. Confirm it here, otherwise it goes to the next person:\n%(url)s"
        ) % {
            "what": booking.type.name(booking.language),
            "when": _when(booking),
            "deadline": f"{deadline:%H:%M}" if deadline else "",
            "url": url,
        }
        body += "\n\n" + _("This was the one e-mail of your slot alert. Unsubscribe: %(url)s") % {
            "url": urls["unsubscribe"]
        }
    _send(MailKind.ALERT_OFFER, booking, subject, body)


def mail_draw_won(booking: Booking, token: str, *, base_url: str) -> None:
    url = manage_url(booking, token, base_url=base_url)
    with translation.override(booking.language):
        deadline = booking.expires_at.astimezone(zone_of(booking)) if booking.expires_at else None
        subject = _("The draw gave you an appointment")
        body = _(
            "Hello %(name)s,\n\nthe draw gave you this appointment: %(what)s on %(when)s.\n"
            "Please confirm it by %(deadline)s, otherwise it goes to the waiting list:\n%(url)s\n\n"
            "On the same page you can move or cancel it."
        ) % {
            "name": booking.name,
            "what": booking.type.name(booking.language),
            "when": _when(booking),
            "deadline": date_format(deadline, "j F Y H:i") if deadline else "",
            "url": url,
        }
        body += _preparation_text(booking)
    _send(MailKind.DRAW_WON, booking, subject, body)


def mail_draw_lost(
    entry: DrawRequest,
    *,
    type_: AppointmentType,
    waiting: tuple[WaitlistEntry, str] | None,
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
    outbox.mail_enqueue(
        kind=MailKind.DRAW_LOST,
        recipient=entry.email,
        subject=subject,
        body=body,
        ref_type="draw_request",
        ref_id=entry.pk,
    )


def day_before(start: dt.datetime, *, zone: ZoneInfo) -> dt.datetime:
    """When the reminder goes out: 18:00 city time on the day before the appointment."""
    local = start.astimezone(zone)
    previous = (local - dt.timedelta(days=1)).date()
    return dt.datetime.combine(previous, dt.time(18, 0), tzinfo=zone)
