"""Reach without personal data: raw page views (kept N days), daily rollups, campaigns and their links.

A page view stores what was seen, when (date and hour), where from (the referrer's
domain and the campaign's UTM tags), on what kind of device, in what language, and
the target group the visitor chose themselves. It never stores an IP address, a user
agent or a cookie. Unique visitors per day are counted with a hash of a secret salt
of that day, the IP address, the user agent and the site; salts are deleted after 48
hours, so a hash cannot be traced back to anyone afterwards, nor linked across days.
"""

import secrets
import urllib.parse

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from analytics.choices import OFFLINE_CHANNELS, Channel, Device


class DailySalt(models.Model):
    """The secret of one day for counting unique visitors; deleted after 48 hours."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return str(self.day)

    @classmethod
    def for_day(cls, day):
        salt, _created = cls.objects.get_or_create(day=day, defaults={"salt": secrets.token_hex(32)})
        return salt.salt


class PageView(models.Model):
    """One view of a public page, as the beacon reported it; rolled up daily and deleted after N days."""

    day = models.DateField(db_index=True)
    hour = models.PositiveSmallIntegerField(validators=[MaxValueValidator(23)])
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    referrer = models.CharField(max_length=100, blank=True)
    utm_source = models.CharField(max_length=100, blank=True)
    utm_medium = models.CharField(max_length=100, blank=True)
    utm_campaign = models.CharField(max_length=100, blank=True)
    utm_content = models.CharField(max_length=100, blank=True)
    utm_term = models.CharField(max_length=100, blank=True)
    campaign = models.ForeignKey("analytics.Campaign", null=True, on_delete=models.SET_NULL, related_name="+")
    link = models.ForeignKey("analytics.CampaignLink", null=True, on_delete=models.SET_NULL, related_name="+")
    device = models.CharField(max_length=8, choices=Device.choices)
    language = models.CharField(max_length=8, blank=True)
    target_group = models.ForeignKey("home.TargetGroup", null=True, on_delete=models.SET_NULL, related_name="+")
    goal = models.CharField(max_length=16, blank=True)
    visitor = models.CharField(max_length=16)

    def __str__(self):
        return f"{self.day} {self.hour}:00 page {self.page_id}"


class DailyStat(models.Model):
    """Views, unique visitors and conversions of one day, per page, campaign, link, declared group and device."""

    day = models.DateField(db_index=True)
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    campaign = models.ForeignKey("analytics.Campaign", null=True, on_delete=models.SET_NULL, related_name="+")
    link = models.ForeignKey("analytics.CampaignLink", null=True, on_delete=models.SET_NULL, related_name="+")
    target_group = models.ForeignKey("home.TargetGroup", null=True, on_delete=models.SET_NULL, related_name="+")
    device = models.CharField(max_length=8, choices=Device.choices)
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    conversions = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day} page {self.page_id}: {self.views}"


class DailyCampaignStat(models.Model):
    """A campaign's day: views, unique visitors and conversions, per link (and, with no link, the whole campaign)."""

    day = models.DateField(db_index=True)
    campaign = models.ForeignKey("analytics.Campaign", on_delete=models.CASCADE, related_name="+")
    link = models.ForeignKey("analytics.CampaignLink", null=True, on_delete=models.CASCADE, related_name="+")
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    conversions = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day} campaign {self.campaign_id}: {self.visitors}"


class DailyGroupStat(models.Model):
    """Unique visitors of one day per target group, counted by one method (self-declared, campaign or content)."""

    METHODS = [("declared", _("self-declared")), ("campaign", _("campaign")), ("content", _("content"))]

    day = models.DateField(db_index=True)
    target_group = models.ForeignKey("home.TargetGroup", on_delete=models.CASCADE, related_name="+")
    method = models.CharField(max_length=8, choices=METHODS)
    visitors = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day} {self.method} {self.target_group_id}: {self.visitors}"


