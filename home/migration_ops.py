"""Migration steps that make existing shared content translatable (Wagtail's three-step recipe).

1. ``translation_fields``: add ``locale`` and ``translation_key``, empty.
2. ``keep_in_default_locale``: every existing row goes to the default (Dutch) locale with a
   new translation key; no row is added, removed or changed otherwise.
3. An automatic migration makes both fields required and unique together.

Steps 1 and 2 are separate migrations: PostgreSQL cannot alter a table in the
transaction that has just updated its rows.
"""

import uuid

from django.conf import settings
from django.db import migrations, models


def translation_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=models.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
    ]


def keep_in_default_locale(*model_labels):
    def forwards(apps, schema_editor):
        Locale = apps.get_model("wagtailcore", "Locale")
        locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        for label in model_labels:
            model = apps.get_model(label)
            for pk in model.objects.filter(translation_key__isnull=True).values_list("pk", flat=True).iterator():
                model.objects.filter(pk=pk).update(translation_key=uuid.uuid4(), locale=locale)

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)
