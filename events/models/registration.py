from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.choices import Origin, Status
from home.models.translatable import canonical_choices


class Registration(models.Model):
    """One person's sign-up for one event. Personal fields are emptied after the event (anonymise_registrations)."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    target_group = models.ForeignKey(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("target group"),
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    origin = models.CharField(_("comes from"), max_length=12, choices=Origin.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    consent_at = models.DateTimeField(_("agreed to the privacy statement"), null=True, blank=True)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    # The mails about this registration (outbox rows); deleted with it.
    mails = GenericRelation("home.OutgoingMail")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One active registration per address per event (cancelled and anonymised ones excepted).
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & ~Q(email=""),
                name="events_one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status"])]

    @property
    def answers_text(self):
        """The answers to the event's questions on one line (for exports)."""
        return "; ".join(f"{question}: {answer}" for question, answer in self.answers.items())

    def __str__(self):
        return f"{self.name or _('(anonymised)')} – {self.event_id}"
