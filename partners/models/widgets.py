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
