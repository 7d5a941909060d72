from django.utils.translation import gettext_lazy as _

from careers.queries import open_careers, with_card_relations

FEATURED_COUNT = 3


def featured_careers(request, home, target_group=None):
    """Home page section: featured open careers first, then the newest; for the visitor's group if chosen."""
    from careers.models import CareerIndexPage

    careers = open_careers().descendant_of(home)
    if target_group is not None:
        careers = careers.filter(target_groups=target_group)
    careers = with_card_relations(careers.order_by("-featured", "-date_posted", "-pk"))[:FEATURED_COUNT]
    return {
        "template": "careers/includes/featured_careers.html",
        "heading": _("Work and learn in the region"),
        "careers": careers,
        "index": CareerIndexPage.objects.live().descendant_of(home).first,
        "target_group": target_group,
    }
