from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import MailState


class OutgoingMail(models.Model):
    """One e-mail to one person about one record (a registration, a job alert): the outbox.

    It holds no personal data: only which record and which kind of mail. The
    worker renders the message from the record when it sends, so deleting or
    anonymising the record leaves nothing to send and nothing in the queue
    (``GenericRelation`` on the record deletes these rows with it).
    """

    kind = models.CharField(_("kind"), max_length=60)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(
        _("details"),
        default=dict,
        blank=True,
        help_text=_("What the mail is about, without personal data (e.g. career ids)."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        default="nl",
        help_text=_("The language the mail is written in: the one the visitor used on the site."),
    )
    state = models.CharField(_("state"), max_length=10, choices=MailState.choices, default=MailState.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_at = models.DateTimeField(_("sending since"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    task_ids = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"]),
            models.Index(fields=["state", "next_attempt_at"]),
        ]

    def __str__(self):
        return f"{self.kind} #{self.object_id}"
