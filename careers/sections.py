from django.utils.translation import gettext_lazy as _

from careers.models import CareerIndexPage, CareerPage
from home.sections import card_section

FEATURED_COUNT = 3


def featured_careers(request, home, target_group=None):
    """Home page section: featured open careers first, then the newest; for the visitor's group if chosen."""
    careers = CareerPage.objects.open().descendant_of(home)
    if target_group is not None:
        careers = careers.filter(target_groups=target_group)
    return card_section(
        slug="featured-careers",
        heading=_("Work and learn in the region"),
        group_heading=_("Work and learning for %(group)s"),
        items=careers.for_cards().order_by("-featured", "-date_posted", "-pk")[:FEATURED_COUNT],
        card_template="careers/includes/career_card.html",
        all_label=_("All careers"),
        index=CareerIndexPage.objects.live().descendant_of(home).first,
        target_group=target_group,
        tint=True,
    )
