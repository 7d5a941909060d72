"""Communication staff ("Redactie") read the impact dashboard and manage campaigns; nobody else by default."""

from django.db import migrations

CODENAMES = ["view_impact_dashboard", "add_campaign", "change_campaign", "delete_campaign", "view_campaign"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="analytics", model="campaign")
    staff, _ = Group.objects.get_or_create(name="Redactie")
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
        )
        staff.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    staff = Group.objects.filter(name="Redactie").first()
    if staff:
        staff.permissions.remove(*staff.permissions.filter(content_type__app_label="analytics"))


class Migration(migrations.Migration):
    dependencies = [("analytics", "0001_initial"), ("ambassadors", "0002_groups_and_review_workflow")]

    operations = [migrations.RunPython(grant, revoke)]
