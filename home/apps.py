from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Region")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate

        from home import caching, checks, languages, site_address  # noqa: F401  (checks: deployment checks)
        from home.exports import protect_wagtail_exports
        from home.models import OutgoingMail

        caching.connect()
        post_migrate.connect(site_address.on_post_migrate, dispatch_uid="regio-site-address")
        post_migrate.connect(languages.ensure_locales, sender=self, dispatch_uid="regio-locales")
        forbid_instead_of_redirect()
        protect_wagtail_exports()
        post_delete.connect(_delete_mail_tasks, sender=OutgoingMail, dispatch_uid="regio-mail-tasks")


def _delete_mail_tasks(sender, instance, **kwargs):
    """A deleted outbox row takes its queued and finished task rows along."""
    from home.mail import delete_tasks

    delete_tasks(instance.task_ids)


def forbid_instead_of_redirect():
    """Wagtail answers a missing admin permission with a redirect to the dashboard; Regio answers 403.

    An ambassador who opens another ambassador's draft, the registrations or the
    settings by URL gets a plain "no access" (403), which tests and monitoring can
    tell apart from success. Wagtail's decorators look the function up at call time.
    """
    from django.core.exceptions import PermissionDenied

    from wagtail.admin import auth

    def permission_denied(request):
        raise PermissionDenied

    auth.permission_denied = permission_denied
