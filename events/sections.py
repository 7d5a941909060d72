from django.utils.translation import gettext_lazy as _

from events.models import EventIndexPage, EventPage
from home.sections import card_section

UPCOMING_COUNT = 3


def upcoming_events(request, home, target_group=None):
    """Home page section: the next events, for the visitor's target group if chosen."""
    events = EventPage.objects.descendant_of(home).visible().upcoming()
    if target_group is not None:
        events = events.filter(target_groups=target_group)
    return card_section(
        slug="upcoming-events",
        heading=_("Coming up"),
        group_heading=_("Events for %(group)s"),
        items=events.for_cards()[:UPCOMING_COUNT],
        card_template="events/includes/event_card.html",
        all_label=_("All events"),
        index=EventIndexPage.objects.live().descendant_of(home).first,
        target_group=target_group,
    )
