"""Cases: one per newcomer across offices; tasks per office, document requests, notes, history."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from lotse.catalog.models import Office, Service
from lotse.core.models import City


class CaseStatus(models.TextChoices):
    OPEN = "open", "open"
    CLOSED = "closed", "closed"


class ClosedAs(models.TextChoices):
    """How a closed case ended: not every closed case is "all tasks done"."""

    COMPLETED = "completed", "completed"
    CANCELLED = "cancelled", "cancelled"
    PARTLY = "partly", "partly completed"
    ERASED = "erased", "erased"


class Relation(models.TextChoices):
    SPOUSE = "spouse", "spouse or partner"
    CHILD = "child", "child"
    PARENT = "parent", "parent"
    OTHER = "other", "other relative"


class TaskStatus(models.TextChoices):
    NEW = "new", "new"
    IN_PROGRESS = "in_progress", "in progress"
    WAITING = "waiting", "waiting for the newcomer"
    DONE = "done", "done"
    CANCELLED = "cancelled", "cancelled"


OPEN_TASK_STATUSES = (TaskStatus.NEW, TaskStatus.IN_PROGRESS, TaskStatus.WAITING)
FINAL_TASK_STATUSES = (TaskStatus.DONE, TaskStatus.CANCELLED)


class Case(models.Model):
    """A newcomer's case at the Welcome Center. Personal data lives here and in notes and
    documents; anonymisation blanks it and leaves the structure for statistics."""

    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="cases")
    caseworker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    language = models.CharField(max_length=8)
    consent_scope = models.CharField(max_length=100)
    consent_text_version = models.CharField(max_length=32)
    consent_given_at = models.DateTimeField()
    profile = models.JSONField(default=dict, blank=True, help_text="Arrival-plan profile.")
    status = models.CharField(max_length=10, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    access_token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    # The private link's token is HMAC(SECRET_KEY, nonce) (as for applications): later mails
    # and the printed summary can carry the link again, while a copy of the database alone
    # opens nothing. Empty for cases opened before the nonce was kept.
    access_token_nonce = models.CharField(max_length=32, blank=True, default="", db_default="")
    anonymised_at = models.DateTimeField(null=True, blank=True)
    # The main person of the household (members are the others).
    birth_date = models.DateField(null=True, blank=True)
    nationality = models.CharField(
        max_length=2, blank=True, default="", db_default="", help_text="ISO 3166-1"
    )
    # Raw bulk inserts (cases_generate) rely on the database defaults of these columns.
    closed_as = models.CharField(
        max_length=10, choices=ClosedAs.choices, blank=True, default="", db_default=""
    )

    class Meta:
        indexes = [
            models.Index(fields=["caseworker", "status", "opened_at"], name="case_worker_status"),
            models.Index(fields=["city", "email"], name="case_city_email"),
            models.Index(fields=["status", "closed_at"], name="case_status_closed"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="open", closed_at__isnull=True)
                | Q(status="closed", closed_at__isnull=False),
                name="case_closed_iff_closed_at",
            )
        ]

    def __str__(self) -> str:
        return f"case {self.pk}"

    @property
    def reference(self) -> str:
        """The reference staff and newcomer quote: WC-<year opened>-<id>."""
        return case_reference(self.pk, self.opened_at)


def case_reference(case_id: int, opened_at: dt.datetime) -> str:
    """A case's reference from its id and opening time (`Case.reference`, and the task list,
    which reads these two values without the case object)."""
    return f"WC-{opened_at.year}-{case_id:05d}"


class Member(models.Model):
    """A further person of the household (spouse, child …); tasks can be theirs."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(max_length=200)
    birth_date = models.DateField(null=True, blank=True)
    nationality = models.CharField(max_length=2, blank=True, default="", help_text="ISO 3166-1")
    relation = models.CharField(max_length=10, choices=Relation.choices, default=Relation.OTHER)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"member {self.pk} of case {self.case_id}"


