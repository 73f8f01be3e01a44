"""Portal pages of the cases app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver

app_name = "cases"
urlpatterns: list[URLPattern | URLResolver] = []
