import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ambassadors.choices import ActivityKind, Medium
from home.models.translatable import canonical_choices


class ActivityQuerySet(models.QuerySet):
    def in_year(self, year):
        return self.filter(date__year=year)

    def public(self):
        """What a profile shows: verified by staff, held, and meant to be public."""
        return self.filter(verified_at__isnull=False, public=True, date__lte=timezone.localdate())

    def for_user(self, user):
        """Everything for staff; an ambassador's own activities for an ambassador; nothing for anyone else."""
        if can_see_all_activities(user):
            return self
        return self.filter(ambassador__user=user) if user.is_authenticated else self.none()


def can_see_all_activities(user):
    return user.is_superuser or user.has_perm("ambassadors.verify_activity")


class Activity(models.Model):
    """What an ambassador did besides interviewing: a school visit, a fair, a talk, a media appearance."""

    ambassador = models.ForeignKey(
        "ambassadors.Ambassador", verbose_name=_("ambassador"), on_delete=models.CASCADE, related_name="activities"
    )
    kind = models.CharField(_("kind"), max_length=14, choices=ActivityKind.choices)
    title = models.CharField(
        _("title"), max_length=160, help_text=_("E.g. 'Guest lesson technology at Connect College'.")
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    place = models.CharField(_("place"), max_length=120, blank=True)
    audience = models.ForeignKey(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The target group that was reached."),
    )
    reach = models.PositiveIntegerField(
        _("estimated reach (people)"),
        default=0,
        validators=[MaxValueValidator(10_000_000)],
        help_text=_("How many people saw, heard or met you; an honest estimate."),
    )
    outlet = models.CharField(
        _("outlet"), max_length=120, blank=True, help_text=_("Media appearances: e.g. 'De Limburger' or 'L1 Radio'.")
    )
    medium = models.CharField(_("medium"), max_length=10, choices=Medium.choices, blank=True)
    url = models.URLField(_("link"), blank=True, help_text=_("Media appearances: where to read, hear or see it."))
    public = models.BooleanField(
        _("show on my public profile"), default=True, help_text=_("Shown once the editors have verified it.")
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-date", "-pk"]
        permissions = [("verify_activity", _("Can verify activities of every ambassador"))]
        indexes = [models.Index(fields=["ambassador", "date"])]

    def __str__(self):
        return f"{self.title} ({self.date:%d-%m-%Y})"

    @property
    def is_media(self):
        return self.kind == ActivityKind.MEDIA

    @property
    def verified(self):
        return self.verified_at is not None

    def clean(self):
        errors = {}
        if self.kind == ActivityKind.MEDIA:
            if not self.outlet:
                errors["outlet"] = _("Name the newspaper, station, site or podcast.")
            if not self.medium:
                errors["medium"] = _("Choose the medium of this appearance.")
        elif self.medium or self.outlet:
            errors["medium" if self.medium else "outlet"] = _("Only media appearances have an outlet and a medium.")
        if self.url and not self.url.lower().startswith(("https://", "http://")):
            errors["url"] = _("Enter a web address that starts with https://.")
        if self.date and self.date > timezone.localdate() + datetime.timedelta(days=366):
            errors["date"] = _("Log activities up to a year ahead at most.")
        if errors:
            raise ValidationError(errors)
