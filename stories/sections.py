from django.utils.translation import gettext_lazy as _

from home.sections import card_section
from stories.models import StoryIndexPage, StoryPage

LATEST_COUNT = 3


def latest_stories(request, home, target_group=None):
    """Home page section: the newest stories, for the visitor's target group if chosen."""
    stories = StoryPage.objects.descendant_of(home).visible()
    if target_group is not None:
        stories = stories.filter(target_groups=target_group)
    return card_section(
        slug="latest-stories",
        heading=_("Stories from the region"),
        group_heading=_("Stories for %(group)s"),
        items=stories.for_cards().order_by("-publication_date", "-pk").select_related("municipality")[:LATEST_COUNT],
        card_template="stories/includes/story_card.html",
        all_label=_("All stories"),
        index=StoryIndexPage.objects.live().descendant_of(home).first,
        target_group=target_group,
    )
