"""The two groups a fresh install has (made by migration 0002), and who is who."""

from django.contrib.auth import get_user_model

AMBASSADOR_GROUP = "Ambassadeurs"
STAFF_GROUP = "Redactie"
WORKFLOW_NAME = "Ambassadeursreview"
TASK_NAME = "Review door de redactie"


def is_staff_editor(user):
    """Communication staff: may review, edit and publish everything editorial."""
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=STAFF_GROUP).exists())


def ambassador_of(user):
    """The Ambassador linked to this login, or None."""
    if not user.is_authenticated:
        return None
    from ambassadors.models import Ambassador

    return Ambassador.objects.filter(user=user).first()


def staff_addresses():
    """E-mail addresses of active communication staff, for notifications."""
    users = get_user_model().objects.filter(is_active=True, groups__name=STAFF_GROUP).exclude(email="")
    return sorted({user.email for user in users})
