"""Tenants: every city-specific object belongs to a City."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class City(models.Model):
    """A city running Lotse. A second city is a new row plus its data files, never a fork."""

    slug = models.SlugField(max_length=64, unique=True)
    names = models.JSONField(default=dict, help_text="City name per language code.")
    state = models.CharField(max_length=2, help_text="German state code, e.g. NW.")
    source_language = models.CharField(max_length=8, default="de")
    timezone = models.CharField(max_length=64, default=settings.TIME_ZONE)
    welcome_office_key = models.SlugField(
        max_length=64, blank=True, help_text="Office that answers when nothing else fits."
    )
    fallback_service_key = models.SlugField(max_length=64, blank=True)
    # Nullable: rows written by code that predates the field (old migrations' states) get NULL,
    # which means the default list like an empty one.
    languages = models.JSONField(
        default=list,
        blank=True,
        null=True,
        help_text="Language codes the city offers (city.yaml `languages`); empty: the default.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name("en")

    def name(self, language: str) -> str:
        return str(self.names.get(language) or self.names.get("en") or self.slug)


class CityKeyed(models.Model):
    """An object of a city with a key unique in that city (an office, a service, a partnership
    …): it reads as `<city>/<key>`. The subclass declares the `city` and `key` fields."""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.city.slug}/{self.key}"  # type: ignore[attr-defined]


class Role(models.TextChoices):
    """The staff roles; the labels are what staff read (in their language)."""

    CASEWORKER = "caseworker", _("Welcome Center caseworker")
    OFFICE_STAFF = "office_staff", _("Office staff")
    OFFICE_LEAD = "office_lead", _("Office lead")
    ADMIN = "admin", _("Administrator")


class StaffProfile(models.Model):
    """What a staff account may do: its role, its city and (for office roles) its office."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="staff")
    role = models.CharField(max_length=20, choices=Role.choices)
    office = models.ForeignKey(
        "catalog.Office", null=True, blank=True, on_delete=models.PROTECT, related_name="staff"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(role__in=["office_staff", "office_lead"]) | Q(office__isnull=False),
                name="office_roles_need_an_office",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role})"


class AuditEvent(models.Model):
    """One read or write of personal data: who, what, when, why. Append-only; holds ids and
    facts, never the personal data itself, so erasure leaves the trail intact."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(max_length=150, help_text="username, 'newcomer' or 'system'")
    action = models.CharField(max_length=32)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    case_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    # The city whose data this event concerns (not a foreign key: the row must outlive the
    # city and never be updated). Staff search only their own cities' events.
    city_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    reason = models.CharField(max_length=300, blank=True)
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}:{self.object_id}"


class StaffSecondFactor(models.Model):
    """Optional TOTP second factor (RFC 6238) of a staff account; kept apart from StaffProfile
    so that the profile's fields stay stable for the other apps."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="second_factor"
    )
    secret = models.CharField(max_length=64, help_text="Base32 TOTP secret.")
    enabled = models.BooleanField(default=False)
    last_counter = models.BigIntegerField(
        default=0, help_text="Last accepted time step; a code is never accepted twice."
    )
    pending_secret = models.CharField(
        max_length=64,
        blank=True,
        help_text="A replacement secret being set up; the enabled one stays until it is confirmed.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"TOTP of {self.user} ({'on' if self.enabled else 'off'})"


class ApiToken(models.Model):
    """A bearer token for the HTTP API. Only the SHA-256 of the token is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")), name="token_expires_after_issue"
            )
        ]

    def __str__(self) -> str:
        return f"token of {self.user} until {self.expires_at:%Y-%m-%d %H:%M}"


class LoginAttempt(models.Model):
    """One login attempt; failures in a recent window lock the username and the address.
    Kept in the database so that every web process sees the same count."""

    username = models.CharField(max_length=150)
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(default=timezone.now)
    succeeded = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["username", "at"], name="login_attempt_user_at"),
            models.Index(fields=["ip", "at"], name="login_attempt_ip_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {'ok' if self.succeeded else 'failed'}"


class OutgoingMail(models.Model):
    """A mail rendered in the transaction of the change it reports, sent later by the worker.

    `sent_at` doubles as the claim: it is set by one guarded UPDATE before the hand-over to the
    mail server, so a mail goes out at most once. Body and attachments are cleared after sending
    (they hold private links and personal data). `ref_type`/`ref_id` name what the mail is about
    (e.g. `booking` 12) without a foreign key, so any app can use the outbox. The table keeps the
    name it had when the outbox lived in appointments (no row moved)."""

    kind = models.CharField(max_length=32)
    recipient = models.EmailField(max_length=254)
    subject = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    attachments = models.JSONField(
        default=list, blank=True, help_text="[{name, content, mimetype}]"
    )
    ref_type = models.CharField(max_length=32, blank=True, default="")
    ref_id = models.BigIntegerField(null=True, blank=True, db_index=True, db_column="booking_id")
    created_at = models.DateTimeField(default=timezone.now)
    send_after = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    task_id = models.CharField(
        max_length=64, blank=True, help_text="The task last enqueued to send it (for the sweeper)."
    )

    class Meta:
        db_table = "appointments_outgoingmail"
        ordering = ["created_at", "id"]
        indexes = [
            # The sweeper only ever looks at unsent mails: keep that index small.
            models.Index(
                fields=["send_after"], condition=Q(sent_at__isnull=True), name="outbox_unsent"
            ),
            models.Index(fields=["sent_at"], name="outbox_sent_at"),
        ]

    def __str__(self) -> str:
        return f"mail {self.pk} {self.kind} ({'sent' if self.sent_at else 'pending'})"


class SourceTextVersion(models.Model):
    """A source-language text as it was, by digest: translations remember only the digest of
    the source they follow, so the translation editor looks the old text up here to show what
    changed since (written by `core.translation.text_set` before a source text changes)."""

    digest = models.CharField(max_length=64, unique=True)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.digest[:12]
