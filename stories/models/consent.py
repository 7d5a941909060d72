import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from stories.choices import ConsentMethod, ConsentRequestState


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
    method = models.CharField(
        _("method"), max_length=8, choices=ConsentMethod.choices, default=ConsentMethod.PAPER, editable=False
    )
    given_at = models.DateTimeField(_("given at"), null=True, blank=True, editable=False)
    text_hash = models.CharField(
        _("hash of the text agreed to"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("SHA-256 of the interview text the interviewee saw when agreeing online."),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)

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

    @property
    def is_online(self):
        return self.method == ConsentMethod.ONLINE

    def clean(self):
        if self.given_on and self.expires_on and self.expires_on < self.given_on:
            raise ValidationError({"expires_on": _("Consent cannot expire before it was given.")})
        if self.given_on and self.given_on > timezone.localdate():
            raise ValidationError({"given_on": _("Consent cannot be given in the future.")})

    def covers_web_on(self, day):
        return self.web and self.withdrawn_at is None and self.given_on <= day <= self.expires_on


class ConsentRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state=ConsentRequestState.PENDING, expires_at__gt=timezone.now())


class ConsentRequest(models.Model):
    """A signed link that asks an interviewee to read their interview and agree to its publication online.

    The address is personal data: it is kept only until the interviewee has given
    (and been mailed the confirmation) or withdrawn consent, or the link has
    expired, and then erased (``manage.py expire_consents``).
    """

    page = models.ForeignKey(
        "stories.InterviewPage", verbose_name=_("interview"), on_delete=models.CASCADE, related_name="consent_requests"
    )
    email = models.EmailField(_("e-mail of the interviewee"), blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=ConsentRequestState.choices, default=ConsentRequestState.PENDING
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(_("link sent at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("link valid until"), null=True, blank=True)
    consent = models.OneToOneField(
        InterviewConsent, null=True, blank=True, on_delete=models.SET_NULL, related_name="request"
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    # The mails about this request (outbox rows); deleted with it.
    mails = GenericRelation("home.OutgoingMail")

    objects = ConsentRequestQuerySet.as_manager()

    LINK_DAYS = 14

    class Meta:
        verbose_name = _("consent request")
        verbose_name_plural = _("consent requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {self.get_state_display()}"

    @property
    def is_open(self):
        return (
            self.state == ConsentRequestState.PENDING
            and self.expires_at is not None
            and self.expires_at > timezone.now()
        )

    def start(self, user=None):
        now = timezone.now()
        self.created_by = user
        self.sent_at = now
        self.expires_at = now + datetime.timedelta(days=self.LINK_DAYS)
        self.state = ConsentRequestState.PENDING
