from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.queries import with_card_images, without_view_restrictions

UPCOMING_COUNT = 3


def upcoming_events(request, home, target_group=None):
    """Home page section: the next events, for the visitor's target group if chosen."""
    from events.models import EventIndexPage, EventPage

    events = without_view_restrictions(EventPage.objects.live().descendant_of(home)).filter(end__gte=timezone.now())
    if target_group is not None:
        events = events.filter(target_groups=target_group)
    return {
        "template": "events/includes/upcoming_events.html",
        "heading": _("Coming up"),
        "events": with_card_images(events.order_by("start", "pk"))[:UPCOMING_COUNT],
        "index": EventIndexPage.objects.live().descendant_of(home).first,
        "target_group": target_group,
    }
