"""The fixed vocabularies of events. The values are stored, and EventStatus's are schema.org's."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    SCHEDULED = "EventScheduled", _("scheduled")
    POSTPONED = "EventPostponed", _("postponed")
    CANCELLED = "EventCancelled", _("cancelled")


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("waiting list")
    CANCELLED = "cancelled", _("cancelled")
    ATTENDED = "attended", _("attended")


class Origin(models.TextChoices):
    REGION = "region", _("inside the region")
    NETHERLANDS = "netherlands", _("rest of the Netherlands")
    ABROAD = "abroad", _("abroad")


HOLDS_A_PLACE = (Status.CONFIRMED, Status.ATTENDED)