class DailyTotal(models.Model):
    """The whole site on one day: views, exact unique visitors, and those that came through a campaign."""

    day = models.DateField(unique=True)
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    campaign_visitors = models.PositiveIntegerField(default=0)
    outside_campaign_visitors = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day}: {self.visitors}"


class GoalCount(models.Model):
    """Counts of goals no other record keeps (poster downloads), per day."""

    day = models.DateField()
    goal = models.CharField(max_length=16)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "goal"], name="analytics_goal_per_day")]

    def __str__(self):
        return f"{self.day} {self.goal}: {self.count}"


class Campaign(ClusterableModel):
    """A campaign of the communication plan: objective, audience, channels, period, budget and KPI targets."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("campaign code"),
        max_length=60,
        unique=True,
        help_text=_("Used as utm_campaign in every link of this campaign. Lower case, no spaces."),
    )
    objective = models.TextField(_("objective"), blank=True)
    target_groups = ParentalManyToManyField("home.TargetGroup", verbose_name=_("target groups"), blank=True)
    outside_region = models.BooleanField(
        _("aimed at people outside the region"),
        default=False,
        help_text=_("Visits from this campaign count as reach outside the region."),
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    budget = models.DecimalField(_("budget (euro)"), max_digits=10, decimal_places=2, null=True, blank=True)
    kpi_visits = models.PositiveIntegerField(_("target: visits"), null=True, blank=True)
    kpi_conversions = models.PositiveIntegerField(_("target: conversions"), null=True, blank=True)
    landing_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("landing page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the campaign's links lead, unless a link says otherwise."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("objective"),
        FieldPanel("target_groups"),
        FieldPanel("outside_region"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel(
            [FieldPanel("budget"), FieldRowPanel([FieldPanel("kpi_visits"), FieldPanel("kpi_conversions")])],
            heading=_("Budget and targets"),
        ),
        FieldPanel("landing_page"),
        InlinePanel(
            "links",
            heading=_("Links and QR codes"),
            label=_("link"),
            help_text=_("One per channel or piece of offline material; each gets a tagged link and a QR code."),
        ),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_on", "name"]
        permissions = [("view_impact_dashboard", _("Can view the impact dashboard"))]

    def __str__(self):
        return self.name


class CampaignLink(Orderable):
    """A tagged link for one channel or piece of material (a poster, a flyer, a fair stand), with a QR code."""

    campaign = ParentalKey(Campaign, on_delete=models.CASCADE, related_name="links")
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    label = models.CharField(
        _("label"), max_length=80, help_text=_("E.g. 'Poster station Roermond' or 'Instagram, week 12'.")
    )
    code = models.SlugField(_("link code"), max_length=60, blank=True, help_text=_("utm_content; made from the label."))
    landing_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("landing page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the campaign's landing page (or the home page)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("channel"), FieldPanel("label")]),
        FieldPanel("code"),
        FieldPanel("landing_page"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("campaign link")
        verbose_name_plural = _("campaign links")
        constraints = [models.UniqueConstraint(fields=["campaign", "code"], name="analytics_link_code_per_campaign")]

    def __str__(self):
        return f"{self.campaign} – {self.label}"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = slugify(self.label)[:60] or self.channel
        super().save(*args, **kwargs)

    @property
    def is_offline(self):
        return self.channel in OFFLINE_CHANNELS

    def utm(self):
        return {
            "utm_source": self.channel,
            "utm_medium": "print" if self.is_offline else "online",
            "utm_campaign": self.campaign.slug,
            "utm_content": self.code or slugify(self.label)[:60],
        }

    def url(self, root_url=""):
        page = self.landing_page or self.campaign.landing_page
        base = page.get_full_url() if page else (root_url.rstrip("/") + "/")
        return f"{base}?{urllib.parse.urlencode(self.utm())}"


@register_setting(icon="pick")
class ImpactSettings(BaseSiteSetting):
    """Yearly goals for the impact dashboard, and how long raw page views are kept."""

    goal_interviews = models.PositiveIntegerField(_("interviews"), default=25)
    goal_registrations = models.PositiveIntegerField(_("event registrations"), default=1000)
    goal_outside_share = models.PositiveSmallIntegerField(
        _("share of registrants from outside the region (%)"), default=25, validators=[MaxValueValidator(100)]
    )
    goal_apply_clicks = models.PositiveIntegerField(_("career apply clicks"), default=2000)
    goal_job_alerts = models.PositiveIntegerField(_("job-alert sign-ups"), default=300)
    goal_media = models.PositiveIntegerField(_("media appearances"), default=12)
    goal_visitors = models.PositiveIntegerField(_("unique visitors"), default=50000)
    goal_outside_visits = models.PositiveIntegerField(_("visits from campaigns aimed outside the region"), default=5000)
    raw_retention_days = models.PositiveSmallIntegerField(
        _("keep raw page views (days)"),
        default=30,
        validators=[MinValueValidator(2), MaxValueValidator(365)],
        help_text=_("Raw views are rolled up daily; older ones are deleted."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal_interviews"), FieldPanel("goal_media")]),
                FieldRowPanel([FieldPanel("goal_registrations"), FieldPanel("goal_outside_share")]),
                FieldRowPanel([FieldPanel("goal_apply_clicks"), FieldPanel("goal_job_alerts")]),
                FieldRowPanel([FieldPanel("goal_visitors"), FieldPanel("goal_outside_visits")]),
            ],
            heading=_("Yearly goals"),
        ),
        FieldPanel("raw_retention_days"),
    ]

    class Meta:
        verbose_name = _("reach and impact")


# Research surveys --------------------------------------------------------------


class Relation(models.TextChoices):
    LIVES_HERE = "lives", _("I live in the region")
    USED_TO = "used_to", _("I used to live in the region")
    NEVER = "never", _("I have never lived in the region")


class Consider(models.TextChoices):
    YES = "yes", _("yes")
    MAYBE = "maybe", _("maybe")
    NO = "no", _("no")


class SurveyField(AbstractFormField):
    """An extra question the editor adds to a survey."""

    page = ParentalKey("analytics.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")


class SurveyPage(AbstractForm):
    """Research: why people leave the region or settle here. Standard questions plus the editor's own.

    Answers are stored as SurveyResponse (structured, aggregated on the impact
    dashboard by target group and origin). No e-mail address is kept unless the
    respondent asks to hear about the results. One answer per visit of the form:
    the form carries a signed one-time token, no cookie.
    """

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(_("thank-you text"), blank=True)

    content_panels = AbstractForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "form_fields",
            label=_("extra question"),
            heading=_("Extra questions"),
            help_text=_(
                "Postcode, target group, reasons, whether they live here and whether they would consider it are "
                "always asked; add your own questions here."
            ),
        ),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "analytics/survey_page.html"
    landing_page_template = "analytics/survey_page_landing.html"

    class Meta:
        verbose_name = _("research survey")

    def get_form(self, *args, **kwargs):
        from analytics.survey import add_standard_fields

        form = super().get_form(*args, **kwargs)
        add_standard_fields(form)
        return form

    def process_form_submission(self, form):
        from analytics.survey import store

        return store(self, form)

    def serve(self, request, *args, **kwargs):
        from analytics.survey import serve

        return serve(self, request, super().serve, *args, **kwargs)


class SurveyResponse(models.Model):
    """One respondent's answers; personal only if they opted in to hear about the results (their e-mail)."""

    page = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="responses")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    token = models.CharField(max_length=64, unique=True)
    origin = models.CharField(max_length=12, blank=True)
    target_group = models.ForeignKey("home.TargetGroup", null=True, on_delete=models.SET_NULL, related_name="+")
    relation = models.CharField(max_length=8, choices=Relation.choices)
    consider = models.CharField(max_length=6, choices=Consider.choices, blank=True)
    reasons = models.ManyToManyField("home.Reason", blank=True, related_name="+")
    answers = models.JSONField(default=dict, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self):
        return f"{self.page_id} {self.created_at:%Y-%m-%d}"
