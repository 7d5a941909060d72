"""Newsletter and press list subscribers (only an address, a language and choices) and the weekly introduction."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def newsletter(self):
        return self.filter(mailing_list=MailingList.NEWSLETTER)

    def press(self):
        return self.filter(mailing_list=MailingList.PRESS)


class MailingList(models.TextChoices):
    NEWSLETTER = "newsletter", _("weekly newsletter")
    PRESS = "press", _("press list")


class Subscriber(models.Model):
    """A newsletter subscriber: an e-mail address and their choices, nothing else.

    Confirmed by a signed link (double opt-in); unconfirmed addresses are deleted after a week.
    Unsubscribing deletes the row. Only staff with the 'view subscriber' permission see the list."""

    email = models.EmailField(_("e-mail address"), max_length=254)
    mailing_list = models.CharField(
        _("list"), max_length=12, choices=MailingList.choices, default=MailingList.NEWSLETTER
    )
    language = models.CharField(_("language"), max_length=8, default="nl")
    target_groups = models.ManyToManyField(
        "home.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    themes = models.ManyToManyField("home.Theme", verbose_name=_("topics"), blank=True, related_name="+")
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last newsletter sent at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("mailing_list", read_only=True),
        FieldPanel("target_groups"),
        FieldPanel("themes"),
    ]

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
