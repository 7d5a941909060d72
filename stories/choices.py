"""The fixed vocabularies of stories and interviews."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Movement(models.TextChoices):
    CAME = "came", _("came to the region")
    STAYED = "stayed", _("stayed in the region")
    LEFT = "left", _("left the region")
    RETURNED = "returned", _("returned to the region")


class AgeBand(models.TextChoices):
    UNDER_18 = "u18", _("under 18")
    AGE_18_24 = "18-24", "18–24"
    AGE_25_34 = "25-34", "25–34"
    AGE_35_49 = "35-49", "35–49"
    AGE_50_64 = "50-64", "50–64"
    AGE_65_UP = "65+", _("65 and over")


class ConsentMethod(models.TextChoices):
    PAPER = "paper", _("recorded by staff")
    ONLINE = "online", _("given online via link")


class ConsentRequestState(models.TextChoices):
    PENDING = "pending", _("waiting for the interviewee")
    GIVEN = "given", _("consent given")
    WITHDRAWN = "withdrawn", _("consent withdrawn")
    EXPIRED = "expired", _("link expired")
    CANCELLED = "cancelled", _("replaced by a newer link")
