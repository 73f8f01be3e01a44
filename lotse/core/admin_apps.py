"""The admin app with Lotse's site (lotse/core/admin_site.py); kept apart from it because
INSTALLED_APPS imports this module before any model exists."""

from django.contrib.admin.apps import AdminConfig


class LotseAdminConfig(AdminConfig):
    default_site = "lotse.core.admin_site.LotseAdminSite"
