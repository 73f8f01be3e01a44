"""The staff permission policy, once for every app: which cities and offices a staff account
covers, and whether it may take an action.

A staff account acts through its `StaffProfile` (role, city, office). An account without a
profile — a superuser included — sees no personal data of any city. Apps ask this module
instead of checking `is_staff` or roles themselves; the role-matrix tests pin the table below.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel

from lotse.core.models import City, Role, StaffProfile

OFFICE_ROLES = (Role.OFFICE_STAFF, Role.OFFICE_LEAD)
_CACHE = "_lotse_staff_profile"
_MISSING = object()

# action -> roles that may take it (within their own city; office roles within their office).
ACTIONS: dict[str, frozenset[str]] = {
    "case.open": frozenset({Role.CASEWORKER}),
    "case.view": frozenset({Role.CASEWORKER}),
    "task.work": frozenset({Role.OFFICE_STAFF, Role.OFFICE_LEAD, Role.CASEWORKER}),
    # Booking an appointment for an online application's task (its office's appointment types).
    "application.schedule": frozenset({Role.OFFICE_STAFF, Role.OFFICE_LEAD, Role.CASEWORKER}),
    "dashboard.view": frozenset({Role.OFFICE_LEAD, Role.ADMIN}),
    "audit.search": frozenset({Role.ADMIN}),
    # Caseworkers of the Welcome Center run every office calendar of their city.
    "appointments.staff": frozenset(
        {Role.OFFICE_STAFF, Role.OFFICE_LEAD, Role.ADMIN, Role.CASEWORKER}
    ),
    # Running the draw of an appointment type (release by draw, appointments/services/draw.py).
    "appointments.draw": frozenset({Role.OFFICE_LEAD, Role.ADMIN}),
    "international.measure": frozenset({Role.ADMIN, Role.CASEWORKER}),
    "catalog.edit": frozenset({Role.ADMIN}),
    # Marking a translation reviewed (in an XLIFF import: units marked final / signed-off).
    "translation.review": frozenset({Role.ADMIN}),
}

User = UserModel | AnonymousUser | None


def staff_profile(user: User) -> StaffProfile | None:
    """The profile of an active staff user; None for anonymous users and accounts without one."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    # Kept on the user object, which lives as long as the request: a view's permission check
    # and the selector it calls then share one query.
    cached = user.__dict__.get(_CACHE, _MISSING)
    if cached is not _MISSING:
        return cached
    profile = StaffProfile.objects.select_related("city", "office").filter(user_id=user.pk).first()
    user.__dict__[_CACHE] = profile
    return profile


def is_office_role(profile: StaffProfile | None) -> bool:
    return profile is not None and profile.role in OFFICE_ROLES and profile.office_id is not None


def cities_for(user: User) -> list[int]:
    """Ids of the cities whose staff data this account may see (at most its own city)."""
    profile = staff_profile(user)
    return [profile.city_id] if profile is not None else []


def offices_for(user: User) -> list[int] | None:
    """Ids of the offices whose tasks and calendars this account works; None means every office
    of its cities (caseworkers, admins), [] means none."""
    profile = staff_profile(user)
    if profile is None:
        return []
    if profile.role in OFFICE_ROLES:
        return [profile.office_id] if profile.office_id is not None else []
    return None


def _city_id_of(obj: Any) -> int | None:
    if obj is None:
        return None
    if isinstance(obj, City):
        return obj.pk
    for attr in ("city_id", "city"):
        value = getattr(obj, attr, None)
        if isinstance(value, int):
            return value
        if isinstance(value, City):
            return value.pk
    return None


def _office_id_of(obj: Any) -> int | None:
    value = getattr(obj, "office_id", None)
    return value if isinstance(value, int) else None


def can(user: User, action: str, obj: Any = None) -> bool:
    """Whether `user` may take `action` (a key of ACTIONS), on `obj` when given: the object
    must belong to one of the user's cities and, for office roles, to their office."""
    roles = ACTIONS.get(action)
    if roles is None:
        raise KeyError(f"unknown action {action!r}")
    profile = staff_profile(user)
    if profile is None or profile.role not in roles:
        return False
    if obj is None:
        return True
    city_id = _city_id_of(obj)
    if city_id is not None and city_id != profile.city_id:
        return False
    office_id = _office_id_of(obj)
    return not (
        profile.role in OFFICE_ROLES and office_id is not None and office_id != profile.office_id
    )
