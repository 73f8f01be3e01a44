"""Tenants: every city-specific object belongs to a City."""

from __future__ import annotations

from django.db import models


class City(models.Model):
    """A city running Lotse. A second city is a new row plus its data files, never a fork."""

    slug = models.SlugField(max_length=64, unique=True)
    names = models.JSONField(default=dict, help_text="City name per language code.")
    state = models.CharField(max_length=2, help_text="German state code, e.g. NW.")
    source_language = models.CharField(max_length=8, default="de")
    timezone = models.CharField(max_length=64, default="Europe/Berlin")
    welcome_office_key = models.SlugField(
        max_length=64, blank=True, help_text="Office that answers when nothing else fits."
    )
    fallback_service_key = models.SlugField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slug"]
        verbose_name_plural = "cities"

    def __str__(self) -> str:
        return self.name("en")

    def name(self, language: str) -> str:
        return str(self.names.get(language) or self.names.get("en") or self.slug)
