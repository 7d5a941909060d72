"""Communication staff ("Redactie") manage partners and the newsletter's introductions, and may see and delete
newsletter and press-list subscribers (to answer a request to be removed); they cannot add or edit them."""

from django.db import migrations

GRANTS = {
    "partner": ["add", "change", "delete", "view"],
    "newsletterintro": ["add", "change", "delete", "view"],
    "subscriber": ["view", "delete"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    staff, _ = Group.objects.get_or_create(name="Redactie")
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="partners", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            staff.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    staff = Group.objects.filter(name="Redactie").first()
    if staff:
        staff.permissions.remove(*staff.permissions.filter(content_type__app_label="partners"))


class Migration(migrations.Migration):
    dependencies = [("partners", "0003_press_kit"), ("analytics", "0002_staff_permissions")]

    operations = [migrations.RunPython(grant, revoke)]
