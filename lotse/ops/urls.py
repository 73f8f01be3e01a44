"""Ops endpoints at the root, outside the language prefixes: /healthz, /readyz, /metrics."""

from django.urls import path

from lotse.ops import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("metrics", views.metrics, name="metrics"),
]
