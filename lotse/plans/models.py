"""A stored arrival plan: the answers and the ticked steps, reachable only by its private link."""

from __future__ import annotations

from django.db import models

from lotse.core.models import City


class Plan(models.Model):
    """No account: whoever has the unguessable token has the plan (like a private link).

    Only the answers are stored; the steps are computed again on every view, so a corrected
    rule reaches plans made before the correction.
    """

    # Only the SHA-256 of the private token is stored (lotse.core.tokens): a copy of the
    # database opens no plan. The raw token exists in the link alone.
    token_hash = models.CharField(max_length=64, unique=True)
    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="plans")
    profile = models.JSONField(help_text="The validated answers (Profile.as_json()).")
    done = models.JSONField(default=list, blank=True, help_text="Service keys ticked as done.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The last day the plan was opened, changed or reminded of (at most one write a day);
    # plans unused for LOTSE_PLAN_RETENTION_DAYS are deleted (docs/decisions, plan retention).
    last_used = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(token_hash=""), name="plan_token_hash_not_empty"
            )
        ]

    # Set by plan_create on the instance it returns; never stored.
    token: str = ""

    def __str__(self) -> str:
        return f"plan {self.pk} ({self.city.slug})"


class ReminderSubscription(models.Model):
    """E-mail reminders of one plan's due dates (double opt-in). Deleted with its plan, and on
    unsubscribe: nothing about reminders outlives the wish to get them."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="reminders")
    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=16)
    days_before = models.JSONField(help_text="Days before each date to remind, e.g. [56, 14].")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=~models.Q(email=""), name="reminder_email_not_empty")
        ]

    def __str__(self) -> str:
        return f"reminders of plan {self.plan_id}"


class ReminderSent(models.Model):
    """One reminder mail: at most one per subscription, step, date and lead (the constraint
    is what makes a second worker, a restarted worker or a task run twice send nothing)."""

    subscription = models.ForeignKey(
        ReminderSubscription, on_delete=models.CASCADE, related_name="sent"
    )
    # A step's service key, or PERMIT_EXPIRES for the permit's own end.
    step = models.CharField(max_length=100)
    day = models.DateField(help_text="The due date reminded of.")
    days_before = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "step", "day", "days_before"],
                name="reminder_once_per_step_date_and_lead",
            )
        ]

    def __str__(self) -> str:
        return f"{self.step} {self.day} -{self.days_before}d"
