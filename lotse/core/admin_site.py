"""The back office (Django admin) under the staff permission policy.

Only accounts the policy lets edit the catalog (`can(user, "catalog.edit")`) — and superusers —
may enter; an office clerk with `is_staff` gets the German 403 page instead of an empty admin.
Every list and change page shows only the account's own cities (`cities_for`); a superuser
without a staff profile (the platform operator) sees every city's catalog, which holds no
personal data."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.translation import gettext_lazy as _

from lotse.core.permissions import can, cities_for, staff_profile

_View = TypeVar("_View", bound=Callable[..., HttpResponseBase])


def may_use_back_office(user: Any) -> bool:
    if user is None or not user.is_active or not user.is_staff:
        return False
    return bool(user.is_superuser) or can(user, "catalog.edit")


class LotseAdminSite(admin.AdminSite):
    site_header = _("Lotse back office")
    site_title = _("Lotse back office")
    index_title = _("Back office")

    def has_permission(self, request: HttpRequest) -> bool:
        return may_use_back_office(request.user)

    def admin_view(self, view: _View, cacheable: bool = False) -> _View:
        wrapped = super().admin_view(view, cacheable)

        @wraps(view)
        def inner(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            if request.user.is_authenticated and not self.has_permission(request):
                raise PermissionDenied
            return wrapped(request, *args, **kwargs)

        return cast(_View, inner)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
        # Signed in but not for the back office: say so (403), not an empty admin or a loop.
        if request.user.is_authenticated and not self.has_permission(request):
            raise PermissionDenied
        return super().login(request, extra_context)


def city_filter(user: Any, lookup: str) -> Q | None:
    """The filter of a back-office list to the account's cities; None: no filter (a superuser
    without a staff profile)."""
    if user.is_superuser and staff_profile(user) is None:
        return None
    return Q(**{f"{lookup}__in": cities_for(user)})


class CityScopedAdminMixin:
    """Mix into a ModelAdmin: its lists and change pages show the account's cities only.
    `city_lookup` names the path to the city ("city", "service__city", "pk" for City);
    several paths (an any-of, for texts with one of several owners) as a tuple."""

    city_lookup: str | tuple[str, ...] = "city"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset: QuerySet[Any] = super().get_queryset(request)  # type: ignore[misc]
        lookups = (self.city_lookup,) if isinstance(self.city_lookup, str) else self.city_lookup
        combined: Q | None = None
        for lookup in lookups:
            part = city_filter(request.user, lookup)
            if part is None:
                return queryset
            combined = part if combined is None else combined | part
        return queryset.filter(combined) if combined is not None else queryset.none()
