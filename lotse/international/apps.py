"""International app: partner cities, cooperation projects with goals, associations, attractions."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InternationalConfig(AppConfig):
    name = "lotse.international"
    label = "international"
    verbose_name = _("International relations and city marketing")
