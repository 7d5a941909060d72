from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from events.choices import HOLDS_A_PLACE, EventStatus
from home import api_fields as api
from home.blocks import BodyStreamBlock
from home.models.mixins import RegioBasePage
from home.models.translatable import canonical_choices
from home.models.vocabulary import AutoSlugMixin
from home.queries import RegioPageQuerySet


class EventPageQuerySet(RegioPageQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Events that have ended, latest first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def for_cards(self, *args, **kwargs):
        """Cards also say "full" or "waiting list": the places taken are counted in the same query."""
        taken = Count("registrations", filter=Q(registrations__status__in=HOLDS_A_PLACE), distinct=True)
        return super().for_cards(*args, **kwargs).annotate(places_taken_count=taken)


class EventSeries(AutoSlugMixin, models.Model):
    """A recurring event, such as the annual 'Regiodag'; each EventPage can be an edition."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def __str__(self):
        return self.name


class EventIndexPage(RoutablePageMixin, RegioBasePage):
    """Upcoming events first, then past ones; filters by target group, theme and month; an iCal feed."""

    content_panels = RegioBasePage.content_panels
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return EventPage.objects.child_of(self).visible()

    @path("")
    def index(self, request):
        from events.listing import EventListing

        listing = EventListing(self, request.GET)
        # The rendered listing is cached per filter choice for at most a minute, so events
        # move from "upcoming" to "past" on time; publishing bumps the content version.
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "listing_key": f"{listing.cache_key}:{listing.pages_key}:{int(listing.now.timestamp()) // 60}",
            },
        )

    def page_cache_seconds(self, request):
        """Events move from upcoming to past during the day: the cached index lives a minute."""
        return 60

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        from events.calendar import calendar_response

        upcoming = self.events().upcoming()
        return calendar_response(upcoming, request, "agenda.ics")


class EventPage(RoutablePageMixin, RegioBasePage):
    """An event with online registration that can never be overbooked."""

    objects = PageManager.from_queryset(EventPageQuerySet)()
    # Shown on every event page: fetched with the page when it is served (home/routing.py).
    serve_select_related = ("organiser", "series", "hero_image")

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("programme and description"))
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue_name = models.CharField(_("venue"), max_length=160, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True, help_text=_("Street, postcode and place."))
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For webinars or a live stream."))
    organiser = models.ForeignKey(
        "careers.Organisation",
        limit_choices_to=canonical_choices,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("organiser"),
        help_text=_("Empty: the regional agency itself."),
    )
    target_groups = ParentalManyToManyField(
        "home.TargetGroup",
        limit_choices_to=canonical_choices,
        blank=True,
        related_name="events",
        verbose_name=_("target groups"),
    )
    themes = ParentalManyToManyField(
        "home.Theme", limit_choices_to=canonical_choices, blank=True, related_name="events", verbose_name=_("themes")
    )
    series = models.ForeignKey(
        EventSeries,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="editions",
        verbose_name=_("series"),
        help_text=_("E.g. 'Regiodag': shows the other editions."),
    )
    event_status = models.CharField(
        _("event status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Places available. Empty: no limit.")
    )
    registration_opens = models.DateTimeField(
        _("registration opens"), null=True, blank=True, help_text=_("Empty: as soon as the page is published.")
    )
    registration_closes = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When full, people can join a waiting list and move up automatically."),
    )
    registration_enabled = models.BooleanField(_("online registration"), default=True)

    # Translations refer to the same (Dutch) shared content as the original (home/models/translatable.py).
    override_translatable_fields = [SynchronizedField("organiser"), SynchronizedField("series")]
    api_fields = [  # the partner API (partners/api.py)
        APIField("start"),
        APIField("end"),
        APIField("venue_name"),
        APIField("address"),
        APIField("organiser_name", serializer=api.name_of("organiser.name")),
        APIField("target_groups", serializer=api.slugs()),
        APIField("themes", serializer=api.slugs()),
        APIField("introduction"),
        APIField("image", serializer=api.picture()),
    ]
    content_panels = RegioBasePage.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("address"), FieldPanel("online_url")], heading=_("Where")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("series"),
                FieldPanel("event_status"),
                FieldPanel("target_groups"),
                FieldPanel("themes"),
            ],
            heading=_("About this event"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("questions", heading=_("Extra questions"), label=_("question")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("end"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.registration_opens and self.registration_closes and self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("Registration must close after it opens.")
        if not self.venue_name and not self.address and not self.online_url:
            errors["venue_name"] = _("Give a venue and address, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def attendance_mode(self):
        if self.online_url and (self.address or self.venue_name):
            return "MixedEventAttendanceMode"
        return "OnlineEventAttendanceMode" if self.online_url else "OfflineEventAttendanceMode"

    @property
    def closes_at(self):
        return self.registration_closes or self.start

    def registration_state(self, now=None):
        """'open', 'not_yet', 'closed' or 'off', for the form and its message."""
        now = now or timezone.now()
        if not self.registration_enabled or self.event_status == EventStatus.CANCELLED:
            return "off"
        if self.registration_opens and now < self.registration_opens:
            return "not_yet"
        if now >= self.closes_at:
            return "closed"
        return "open"

    def booking_event(self):
        """The version of this event that holds its registrations and capacity: the original in the default
        language. Every translation registers there, so the event can never be overbooked across languages."""
        from home.languages import default_locale_id

        default = default_locale_id()
        if self.locale_id == default:
            return self
        original = EventPage.objects.filter(translation_key=self.translation_key, locale_id=default).first()
        return original or self

    def places_taken(self):
        return self.registrations.filter(status__in=HOLDS_A_PLACE).count()

    def places_left(self):
        return None if self.capacity is None else max(0, self.capacity - self.places_taken())

    @property
    def search_label(self):
        return _("event")

    @property
    def card_status(self):
        """'full', 'waiting' or '' for a card, from the count annotated by ``for_cards()`` (no extra query)."""
        taken = getattr(self, "places_taken_count", None)
        if self.capacity is None or taken is None or taken < self.capacity:
            return ""
        return "waiting" if self.waiting_list else "full"

    def other_editions(self):
        if not self.series_id:
            return EventPage.objects.none()
        others = EventPage.objects.filter(series_id=self.series_id).exclude(pk=self.pk).visible()
        return others.for_cards().order_by("-start")

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        from events.structured_data import event_json_ld
        from home.caching import remember

        context = super().get_context(request, *args, **kwargs)
        if not hasattr(self, "places_left_now"):
            self.places_left_now = self.places_left()
        # Everything the structured data depends on that is not content is in the key.
        state = (self.places_left_now, self.registration_state(), self.end <= timezone.now())
        context["event_json_ld"] = remember(("event-json-ld", self.pk, *state), lambda: event_json_ld(self, request))
        return context

    def page_cache_seconds(self, request):
        """A cached event page lives until registration opens or closes or the event starts or ends."""
        from home.page_cache import seconds_until

        return seconds_until([self.registration_opens, self.registration_closes, self.start, self.end])

    @path("", name="event")
    def event(self, request):
        from events.views import event_page

        return event_page(self, request)

    @path("event.ics/", name="ics")
    def ics(self, request):
        from events.calendar import calendar_response

        return calendar_response([self], request, f"{self.slug}.ics")

    @path("afmelden/", name="cancel")
    def cancel(self, request):
        # The signed token travels in the query string: Wagtail's page URLs only take [\w-] segments.
        from events.views import cancel_page

        return cancel_page(self, request, (request.GET.get("t") or "")[:500])


class EventQuestion(TranslatableMixin, Orderable):
    """An extra question on the registration form, e.g. 'Which workshop do you choose?'.

    Translated with its event (question and choices); answers are stored under the Dutch
    original's question and choice, so the staff list is the same whatever language was used."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=200)
    choices = models.TextField(_("choices"), blank=True, help_text=_("One per line. Empty: a free text answer."))
    required = models.BooleanField(_("required"), default=False)

    panels = [FieldPanel("label"), FieldPanel("choices"), FieldPanel("required")]
    translatable_fields = [TranslatableField("label"), TranslatableField("choices"), SynchronizedField("required")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]