class Task(models.Model):
    """One service of a case, handled by one responsible office."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="+")
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="case_tasks")
    service = models.ForeignKey(
        Service, null=True, on_delete=models.SET_NULL, related_name="case_tasks"
    )
    service_key = models.SlugField(max_length=64)
    # The household member the task is for; empty: the main person of the case.
    member = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    # The staff member who took the task ("assign to me"); empty: the whole office.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # When the responsible office first opened the task since it arrived there (routing or
    # hand-over); empty: it is new in the office's inbox.
    seen_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=TaskStatus.choices, default=TaskStatus.NEW)
    due_date = models.DateField(null=True, blank=True)
    # Copies of the case opening and week numbers: the dashboard groups and takes medians
    # over these indexed columns instead of joining and truncating dates per row.
    opened_at = models.DateTimeField()
    opened_week = models.DateField()
    first_contact_at = models.DateTimeField(null=True, blank=True)
    first_contact_seconds = models.PositiveIntegerField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_week = models.DateField(null=True, blank=True)
    completion_seconds = models.PositiveIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # Copy of "the case is anonymised" (set by the services that anonymise): the office's
    # task list filters and counts on the task's own index instead of joining every task
    # to its case (measured: the join made the count the slowest query of the page).
    case_anonymised = models.BooleanField(default=False)

    class Meta:
        # Each index serves one read and covers the columns it filters, groups or sorts on,
        # so the query reads only the index (EXPLAIN QUERY PLAN: "COVERING INDEX").
        indexes = [
            # Office task list and its count: office, status, then the page order.
            # Partial: the filter `NOT case_anonymised` matches the condition (a leading
            # boolean column would not be used as an equality); the flag is repeated last so
            # that the count reads the index alone.
            models.Index(
                fields=["office", "status", "due_date", "id", "case_anonymised"],
                condition=Q(case_anonymised=False),
                name="task_office_queue",
            ),
            # Dashboard: open and overdue per office. Not a partial index on the open
            # statuses: Django binds `status IN (%s, %s, %s)` as parameters, and SQLite then
            # cannot prove the condition and scans the table (measured: 1.6 s).
            models.Index(
                fields=["city", "status", "office", "due_date"], name="task_city_status_office"
            ),
            models.Index(fields=["city", "opened_week"], name="task_city_opened_week"),
            # Dashboard: done per week and the median completion time over the window.
            models.Index(
                fields=["city", "done_week", "completion_seconds"], name="task_city_done_duration"
            ),
            # Dashboard: the median time to first contact over the window.
            models.Index(
                fields=["city", "first_contact_at", "first_contact_seconds"],
                name="task_city_contact_duration",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="done") | Q(done_at__isnull=False), name="task_done_has_date"
            )
        ]

    def __str__(self) -> str:
        return f"task {self.pk} ({self.service_key} at {self.office_id})"


class DocumentRequest(models.Model):
    """A document an office asks the newcomer for; the newcomer can upload exactly these."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="requests")
    label = models.CharField(max_length=200)
    # The same document in the newcomer's language (from the service's document list);
    # empty for a free request, which the newcomer sees as written.
    newcomer_label = models.CharField(max_length=300, blank=True, default="")
    # The form document this request stands for (e.g. "passport"); empty for a free request.
    # Lets a later application of the same person reuse the file (lotse.cases.applications).
    key = models.SlugField(max_length=64, blank=True, default="")
    requested_at = models.DateTimeField(default=timezone.now)
    fulfilled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "id"]

    def __str__(self) -> str:
        return f"request {self.pk} of task {self.task_id}"


class DocumentReview(models.TextChoices):
    ACCEPTED = "accepted", "accepted"
    REJECTED = "rejected", "rejected"


class Document(models.Model):
    """An uploaded file, stored outside the web root under a random name."""

    request = models.ForeignKey(DocumentRequest, on_delete=models.CASCADE, related_name="documents")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="documents")
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(default=timezone.now)
    # The office's check: accepted, or rejected with a reason the newcomer is told.
    review = models.CharField(max_length=10, choices=DocumentReview.choices, blank=True, default="")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reject_reason = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return f"document {self.pk}"


class Note(models.Model):
    """A note on a case (caseworker only) or on one task (also its office)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    task = models.ForeignKey(
        Task, null=True, blank=True, on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"note {self.pk}"


class TaskEvent(models.Model):
    """History of a task: routing, every hand-over between offices, every status change."""

    class Kind(models.TextChoices):
        ROUTED = "routed", "routed"
        STATUS = "status", "status changed"
        HANDOVER = "handover", "handed over"
        REQUESTED = "requested", "documents requested"
        UPLOADED = "uploaded", "document uploaded"
        DECIDED = "decided", "decided"
        REOPENED = "reopened", "reopened"
        ASSIGNED = "assigned", "assigned"
        REVIEWED = "reviewed", "document checked"
        # An appointment booked by staff for the task's application; moved or cancelled later
        # (by the person through the manage link, or by staff).
        SCHEDULED = "scheduled", "appointment scheduled"
        RESCHEDULED = "rescheduled", "appointment moved"
        UNSCHEDULED = "unscheduled", "appointment cancelled"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    from_office = models.ForeignKey(
        Office, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_office = models.ForeignKey(
        Office, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} of task {self.task_id}"


class DashboardMedians(models.Model):
    """The dashboard's two medians over its window, kept at most a minute (shared by all
    server processes, hence a table and not process memory). The counts are read live; only
    the medians sort every duration of the window, which costs more than the rest together."""

    city = models.OneToOneField(City, on_delete=models.CASCADE, related_name="+")
    first_week = models.DateField()
    computed_at = models.DateTimeField()
    first_contact_seconds = models.FloatField(null=True)
    completion_seconds = models.FloatField(null=True)

    def __str__(self) -> str:
        return f"medians of {self.city_id} since {self.first_week}"


class Decision(models.TextChoices):
    APPROVED = "approved", "approved"
    REFUSED = "refused", "refused"


class Application(models.Model):
    """An online application (a form of a service, filled in by the newcomer). It is a kind of
    case: it opens (or joins) a case with one task for the responsible office; its status is
    read from that task (docs/decisions/0010-applications-as-cases.md)."""

    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="applications")
    task = models.OneToOneField(Task, on_delete=models.CASCADE, related_name="application")
    service_key = models.SlugField(max_length=64)
    form_version = models.CharField(max_length=32)
    reference = models.CharField(max_length=20, unique=True)
    language = models.CharField(max_length=8)
    email_normalised = models.CharField(max_length=254, db_index=True)
    answers = models.JSONField(default=dict)
    consent_text_version = models.CharField(max_length=32)
    consent_given_at = models.DateTimeField()
    token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    # The private link's token is HMAC(SECRET_KEY, nonce): later mails can carry the link again,
    # while a copy of the database alone opens nothing (only the nonce and the hash are here).
    token_nonce = models.CharField(max_length=32, blank=True)
    idempotency_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    address_hash = models.CharField(max_length=64, blank=True, db_index=True)
    mail_opt_out = models.BooleanField(default=False, help_text="Only essential mails.")
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"application {self.reference}"
