from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "careers"
    verbose_name = _("Careers")

    def ready(self):
        from careers import alerts, digest  # noqa: F401  (register the mail builders)
