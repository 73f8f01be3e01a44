"""Account changes that end a user's API access: a new password (changed or reset by an
admin) and deactivation revoke every API token of the user. Also the domain signals that
sibling apps send each other through core (they may not import each other)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.dispatch import Signal

from lotse.core.models import ApiToken

# Sent by appointments after the commit that moved or cancelled a booking made for something of
# another app (`origin_type`, `origin_id`, e.g. an online application): kwargs origin_type,
# origin_id, booking_id, event ("moved" | "cancelled"), by (who: "newcomer" or a username).
booking_origin_changed = Signal()


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
