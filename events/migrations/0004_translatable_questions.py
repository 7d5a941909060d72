from django.db import migrations

from home.migration_ops import translation_fields


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_choose_dutch_originals"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = translation_fields("eventquestion")
