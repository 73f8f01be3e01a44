"""Portal pages of the appointments app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver

app_name = "appointments"
urlpatterns: list[URLPattern | URLResolver] = []
