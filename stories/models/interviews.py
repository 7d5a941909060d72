"""Interviews: stories with an interviewee, published only while they consent to it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models.translatable import canonical_choices
from stories.choices import AgeBand, ConsentMethod, Movement
from stories.forms import InterviewPageForm
from stories.models.consent import InterviewConsent
from stories.models.pages import StoryPage
from stories.panels import ConsentRequestPanel


class InterviewPage(StoryPage):
    """An interview with someone who lives, learns or works in the region."""

    interviewee_name = models.CharField(_("name"), max_length=120)
    interviewee_role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("E.g. 'process operator' or 'second-year student'.")
    )
    interviewee_organisation = models.CharField(_("organisation or school"), max_length=160, blank=True)
    interviewee_municipality = models.ForeignKey(
        "home.Municipality",
        limit_choices_to=canonical_choices,
        verbose_name=_("lives in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices, blank=True)
    speaks_for = models.ForeignKey(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        verbose_name=_("speaks for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The target group this person speaks to and for."),
    )
    pull_quote = models.TextField(_("pull quote"), blank=True, help_text=_("One striking sentence, shown large."))
    portrait = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A photo of the interviewee, shown beside their name. Only with their consent for the photo; "
            "the image's description is read out to people who cannot see it."
        ),
    )
    reasons = ParentalManyToManyField(
        "home.Reason",
        limit_choices_to=canonical_choices,
        verbose_name=_("reasons"),
        blank=True,
        related_name="interviews",
        help_text=_("Why they came, stayed, left or returned: used for the agency's insight."),
    )
    movement = models.CharField(_("relation to the region"), max_length=10, choices=Movement.choices, blank=True)
    interview_date = models.DateField(
        _("interview date"),
        null=True,
        blank=True,
        help_text=_("The day of the conversation; it counts towards the ambassador's target from then."),
    )
    notes = models.TextField(
        _("interview notes"),
        blank=True,
        help_text=_("For the writer and the editors only; never published."),
    )

    # Translations refer to the same (Dutch) shared content as the original (home/models/translatable.py).
    override_translatable_fields = [
        SynchronizedField("municipality"),
        SynchronizedField("interviewee_municipality"),
        SynchronizedField("speaks_for"),
    ]
    base_form_class = InterviewPageForm
    content_panels = StoryPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("interviewee_name"), FieldPanel("age_band")]),
                FieldRowPanel([FieldPanel("interviewee_role"), FieldPanel("interviewee_organisation")]),
                FieldRowPanel([FieldPanel("interviewee_municipality"), FieldPanel("speaks_for")]),
                FieldPanel("portrait"),
                FieldPanel("pull_quote"),
            ],
            heading=_("Interviewee"),
        ),
        MultiFieldPanel(
            [FieldPanel("movement"), FieldPanel("reasons")],
            heading=_("Why here (or not)"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("interview_date"),
                        FieldPanel(
                            "ambassador", heading=_("interviewed by"), permission="ambassadors.change_ambassador"
                        ),
                    ]
                ),
                FieldPanel("notes"),
            ],
            heading=_("Interview"),
        ),
        ConsentRequestPanel(heading=_("Consent online")),
        InlinePanel(
            "consents",
            heading=_("Consent"),
            label=_("consent"),
            help_text=_(
                "An interview can only be published with the interviewee's consent for the website. "
                "Record paper consent here; consent given online is added by itself and cannot be changed here."
            ),
        ),
    ]
    search_fields = StoryPage.search_fields + [
        index.SearchField("interviewee_name"),
        index.SearchField("interviewee_organisation"),
        index.SearchField("pull_quote"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")

    def with_content_json(self, content):
        """A revision as a page, with the consents given online as they are now.

        Online consents are recorded outside the editor (by the interviewee), so a
        revision saved before may lack them or show them before a withdrawal. The
        database is the only truth for them: publishing an older revision keeps them.
        """
        obj = super().with_content_json(content)
        if self.pk:
            online = list(InterviewConsent.objects.filter(page_id=self.pk, method=ConsentMethod.ONLINE))
            paper = [consent for consent in obj.consents.all() if consent.method != ConsentMethod.ONLINE]
            obj.consents = paper + online
        return obj

    def valid_consent(self, on=None):
        """The consent that allows this interview on the website on that day, if any."""
        on = on or timezone.localdate()
        for consent in self.consents.all():
            if consent.covers_web_on(on):
                return consent
        return None

    def serve(self, request, *args, **kwargs):
        # From the moment the consent ends the interview is not served, also before the daily
        # expire_consents command unpublishes it. Previews (editors) still work.
        if not getattr(request, "is_preview", False) and not self.valid_consent():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.valid_consent() else []

    def consent_expires_on(self):
        consent = self.valid_consent()
        return consent.expires_on if consent else None

    def save(self, *args, **kwargs):
        # The last guard: whatever publishes (admin, workflow, scheduler, code),
        # a live interview is never stored without consent. The admin form shows
        # the same message next to the form before it gets here.
        if self.live and not self.valid_consent():
            raise ValidationError(NO_CONSENT_MESSAGE)
        return super().save(*args, **kwargs)


def interviews_without_consent(today):
    """Ids of live interviews that have no consent for the website on ``today``."""
    valid = InterviewConsent.objects.filter(
        page=OuterRef("pk"), web=True, given_on__lte=today, expires_on__gte=today, withdrawn_at__isnull=True
    )
    return InterviewPage.objects.live().filter(~Exists(valid)).values_list("pk", flat=True)


NO_CONSENT_MESSAGE = _(
    "This interview cannot be published: there is no valid consent of the interviewee for the "
    "website. Record it under 'Consent' (given on, expires on, website ticked)."
)
