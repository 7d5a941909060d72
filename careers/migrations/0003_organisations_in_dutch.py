from django.db import migrations

from home.migration_ops import keep_in_default_locale


class Migration(migrations.Migration):
    dependencies = [("careers", "0002_translatable_organisation")]

    operations = [keep_in_default_locale("careers.Organisation")]
