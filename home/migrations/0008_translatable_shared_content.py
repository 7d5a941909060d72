from django.db import migrations, models

from home.migration_ops import translation_fields

MODELS = ["targetgroup", "theme", "reason", "municipality", "fact", "coremessage"]


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_mail_language"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [op for name in MODELS for op in translation_fields(name)] + [
        # Names and slugs become unique per language (a translation may keep the same name).
        migrations.AlterField("targetgroup", "name", models.CharField(max_length=100, verbose_name="name")),
        migrations.AlterField(
            "targetgroup",
            "slug",
            models.SlugField(
                blank=True,
                max_length=100,
                verbose_name="slug",
                help_text="Used in web addresses, e.g. /voor/scholieren/. Filled in from the name if left empty.",
            ),
        ),
        migrations.AlterField("theme", "name", models.CharField(max_length=100, verbose_name="name")),
        migrations.AlterField(
            "theme",
            "slug",
            models.SlugField(
                blank=True,
                max_length=100,
                verbose_name="slug",
                help_text="Used in web addresses, e.g. /voor/scholieren/. Filled in from the name if left empty.",
            ),
        ),
        migrations.AlterField("reason", "name", models.CharField(max_length=100, verbose_name="name")),
        migrations.AlterField(
            "reason",
            "slug",
            models.SlugField(
                blank=True,
                max_length=100,
                verbose_name="slug",
                help_text="Used in web addresses, e.g. /voor/scholieren/. Filled in from the name if left empty.",
            ),
        ),
        migrations.AlterField("municipality", "name", models.CharField(max_length=100, verbose_name="name")),
        migrations.AlterField(
            "municipality", "slug", models.SlugField(blank=True, max_length=100, verbose_name="slug")
        ),
        migrations.AlterField(
            "coremessage", "slug", models.SlugField(blank=True, max_length=120, verbose_name="slug")
        ),
    ]
