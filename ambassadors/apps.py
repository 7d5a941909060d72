from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ambassadors"
    verbose_name = _("Ambassadors")

    def ready(self):
        from ambassadors import review, signals

        review.replace_wagtail_notifications()
        signals.connect()
