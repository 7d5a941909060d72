from django.utils.translation import gettext_lazy as _

from home.queries import visible, with_card_images
from home.sections import card_section
from stories.models import StoryIndexPage, StoryPage

LATEST_COUNT = 3


def latest_stories(request, home, target_group=None):
    """Home page section: the newest stories, for the visitor's target group if chosen."""
    stories = visible(StoryPage.objects.descendant_of(home))
    if target_group is not None:
        stories = stories.filter(target_groups=target_group)
    return card_section(
        slug="latest-stories",
        heading=_("Stories from the region"),
        group_heading=_("Stories for %(group)s"),
        items=with_card_images(stories.order_by("-publication_date", "-pk").select_related("municipality"))[
            :LATEST_COUNT
        ],
        card_template="stories/includes/story_card.html",
        all_label=_("All stories"),
        index=StoryIndexPage.objects.live().descendant_of(home).first,
        target_group=target_group,
    )
