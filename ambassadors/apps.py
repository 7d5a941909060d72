from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "ambassadors"
    verbose_name = _("Ambassadors")

    def ready(self):
        from ambassadors import explorer, review, signals

        review.replace_wagtail_notifications()
        explorer.filter_admin_search()
        signals.connect()
