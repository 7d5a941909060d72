"""Partners who re-use the region's content on their own sites, and the reach of their widgets.

A partner (a municipality, a school, an employer, the regional newspaper) gets embed codes
that name it (``?partner=<slug>``). Its widgets' views are counted per day without cookies
or anything personal (a 1-pixel image in the widget asks ``/embed/teller.gif``), and the
clicks through to the region's site are the landing views the analytics beacon records
with the widget's UTM tags (``utm_medium=widget``, ``utm_source=<partner>``), rolled up
daily into the same rows (``partners/stats.py``).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel
from wagtail.search import index

HOST = r"^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+(:\d{1,5})?$"


class PartnerKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    SCHOOL = "school", _("school or college")
    EMPLOYER = "employer", _("employer")
    MEDIA = "media", _("newspaper or media")
    OTHER = "other", _("other organisation")


class Widget(models.TextChoices):
    """The embeddable widgets; the value is the widget's address under /embed/."""

    VACANCIES = "vacatures", _("open vacancies")
    EVENTS = "evenementen", _("upcoming events")
    FACT = "feit", _("a fact")
    STORIES = "verhalen", _("latest stories")


class Partner(index.Indexed, models.Model):
    """An organisation that shows the region's widgets on its own site."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("partner code"),
        max_length=40,
        unique=True,
        blank=True,
        help_text=_(
            "Names the partner in its embed codes and in the links' utm_source. Lower case, no spaces; made from "
            "the name when empty. Changing it breaks the counting of embed codes already in use."
        ),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=PartnerKind.choices, default=PartnerKind.OTHER)
    website = models.URLField(_("website"), blank=True, max_length=300)
    embed_domains = models.TextField(
        _("sites that may show the widgets"),
        blank=True,
        help_text=_(
            "One host per line, e.g. 'www.roermond.nl' or '*.roermond.nl'. Browsers then show this partner's "
            "widgets only on those sites. Empty: any site may show them."
        ),
    )
    contact_note = models.CharField(
        _("contact at the partner"),
        max_length=200,
        blank=True,
        help_text=_("A department or role, e.g. 'Communication, municipality of Roermond'. No personal data."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("website")]),
        FieldPanel("embed_domains"),
        FieldPanel("contact_note"),
        HelpPanel(
            content=_(
                "Make the embed codes for this partner under Partners → Embed codes. Views and clicks of its "
                "widgets appear on the impact dashboard under 'Partner widgets'."
            )
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if not self.slug:
            self.slug = slugify(self.name)[:40]
        bad = [host for host in self.hosts() if not re.match(HOST, host)]
        if bad:
            message = _("Not a host name: %(hosts)s. Write it like www.roermond.nl.") % {"hosts": ", ".join(bad)}
            raise ValidationError({"embed_domains": message})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:40] or "partner"
        super().save(*args, **kwargs)

    def hosts(self):
        return [line.strip().lower() for line in self.embed_domains.splitlines() if line.strip()]

    def frame_ancestors(self):
        """CSP frame-ancestors sources for this partner's widgets (https, and http for older sites)."""
        return [f"{scheme}://{host}" for host in self.hosts() for scheme in ("https", "http")]


class WidgetStat(models.Model):
    """One widget of one partner on one day: views (counted as they happen) and clicks through (rolled up)."""

    day = models.DateField(db_index=True)
    partner = models.CharField(max_length=40, blank=True, help_text="The partner's code; empty: no partner named")
    widget = models.CharField(max_length=12, choices=Widget.choices)
    views = models.PositiveIntegerField(default=0)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "partner", "widget"], name="partners_widgetstat_per_day")]

    def __str__(self):
        return f"{self.day} {self.partner or '-'} {self.widget}: {self.views}/{self.clicks}"


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Subscriber(models.Model):
    """A newsletter subscriber: an e-mail address and their choices, nothing else.

    Confirmed by a signed link (double opt-in); unconfirmed addresses are deleted after a week.
    Unsubscribing deletes the row. Only staff with the 'view subscriber' permission see the list."""

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=8, default="nl")
    target_groups = models.ManyToManyField(
        "home.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    themes = models.ManyToManyField("home.Theme", verbose_name=_("topics"), blank=True, related_name="+")
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last newsletter sent at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    panels = [FieldPanel("email", read_only=True), FieldPanel("target_groups"), FieldPanel("themes")]

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self):
        return self.email


class NewsletterIntro(models.Model):
    """The editors' opening words for one week's newsletter, in each language (empty: no intro)."""

    week_of = models.DateField(
        _("week of"),
        unique=True,
        help_text=_("The Monday of the week this newsletter goes out."),
    )
    intro = models.TextField(_("introduction (Dutch)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    intro_de = models.TextField(_("introduction (German)"), blank=True)

    panels = [FieldPanel("week_of"), FieldPanel("intro"), FieldPanel("intro_en"), FieldPanel("intro_de")]

    class Meta:
        verbose_name = _("newsletter introduction")
        verbose_name_plural = _("newsletter introductions")
        ordering = ["-week_of"]

    def __str__(self):
        return str(self.week_of)

    def clean(self):
        if self.week_of and self.week_of.weekday() != 0:
            raise ValidationError({"week_of": _("Choose the Monday of the week.")})

    def in_language(self, language):
        return {"nl": self.intro, "en": self.intro_en, "de": self.intro_de}.get(language, "")
