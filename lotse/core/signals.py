"""Account changes that end a user's API access: a new password (changed or reset by an
admin) and deactivation revoke every API token of the user."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from lotse.core.models import ApiToken


def revoke_tokens_on_credential_change(sender: Any, instance: User, **kwargs: Any) -> None:
    """pre_save of the user model: compare with the stored row, revoke on a change that
    must end every session (password hash changed, account deactivated)."""
    if instance.pk is None or kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and not {"password", "is_active"} & set(update_fields):
        return
    stored = type(instance).objects.filter(pk=instance.pk).values("password", "is_active").first()
    if stored is None:
        return
    if stored["password"] != instance.password or (stored["is_active"] and not instance.is_active):
        ApiToken.objects.filter(user_id=instance.pk).delete()
