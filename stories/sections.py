from django.utils.translation import gettext_lazy as _

from home.queries import visible, with_card_images
from stories.models import StoryPage

LATEST_COUNT = 3


def latest_stories(request, home, target_group=None):
    """Home page section: the newest stories, for the visitor's target group if chosen."""
    stories = visible(StoryPage.objects.descendant_of(home))
    if target_group is not None:
        stories = stories.filter(target_groups=target_group)
    stories = (
        with_card_images(stories.order_by("-publication_date", "-pk").select_related("municipality"))[:LATEST_COUNT]
    )
    from stories.models import StoryIndexPage

    index = StoryIndexPage.objects.live().descendant_of(home).first
    return {
        "template": "stories/includes/latest_stories.html",
        "heading": _("Stories from the region"),
        "stories": stories,
        "index": index,
        "target_group": target_group,
    }
