import importlib
import os
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models.signals import post_save
from django.test.utils import override_settings

from wagtail.signal_handlers import disable_reference_index_auto_update


class Command(BaseCommand):
    help = (
        "Load the demo region (Midden-Limburg) and each app's demo content. "
        "Idempotent: running it again creates nothing that exists and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create a superuser 'admin' (password from DEMO_ADMIN_PASSWORD, default 'regio-demo').",
        )

    def handle(self, *args, admin=False, **options):
        # The search index and the reference index (the admin's "usage") are built once at the end,
        # not object by object while loading: that halves the time the demo takes.
        backends = {name: {**conf, "AUTO_UPDATE": False} for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
        with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
            with search_index_updates_off():
                self.load_apps()
        from home.site_address import sync_default_site

        if sync_default_site():
            self.stdout.write(f"Site address: {settings.REGIO_BASE_URL}")
        if admin:
            self.ensure_admin()
            password = os.environ.get("DEMO_ADMIN_PASSWORD", "regio-demo")
            for config in apps.get_app_configs():  # each app's demo logins get the demo password too
                module = importlib.import_module(f"{config.name}.demo") if _has_demo(config) else None
                if module is not None and hasattr(module, "logins"):
                    module.logins(password, self.stdout)
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        from home.db import refresh_statistics

        refresh_statistics()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def load_apps(self):
        # Each app with a demo.py providing load(stdout) adds its own content,
        # in INSTALLED_APPS order; home's region comes first.
        for config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            if hasattr(module, "load"):
                module.load(self.stdout)
        from home.demo import translations

        translations.load(self.stdout)  # after every app: it translates their pages

    def ensure_admin(self):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "regio-demo")
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@midden-limburg.example", password)
            self.stdout.write(f"Created superuser admin / {password}")


@contextmanager
def search_index_updates_off():
    """No search index task per saved object (``update_index`` rebuilds the index afterwards)."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def _has_demo(config):
    try:
        importlib.import_module(f"{config.name}.demo")
    except ModuleNotFoundError as error:
        if error.name != f"{config.name}.demo":
            raise
        return False
    return True
