"""Root URLs: JSON API under /api/v1/, back office under /admin/, portal per language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.views.decorators.csrf import csrf_exempt

from lotse.catalog import api as catalog_api
from lotse.core.openapi import openapi_json
from lotse.portal import views as portal_views

api_v1: list[URLPattern | URLResolver] = [
    path("openapi.json", openapi_json, name="openapi"),
    path("cities", catalog_api.cities, name="cities"),
    path("cities/<slug:city>/services", catalog_api.services, name="services"),
    path("cities/<slug:city>/services/<str:key>", catalog_api.service_detail, name="service"),
    path("cities/<slug:city>/offices", catalog_api.offices, name="offices"),
    path("cities/<slug:city>/offices/<str:key>", catalog_api.office_detail, name="office"),
    path("", include("lotse.ask.api_urls")),
    path("", include("lotse.plans.api_urls")),
    path("", include("lotse.international.api_urls")),
    path("", include("lotse.appointments.api_urls")),
    path("", include("lotse.cases.api_urls")),
]

urlpatterns = [
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    # Any method gets the JSON 404 (no CSRF page: the API reads no cookies).
    re_path(r"^api/(?P<rest>.*)$", csrf_exempt(catalog_api.api_not_found)),
    path("admin/translations/", include("lotse.core.translation_urls")),
    path("admin/", admin.site.urls),
    path("", portal_views.root, name="root"),
    # /healthz, /readyz, /metrics (lotse.ops).
    path("", include("lotse.ops.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("lotse.ask.urls")),
    path("", include("lotse.plans.urls")),
    path("", include("lotse.international.urls")),
    path("", include("lotse.appointments.urls")),
    path("", include("lotse.cases.urls")),
    path("", include("lotse.portal.urls")),
    prefix_default_language=True,
)
# A path under a language we do not offer: English, with a notice (never a bare 404).
# Supported prefixes are excluded so Django's LocaleMiddleware never sees every path as valid.
_supported = "|".join(code for code, _name in settings.LANGUAGES)
urlpatterns += [
    re_path(
        rf"^(?!(?:{_supported})/)(?P<lang>[a-zA-Z]{{2,3}}(?:[-_][a-zA-Z]{{2,4}})?)/(?P<rest>.*)$",
        portal_views.unsupported_language,
    )
]

handler404 = "lotse.portal.views.not_found"
# Delegates to the portal's page, except for a lost database: that is a 503 (lotse.ops).
handler500 = "lotse.ops.views.server_error"
