"""Home page sections that other apps provide (latest stories, upcoming events, …).

An app registers a Wagtail hook ``regio_home_sections`` (with ``order=``): a
function ``section(request, home_page, target_group)`` that returns ``None``
(nothing to show) or a dict with at least ``template``; the home page renders the
sections in hook order, and the target-group switcher passes the visitor's group
so each section shows what matches it.
"""

import time

from wagtail import hooks

from home.caching import remember
from home.localized import localized


def render_context(request, page, target_group=None):
    """The sections, worked out once a minute (upcoming events move on) and kept under the content version."""
    if getattr(request, "is_preview", False):
        return _build(request, page, target_group)
    minute = int(time.time() // 60)
    group = target_group.pk if target_group else None
    return remember(("home-sections", page.pk, group, minute), lambda: _build(request, page, target_group), 120)


def _build(request, page, target_group):
    sections = []
    for func in hooks.get_hooks("regio_home_sections"):
        section = func(request, page, target_group)
        if section:
            sections.append(section)
    return sections


def card_section(*, slug, items, card_template, heading, group_heading, all_label, index, target_group, tint=False):
    """The dict of a section of cards with a heading and an "all …" button (home/includes/card_section.html).

    ``group_heading`` is used when a target group is chosen, with ``%(group)s``
    standing for the group's label; the button then opens the index filtered on it.
    """
    if target_group is not None:
        heading = group_heading % {"group": localized(target_group).switcher_label}
    return {
        "template": "home/includes/card_section.html",
        "slug": slug,
        "heading": heading,
        "items": items,
        "card_template": card_template,
        "all_label": all_label,
        "index": index,
        "target_group": target_group,
        "tint": tint,
    }
