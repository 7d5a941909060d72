from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="openquote")
class StorySettings(BaseSiteSetting):
    yearly_interview_target = models.PositiveSmallIntegerField(
        _("interviews per year"),
        default=25,
        validators=[MinValueValidator(1)],
        help_text=_("How many interviews the agency aims to publish each calendar year."),
    )
    consent_warning_days = models.PositiveSmallIntegerField(
        _("warn about consent expiry (days)"),
        default=30,
        help_text=_("Interviews whose consent expires within this many days are listed on the dashboard."),
    )

    consent_years = models.PositiveSmallIntegerField(
        _("online consent is valid for (years)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("Consent given online through a link ends after this many years; the interviewee sees the date."),
    )

    class Meta:
        verbose_name = _("stories and interviews")
