"""The fixed vocabularies of reach and impact."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Device(models.TextChoices):
    MOBILE = "mobile", _("mobile")
    TABLET = "tablet", _("tablet")
    DESKTOP = "desktop", _("desktop")


class Channel(models.TextChoices):
    POSTER = "poster", _("poster")
    FLYER = "flyer", _("flyer")
    FAIR_STAND = "fair", _("fair stand")
    NEWSPAPER_AD = "newspaper", _("newspaper ad")
    SOCIAL = "social", _("social media")
    NEWSLETTER = "newsletter", _("newsletter")
    WEBSITE = "website", _("partner website")
    OTHER = "other", _("other")


OFFLINE_CHANNELS = {Channel.POSTER, Channel.FLYER, Channel.FAIR_STAND, Channel.NEWSPAPER_AD}


class Goal(models.TextChoices):
    APPLY_CLICK = "apply", _("career apply clicks")
    REGISTRATION = "registration", _("event registrations")
    JOB_ALERT = "alert", _("job-alert sign-ups")
    POSTER_DOWNLOAD = "poster", _("poster downloads")
    PRESS_DOWNLOAD = "press", _("press kit downloads")
    INTERVIEW = "interview", _("interviews held")
    MEDIA = "media", _("media appearances")
