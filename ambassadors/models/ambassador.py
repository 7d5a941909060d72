from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.search import index

from ambassadors.choices import Engagement
from home.models.translatable import canonical_choices


class AmbassadorQuerySet(models.QuerySet):
    def active(self, on=None):
        """Ambassadors who are active on that day (today by default)."""
        on = on or timezone.localdate()
        return self.filter(Q(active_until__isnull=True) | Q(active_until__gte=on), active_from__lte=on)


class Ambassador(index.Indexed, ClusterableModel):
    """Someone who promotes the region: interviews people, visits schools and fairs, speaks to the media."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ambassador",
        help_text=_("The login the ambassador uses. Add it to the group 'Ambassadeurs'."),
    )
    name = models.CharField(_("public name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, blank=True, help_text=_("The profile's address; made from the name.")
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, at least 600 × 600 pixels."),
    )
    bio = models.TextField(_("short bio"), max_length=600, blank=True, help_text=_("Two or three sentences."))
    municipality = models.ForeignKey(
        "home.Municipality",
        limit_choices_to=canonical_choices,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ambassadors",
    )
    themes = ParentalManyToManyField(
        "home.Theme",
        limit_choices_to=canonical_choices,
        verbose_name=_("themes"),
        blank=True,
        related_name="ambassadors",
    )
    engagement = models.CharField(
        _("employed or volunteer"), max_length=10, choices=Engagement.choices, default=Engagement.EMPLOYED
    )
    active_from = models.DateField(_("active from"), default=timezone.localdate)
    active_until = models.DateField(
        _("active until"), null=True, blank=True, help_text=_("Leave empty while the ambassador is active.")
    )
    yearly_target = models.PositiveSmallIntegerField(
        _("own yearly target"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Interviews per year for this ambassador. Empty: the site's target (Settings › Ambassadors)."),
    )

    objects = AmbassadorQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("user"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("engagement")]),
        FieldPanel("themes"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")]), FieldPanel("yearly_target")],
            heading=_("Period and target"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("ambassador")
        verbose_name_plural = _("ambassadors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.active_until and self.active_from and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("An ambassador cannot stop before they started.")})
        if not self.slug:
            self.slug = unique_slug(self.name, exclude=self.pk)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, exclude=self.pk)
        super().save(*args, **kwargs)

    def is_active(self, on=None):
        on = on or timezone.localdate()
        return self.active_from <= on and (self.active_until is None or on <= self.active_until)

    def target(self, site_target):
        return self.yearly_target or site_target


def unique_slug(name, exclude=None):
    base = slugify(name)[:70] or "ambassadeur"
    slug, n = base, 1
    while Ambassador.objects.filter(slug=slug).exclude(pk=exclude).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@register_setting(icon="group")
class AmbassadorSettings(BaseSiteSetting):
    yearly_interview_target = models.PositiveSmallIntegerField(
        _("interviews per ambassador per year"),
        default=25,
        validators=[MinValueValidator(1)],
        help_text=_("Each ambassador's target, unless their profile sets their own."),
    )

    panels = [FieldPanel("yearly_interview_target")]

    class Meta:
        verbose_name = _("ambassadors")
