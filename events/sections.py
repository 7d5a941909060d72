from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventIndexPage, EventPage
from home.queries import visible, with_card_images
from home.sections import card_section

UPCOMING_COUNT = 3


def upcoming_events(request, home, target_group=None):
    """Home page section: the next events, for the visitor's target group if chosen."""
    events = visible(EventPage.objects.descendant_of(home)).filter(end__gte=timezone.now())
    if target_group is not None:
        events = events.filter(target_groups=target_group)
    return card_section(
        slug="upcoming-events",
        heading=_("Coming up"),
        group_heading=_("Events for %(group)s"),
        items=with_card_images(events.order_by("start", "pk"))[:UPCOMING_COUNT],
        card_template="events/includes/event_card.html",
        all_label=_("All events"),
        index=EventIndexPage.objects.live().descendant_of(home).first,
        target_group=target_group,
    )
