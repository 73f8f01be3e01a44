"""Fairness models: slot alerts, draw periods and their requests, the published figures."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lotse.appointments.models.booking import AppointmentType, Booking


class AlertStatus(models.TextChoices):
    PENDING = "pending", "Waiting for the e-mail confirmation"
    ACTIVE = "active", "Active"
    NOTIFIED = "notified", "A seat was offered"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
    EXPIRED = "expired", "Expired"


OPEN_ALERT_STATUSES = (AlertStatus.PENDING, AlertStatus.ACTIVE)


class SlotAlert(models.Model):
    """ "Tell me when a seat is free": double opt-in, then at most one offer (a short hold)."""

    type = models.ForeignKey(AppointmentType, on_delete=models.CASCADE, related_name="alerts")
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254)
    email_key = models.CharField(max_length=254, help_text="The e-mail address normalised.")
    language = models.CharField(max_length=8)
    address_hash = models.CharField(max_length=64, blank=True)
    date_from = models.DateField(null=True, blank=True)
    date_to = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=16, choices=AlertStatus.choices, default=AlertStatus.PENDING
    )
    token_hash = models.CharField(max_length=64, help_text="Of the confirmation link's token.")
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["confirmed_at", "id"]
        indexes = [models.Index(fields=["type", "status", "confirmed_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["type", "email_key"],
                condition=Q(status__in=["pending", "active"]),
                name="alert_one_open_per_mailbox",
            ),
            models.CheckConstraint(
                condition=Q(date_from__isnull=True)
                | Q(date_to__isnull=True)
                | Q(date_to__gte=F("date_from")),
                name="alert_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"alert {self.pk} {self.type_id} ({self.status})"


class DrawPeriod(models.Model):
    """The seats of a type between two dates, announced in advance and allocated by a draw.

    The seed is fixed at the announcement and only its SHA-256 is published until the draw:
    the city cannot pick a seed after seeing the requests."""

    type = models.ForeignKey(AppointmentType, on_delete=models.CASCADE, related_name="draws")
    first_day = models.DateField()
    last_day = models.DateField()
    window_opens = models.DateTimeField()
    window_closes = models.DateTimeField()
    seed = models.CharField(max_length=64)
    seed_sha256 = models.CharField(max_length=64)
    announced_at = models.DateTimeField(default=timezone.now)
    drawn_at = models.DateTimeField(null=True, blank=True)
    drawn_by = models.CharField(max_length=150, blank=True)
    seats = models.PositiveIntegerField(default=0, help_text="Seats allocated by the draw.")
    requests = models.PositiveIntegerField(default=0, help_text="Requests taking part.")
    result = models.JSONField(
        default=dict, blank=True, help_text="Published: request ids, urgent ids, the order."
    )

    class Meta:
        ordering = ["-window_closes", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(last_day__gte=F("first_day")), name="draw_days_ordered"
            ),
            models.CheckConstraint(
                condition=Q(window_closes__gt=F("window_opens")), name="draw_window_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"draw {self.pk} {self.type_id} {self.first_day}–{self.last_day}"

    def window_state(self, now: datetime.datetime | None = None) -> str:
        """announced, open, closed (waiting for the draw) or drawn."""
        now = now or timezone.now()
        if self.drawn_at is not None:
            return "drawn"
        if now < self.window_opens:
            return "announced"
        if now < self.window_closes:
            return "open"
        return "closed"


class Urgency(models.TextChoices):
    """Urgency categories staff confirm for a draw request (documents seen); urgent ones are
    drawn first."""

    NONE = "", _("Not urgent")
    PERMIT_EXPIRING = "permit_expiring", _("Residence permit expires within the period")
    LEGAL_DEADLINE = "legal_deadline", _("A legal deadline runs out")
    HARDSHIP = "hardship", _("Hardship (e.g. job start, protection)")


class DrawRequestStatus(models.TextChoices):
    REQUESTED = "requested", "Requested"
    WON = "won", "Seat allocated"
    LOST = "lost", "Not drawn: on the waiting list"
    WITHDRAWN = "withdrawn", "Withdrawn"


class DrawRequest(models.Model):
    """One person's request for a seat in a draw (one per mailbox); `ref` is published."""

    period = models.ForeignKey(DrawPeriod, on_delete=models.CASCADE, related_name="entries")
    ref = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254)
    email_key = models.CharField(max_length=254)
    language = models.CharField(max_length=8)
    address_hash = models.CharField(max_length=64, blank=True)
    needed_by = models.DateField(null=True, blank=True, help_text="As told by the person.")
    urgency = models.CharField(max_length=32, choices=Urgency.choices, blank=True, default="")
    status = models.CharField(
        max_length=16, choices=DrawRequestStatus.choices, default=DrawRequestStatus.REQUESTED
    )
    token_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    booking = models.ForeignKey(
        Booking, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["ref"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "email_key"],
                condition=~Q(status="withdrawn"),
                name="draw_one_request_per_mailbox",
            )
        ]

    def __str__(self) -> str:
        return f"draw request {self.ref} ({self.status})"


class AppointmentStat(models.Model):
    """Published waiting times and fairness figures of one type over the last 28 days, computed
    by the task worker (never per request)."""

    type = models.OneToOneField(AppointmentType, on_delete=models.CASCADE, related_name="stat")
    computed_at = models.DateTimeField()
    days_to_first_free_slot = models.FloatField(null=True, blank=True)
    booked_within_10_minutes = models.FloatField(null=True, blank=True)
    no_show_rate = models.FloatField(null=True, blank=True)
    waitlist_offers_taken = models.FloatField(null=True, blank=True)
    alert_offers_taken = models.FloatField(null=True, blank=True)
    draw_requests_per_seat = models.FloatField(null=True, blank=True)
    seats_booked = models.PositiveIntegerField(default=0)
    series = models.JSONField(
        default=list, blank=True, help_text="[[date, days to the first free slot]] per day."
    )

    def __str__(self) -> str:
        return f"stats of {self.type_id} at {self.computed_at:%Y-%m-%d %H:%M}"


class FirstFreeSnapshot(models.Model):
    """Days from a day to the type's first free slot, as seen once that day."""

    type = models.ForeignKey(AppointmentType, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    days = models.FloatField(null=True, blank=True, help_text="None: no free slot in the window.")

    class Meta:
        ordering = ["type", "day"]
        constraints = [
            models.UniqueConstraint(fields=["type", "day"], name="first_free_snapshot_unique")
        ]

    def __str__(self) -> str:
        return f"{self.type_id} {self.day}: {self.days}"
