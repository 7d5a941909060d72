from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.caching import remember
from home.colours import HEX_RE, INK, WHITE, contrast_ratio

hex_colour = RegexValidator(HEX_RE, _("Enter a colour as #rrggbb, e.g. #0b5d4b."))

# (field, text colour it carries, label) for the WCAG AA contrast check.
COLOUR_PAIRS = (
    ("primary_colour", WHITE, _("white text")),
    ("secondary_colour", WHITE, _("white text")),
    ("accent_colour", INK, _("dark text")),
)
MIN_CONTRAST = 4.5


@register_setting(icon="site")
class RegioSettings(BaseSiteSetting):
    """Who the site speaks for and how it looks: editable per site."""

    select_related = ["logo", "share_image", "privacy_page", "accessibility_page"]

    organisation_name = models.CharField(
        _("organisation"),
        max_length=120,
        default="Regio",
        help_text=_("The agency behind the site, used in the footer and in search engines."),
    )
    region_name = models.CharField(_("region"), max_length=120, default="Mijn regio")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    tagline_en = models.CharField(
        _("tagline in English"), max_length=200, blank=True, help_text=_("Shown on the English pages (/en/).")
    )
    tagline_de = models.CharField(
        _("tagline in German"), max_length=200, blank=True, help_text=_("Shown on the German pages (/de/).")
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#0b5d4b",
        validators=[hex_colour],
        help_text=_("Header, buttons and links; carries white text."),
    )
    secondary_colour = models.CharField(
        _("secondary colour"),
        max_length=7,
        default="#2b2d6e",
        validators=[hex_colour],
        help_text=_("Footer and dark sections; carries white text."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#f2b705",
        validators=[hex_colour],
        help_text=_("Highlights such as fact figures; carries dark text."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    share_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("default share image"),
        help_text=_("Shown when a page without its own image is shared on social media."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and from every form that asks for personal data."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("region_name"),
                FieldPanel("tagline"),
                FieldRowPanel([FieldPanel("tagline_en"), FieldPanel("tagline_de")]),
                FieldPanel("logo"),
            ],
            heading=_("Identity"),
            help_text=_(
                "Organisation and region are names: the same in every language. The tagline has a version per "
                "language; an empty one shows the Dutch tagline."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("primary_colour"), FieldPanel("secondary_colour"), FieldPanel("accent_colour")]
                )
            ],
            heading=_("Colours"),
            help_text=_("Checked against WCAG 2.1 AA: each colour needs a contrast of at least 4.5:1 with its text."),
        ),
        FieldPanel("share_image"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("privacy_page"), FieldPanel("accessibility_page")], heading=_("Statements")),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("region settings")

    def clean(self):
        super().clean()
        errors = {}
        for field, text_colour, text_label in COLOUR_PAIRS:
            value = getattr(self, field)
            if not value or not HEX_RE.match(value):
                continue
            ratio = contrast_ratio(value, text_colour)
            if ratio < MIN_CONTRAST:
                errors[field] = _("Too little contrast with %(text)s: %(ratio).1f:1, at least 4.5:1 is needed.") % {
                    "text": text_label,
                    "ratio": ratio,
                }
        if errors:
            raise ValidationError(errors)

    @classmethod
    def for_site(cls, site):
        """The site's settings, kept in the cache: every page needs them."""
        if site is None:
            return super().for_site(site)
        return remember(("settings", site.pk), lambda: super(RegioSettings, cls).for_site(site))

    @property
    def tagline_in_language(self):
        """The tagline in the page's language, or the Dutch one when that is empty."""
        return getattr(self, f"tagline_{get_language()}", "") or self.tagline

    @property
    def social_urls(self):
        return [u for u in (self.linkedin_url, self.instagram_url, self.facebook_url, self.youtube_url) if u]
