from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Region")

    def ready(self):
        from django.db.models.signals import post_delete

        from home import caching, checks  # noqa: F401  (checks registers the deployment checks)
        from home.exports import protect_wagtail_exports
        from home.models import OutgoingMail

        caching.connect()
        protect_wagtail_exports()
        post_delete.connect(_delete_mail_tasks, sender=OutgoingMail, dispatch_uid="regio-mail-tasks")


def _delete_mail_tasks(sender, instance, **kwargs):
    """A deleted outbox row takes its queued and finished task rows along."""
    from home.mail import delete_tasks

    delete_tasks(instance.task_ids)
