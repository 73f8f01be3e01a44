"""Who a signed-in staff user is for the cases app: their StaffProfile, or nobody."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel

from lotse.core.models import Role, StaffProfile

OFFICE_ROLES = (Role.OFFICE_STAFF, Role.OFFICE_LEAD)


def staff_profile(user: UserModel | AnonymousUser | None) -> StaffProfile | None:
    """The profile of an active staff user; None for anonymous users and accounts without one
    (a superuser without a profile sees no case data either)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    try:
        return StaffProfile.objects.select_related("city", "office").get(user_id=user.pk)
    except StaffProfile.DoesNotExist:
        return None


def is_office_role(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role in OFFICE_ROLES and profile.office_id is not None


def may_see_dashboard(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role in (Role.OFFICE_LEAD, Role.ADMIN)


def may_search_audit(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role == Role.ADMIN


def may_open_cases(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role == Role.CASEWORKER
