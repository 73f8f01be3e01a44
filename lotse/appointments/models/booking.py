"""Appointments: types per office, slots with seat counters, bookings, waiting list, live queue.

Capacity lives in the database: `Slot.taken` only changes through conditional UPDATEs and is
bounded by CHECK constraints, so no interleaving of web processes can overbook a slot.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from lotse.catalog.models import Office, Service
from lotse.core.models import City, CityKeyed


class Mode(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    VIDEO = "video", "Video"


class Release(models.TextChoices):
    """How the seats of a type are released: first come, or by a published draw per period."""

    FIRST_COME = "first_come", "First come"
    DRAW = "draw", "Draw"


class AppointmentType(CityKeyed):
    """What can be booked at an office: mode, length, parallel desks and how far ahead."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="appointment_types")
    key = models.SlugField(max_length=64)
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="appointment_types")
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    services = models.JSONField(
        default=list,
        blank=True,
        help_text="Further service keys this type is booked for (checked by the loader).",
    )
    mode = models.CharField(max_length=16, choices=Mode.choices)
    names = models.JSONField(default=dict, help_text="Name per language code.")
    duration_minutes = models.PositiveSmallIntegerField()
    capacity = models.PositiveSmallIntegerField(help_text="Parallel desks per slot.")
    booking_window_days = models.PositiveSmallIntegerField(default=28)
    min_notice_hours = models.PositiveSmallIntegerField(default=2)
    waitlist = models.BooleanField(default=False, help_text="Scarce: freed seats go to a list.")
    release = models.CharField(
        max_length=16,
        choices=Release.choices,
        default=Release.FIRST_COME,
        help_text="Draw: the seats of announced periods are allocated by a seeded draw.",
    )
    hours = models.JSONField(
        default=list,
        blank=True,
        help_text="[{weekday, opens, closes}] booking hours; empty = office opening hours.",
    )
    source_note = models.CharField(max_length=300, blank=True)
    generated_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["city", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="appointment_type_unique"),
            models.CheckConstraint(condition=Q(duration_minutes__gt=0), name="type_duration_pos"),
            models.CheckConstraint(condition=Q(capacity__gt=0), name="type_capacity_pos"),
        ]

    def name(self, language: str) -> str:
        return str(self.names.get(language) or self.names.get("en") or self.key)

    @property
    def has_waitlist(self) -> bool:
        """Draw types always keep a waiting list: requests not drawn move onto it."""
        return self.waitlist or self.release == Release.DRAW

    def serves(self, service_key: str) -> bool:
        """Whether this type is booked for the service (its own service or one listed)."""
        own = self.service.key if self.service_id and self.service else ""
        return service_key == own or service_key in (self.services or [])


