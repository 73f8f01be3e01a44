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
