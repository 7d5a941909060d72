"""What visitors do with careers: apply clicks (no personal data) and job alerts."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApplyClick(models.Model):
    """One click on an apply button: which career and when, nothing about who."""

    career = models.ForeignKey("careers.CareerPage", on_delete=models.CASCADE, related_name="apply_clicks")
    clicked_at = models.DateTimeField(_("clicked at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("apply click")
        verbose_name_plural = _("apply clicks")

    def __str__(self):
        return f"{self.career_id} @ {self.clicked_at:%Y-%m-%d %H:%M}"


class JobAlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class JobAlert(models.Model):
    """A saved career search that sends a weekly e-mail with new matches, after double opt-in."""

    index = models.ForeignKey("careers.CareerIndexPage", on_delete=models.CASCADE, related_name="alerts")
    email = models.EmailField(_("e-mail address"))
    query = models.JSONField(
        _("search"), default=dict, help_text=_("The filters and search words of the saved search.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)
    language = models.CharField(
        _("language"), max_length=8, default="nl", help_text=_("The digests go out in the language of the sign-up.")
    )
    # The mails about this alert (outbox rows); deleted with it.
    mails = GenericRelation("home.OutgoingMail")

    objects = JobAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("job alert")
        verbose_name_plural = _("job alerts")
        indexes = [models.Index(fields=["email"])]

    def __str__(self):
        return f"{self.pk}"
