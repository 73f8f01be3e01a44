"""Who a signed-in staff user is for the cases app: their StaffProfile, or nobody."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel

from lotse.core.models import Role, StaffProfile

OFFICE_ROLES = (Role.OFFICE_STAFF, Role.OFFICE_LEAD)
_CACHE = "_lotse_staff_profile"
_MISSING = object()


def staff_profile(user: UserModel | AnonymousUser | None) -> StaffProfile | None:
    """The profile of an active staff user; None for anonymous users and accounts without one
    (a superuser without a profile sees no case data either)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    # Kept on the user object, which lives as long as the request: the view's permission
    # check and the selector it calls then share one query.
    cached = user.__dict__.get(_CACHE, _MISSING)
    if cached is not _MISSING:
        return cached
    profile = StaffProfile.objects.select_related("city", "office").filter(user_id=user.pk).first()
    user.__dict__[_CACHE] = profile
    return profile


def is_office_role(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role in OFFICE_ROLES and profile.office_id is not None


def may_see_dashboard(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role in (Role.OFFICE_LEAD, Role.ADMIN)


def may_search_audit(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role == Role.ADMIN


def may_open_cases(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role == Role.CASEWORKER
