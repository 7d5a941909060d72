from django.db import migrations

from home.migration_ops import keep_in_default_locale


class Migration(migrations.Migration):
    dependencies = [("home", "0008_translatable_shared_content")]

    operations = [
        keep_in_default_locale(
            "home.TargetGroup", "home.Theme", "home.Reason", "home.Municipality", "home.Fact", "home.CoreMessage"
        )
    ]
