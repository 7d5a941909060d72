from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class InterviewConsent(Orderable):
    """The interviewee's recorded consent to publish the interview."""

    page = ParentalKey("stories.InterviewPage", on_delete=models.CASCADE, related_name="consents")
    given_on = models.DateField(_("given on"), help_text=_("Date the interviewee gave consent."))
    expires_on = models.DateField(
        _("expires on"),
        help_text=_("After this date the interview is taken offline automatically."),
    )
    web = models.BooleanField(_("website"), default=True)
    print = models.BooleanField(_("print"), default=False)
    social = models.BooleanField(_("social media"), default=False)
    how = models.CharField(
        _("how it was recorded"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'signed form, filed in the interview folder' or 'e-mail of 3 March'."),
    )

    panels = [
        FieldRowPanel([FieldPanel("given_on"), FieldPanel("expires_on")]),
        FieldRowPanel([FieldPanel("web"), FieldPanel("print"), FieldPanel("social")]),
        FieldPanel("how"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return f"{self.given_on} – {self.expires_on}"

    def clean(self):
        if self.given_on and self.expires_on and self.expires_on < self.given_on:
            raise ValidationError({"expires_on": _("Consent cannot expire before it was given.")})
        if self.given_on and self.given_on > timezone.localdate():
            raise ValidationError({"given_on": _("Consent cannot be given in the future.")})

    def covers_web_on(self, day):
        return self.web and self.given_on <= day <= self.expires_on
