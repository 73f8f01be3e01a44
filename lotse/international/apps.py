"""International app: partner cities, cooperation projects with goals, associations, attractions."""

from django.apps import AppConfig


class InternationalConfig(AppConfig):
    name = "lotse.international"
    label = "international"
    verbose_name = "International relations and city marketing"