class ClosureDay(models.Model):
    """A day an office takes no appointments besides public holidays (staff outing, strike)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="closure_days")
    date = models.DateField()
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["office", "date"]
        constraints = [
            models.UniqueConstraint(fields=["office", "date"], name="closure_day_unique")
        ]

    def __str__(self) -> str:
        return f"{self.office} closed {self.date}"


class Slot(models.Model):
    """One bookable time of one appointment type; `taken` counts seats held, booked or cooling."""

    type = models.ForeignKey(AppointmentType, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField()
    end = models.DateTimeField()
    capacity = models.PositiveSmallIntegerField()
    taken = models.IntegerField(default=0)
    # Seats of a period announced for a draw: nobody can take them first-come until it is drawn.
    by_draw = models.BooleanField(default=False)
    released_at = models.DateTimeField(
        null=True, blank=True, help_text="When the slot became bookable (for the statistics)."
    )

    class Meta:
        ordering = ["start", "id"]
        constraints = [
            models.UniqueConstraint(fields=["type", "start"], name="slot_unique_start"),
            models.CheckConstraint(condition=Q(taken__gte=0), name="slot_taken_not_negative"),
            models.CheckConstraint(
                condition=Q(taken__lte=F("capacity")), name="slot_never_overbooked"
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="slot_end_after_start"),
        ]

    def __str__(self) -> str:
        return f"{self.type.key} {self.start:%Y-%m-%d %H:%M}"

    @property
    def remaining(self) -> int:
        return max(0, self.capacity - self.taken)


class BookingStatus(models.TextChoices):
    HELD = "held", "Held, waiting for confirmation"
    CONFIRMED = "confirmed", "Confirmed"
    CANCELLED = "cancelled", "Cancelled"
    EXPIRED = "expired", "Expired (not confirmed in time)"
    CHECKED_IN = "checked_in", "Checked in"
    NO_SHOW = "no_show", "No-show"


ACTIVE_STATUSES = (BookingStatus.HELD, BookingStatus.CONFIRMED)


class Booking(models.Model):
    """One person's appointment. The seat itself is a SeatClaim, so moving or cancelling keeps
    the booking's identity (and its calendar UID) while seats are released on their own clock."""

    type = models.ForeignKey(AppointmentType, on_delete=models.PROTECT, related_name="bookings")
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="bookings")
    status = models.CharField(max_length=16, choices=BookingStatus.choices)
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254, db_index=True)
    email_key = models.CharField(
        max_length=254,
        blank=True,
        db_index=True,
        help_text="The e-mail address normalised for limits (aliases of one mailbox are equal).",
    )
    language = models.CharField(max_length=8)
    address_hash = models.CharField(max_length=64, blank=True, db_index=True)
    token_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(
        null=True, blank=True, help_text="End of an unconfirmed hold."
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.CharField(max_length=150, blank=True)
    cancel_reason = models.CharField(max_length=500, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_for = models.DateTimeField(null=True, blank=True)
    ical_uid = models.CharField(max_length=100, unique=True)
    ical_sequence = models.PositiveIntegerField(default=0)
    video_room = models.CharField(max_length=100, blank=True)
    waitlist_entry = models.ForeignKey(
        "WaitlistEntry", null=True, blank=True, on_delete=models.SET_NULL, related_name="offers"
    )
    # The arrival-plan step this booking was made from: the SHA-256 of the plan's private token
    # (never the token) and the step's service key, so the plan page can show it.
    plan_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    plan_step = models.SlugField(max_length=100, blank=True)
    alert = models.ForeignKey(
        "SlotAlert", null=True, blank=True, on_delete=models.SET_NULL, related_name="offers"
    )
    # What a booking made by staff for a person belongs to (e.g. "application" and its id,
    # lotse.cases): a plain reference, since a domain app never points into a sibling's tables.
    # `origin_service` is the service key whose documents the person brings.
    origin_type = models.CharField(max_length=20, blank=True, default="")
    origin_id = models.PositiveBigIntegerField(null=True, blank=True)
    origin_service = models.SlugField(max_length=64, blank=True, default="")

    class Meta:
        ordering = ["slot__start", "id"]
        indexes = [
            models.Index(fields=["status", "expires_at"]),
            models.Index(fields=["type", "status"]),
            models.Index(fields=["origin_type", "origin_id"], name="booking_origin"),
        ]

    def __str__(self) -> str:
        return f"booking {self.pk} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class SeatClaim(models.Model):
    """A seat of a slot held by a booking. Releasing sets released_at once (guarded UPDATE) and
    only then gives the seat back to the slot counter."""

    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="claims")
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="claims")
    created_at = models.DateTimeField(default=timezone.now)
    release_after = models.DateTimeField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["released_at", "release_after"])]

    def __str__(self) -> str:
        return f"seat of {self.booking_id} in {self.slot_id}"


class UsedChallenge(models.Model):
    """A proof-of-work challenge already spent (single use across all web processes)."""

    digest = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.digest[:12]


class RateCounter(models.Model):
    """Fixed-window request counter per key, shared by all web processes."""

    key = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="rate_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.window_start:%H:%M} {self.count}"


