from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("stories", "0003_link_interviews_to_ambassadors")]

    operations = [migrations.RemoveField(model_name="interviewpage", name="interviewed_by")]
