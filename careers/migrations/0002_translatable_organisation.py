from django.db import migrations, models

from home.migration_ops import translation_fields


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = translation_fields("organisation") + [
        # Name and slug become unique per language.
        migrations.AlterField("organisation", "name", models.CharField(max_length=160, verbose_name="name")),
        migrations.AlterField(
            "organisation", "slug", models.SlugField(blank=True, max_length=160, verbose_name="slug")
        ),
    ]