class WaitlistStatus(models.TextChoices):
    WAITING = "waiting", "Waiting"
    OFFERED = "offered", "Seat offered"
    BOOKED = "booked", "Booked"
    LAPSED = "lapsed", "Offers not taken"
    WITHDRAWN = "withdrawn", "Withdrawn"


class WaitlistEntry(models.Model):
    """A need registered once for a scarce appointment type; offers go out by urgency."""

    type = models.ForeignKey(
        AppointmentType, on_delete=models.CASCADE, related_name="waitlist_entries"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254)
    email_key = models.CharField(
        max_length=254,
        blank=True,
        help_text="The e-mail address normalised (one entry per mailbox).",
    )
    address_hash = models.CharField(
        max_length=64, blank=True, help_text="Keyed hash of the registering client's address group."
    )
    language = models.CharField(max_length=8)
    needed_by = models.DateField(null=True, blank=True, help_text="e.g. the permit expiry date")
    status = models.CharField(
        max_length=16, choices=WaitlistStatus.choices, default=WaitlistStatus.WAITING
    )
    token_hash = models.CharField(max_length=64)
    offers_made = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = [F("needed_by").asc(nulls_last=True), "created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["type", "email_key"],
                condition=Q(status__in=["waiting", "offered"]),
                name="waitlist_one_open_entry_per_mailbox",
            )
        ]

    def __str__(self) -> str:
        return f"waitlist {self.pk} {self.type.key} ({self.status})"


class StaffPresence(models.Model):
    """A staff member sitting in an office's virtual office (refreshed by their page)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="presences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    present = models.BooleanField(default=False)
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["office", "user"], name="presence_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.office_id} ({'present' if self.present else 'away'})"


class QueueStatus(models.TextChoices):
    WAITING = "waiting", "Waiting"
    ADMITTED = "admitted", "Admitted"
    LEFT = "left", "Left"


class QueueEntry(models.Model):
    """A person knocking at a virtual office. Position = fresh waiting entries before it."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="queue")
    name = models.CharField(max_length=100, blank=True)
    language = models.CharField(max_length=8)
    status = models.CharField(
        max_length=16, choices=QueueStatus.choices, default=QueueStatus.WAITING
    )
    token_hash = models.CharField(max_length=64)
    address_hash = models.CharField(
        max_length=64, blank=True, help_text="Keyed hash of the client address group (caps)."
    )
    client_hash = models.CharField(
        max_length=64, blank=True, help_text="Hash of the knocking browser's queue cookie."
    )
    created_at = models.DateTimeField(default=timezone.now)
    heartbeat_at = models.DateTimeField(default=timezone.now)
    admitted_at = models.DateTimeField(null=True, blank=True)
    admitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    room = models.CharField(max_length=100, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    end_note = models.CharField(
        max_length=1000, blank=True, help_text="Staff's note when ending the conversation."
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["office", "status", "created_at"]),
            models.Index(fields=["status", "address_hash"], name="queue_status_address"),
        ]

    def __str__(self) -> str:
        return f"queue {self.pk} at {self.office_id} ({self.status})"


class MailKind(models.TextChoices):
    CONFIRM_REQUEST = "confirm_request", "Please confirm"
    CONFIRMED = "confirmed", "Confirmed"
    MOVED = "moved", "Moved"
    CANCELLED = "cancelled", "Cancelled"
    REMINDER = "reminder", "Reminder"
    WAITLIST_OFFER = "waitlist_offer", "Waiting list offer"
    WAITLIST_REGISTERED = "waitlist_registered", "On the waiting list"
    ALERT_CONFIRM = "alert_confirm", "Confirm the slot alert"
    ALERT_OFFER = "alert_offer", "Slot alert offer"
    DRAW_WON = "draw_won", "Drawn"
    DRAW_LOST = "draw_lost", "Not drawn"
