"""The fixed vocabularies of ambassadors and their activities."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Engagement(models.TextChoices):
    EMPLOYED = "employed", _("employed by the agency")
    VOLUNTEER = "volunteer", _("volunteer")


class ActivityKind(models.TextChoices):
    SCHOOL_VISIT = "school", _("school visit")
    FAIR = "fair", _("fair")
    PRESENTATION = "presentation", _("presentation")
    NETWORK = "network", _("network meeting")
    MEDIA = "media", _("media appearance")
    OTHER = "other", _("other")


class Medium(models.TextChoices):
    NEWSPAPER = "newspaper", _("newspaper")
    RADIO = "radio", _("radio")
    TV = "tv", _("TV")
    ONLINE = "online", _("online")
    PODCAST = "podcast", _("podcast")


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    AWAITING = "awaiting", _("awaiting review")
    CHANGES = "changes", _("changes requested")
    PUBLISHED = "published", _("published")
