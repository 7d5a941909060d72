"""Every page type of the demo at phone (390 px) and desktop (1366 px) width: what the first screen shows,
and axe-core finds no serious or critical WCAG 2.1 AA violations."""

import pytest

from django.core.management import call_command

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
WIDTHS = {"phone": (390, 844), "desktop": (1366, 768)}

# label, path (None: found in the demo below), what must be on the first screen
PAGES = [
    ("home", "/", "h1"),
    ("region story", "/ons-verhaal/", "h1"),
    ("facts poster", "/ons-verhaal/midden-limburg-in-feiten/", "h1"),
    ("story index", "/verhalen/", ".cards--listing > li"),
    ("story", None, "h1"),
    ("interview", None, "h1"),
    ("career index", "/werken-en-leren/", ".cards--listing > li"),
    ("career", None, "h1"),
    ("career pathway", "/werken-en-leren/werken-in-de-zorg/", "h1"),
    ("event index", "/evenementen/", "h1"),
    ("event", None, ".event__cta a"),
    ("ambassadors", "/ambassadeurs/", "h1"),
    ("ambassador", "/ambassadeurs/sanne-peeters/", "h1"),
    ("survey", "/onderzoek/", "h1"),
    ("privacy statement", "/privacy/", "h1"),
    ("search", "/search/?q=zorg", "h1"),
    ("press and brand kit", "/pers/", "h1"),
    ("press release", "/pers/regiodag-2027/", "h1"),
    ("newsletter sign-up", "/nieuwsbrief/", "h1"),
    ("widget: vacancies", "/embed/vacatures/?partner=gemeente-roermond", ".embed-item__link"),
    ("widget: events", "/embed/evenementen/", ".embed__title"),
    ("widget: a fact", "/embed/feit/", ".embed-fact__value"),
    ("widget: stories", "/en/embed/stories/", ".embed-item__link"),
]


def demo_paths():
    from careers.models import CareerPage
    from events.models import EventPage
    from stories.models import InterviewPage, StoryPage

    story = StoryPage.objects.live().filter(interviewpage__isnull=True).order_by("-publication_date").first()
    return {
        "story": story.url,
        "interview": InterviewPage.objects.live().order_by("-publication_date").first().url,
        "career": CareerPage.objects.live().open().order_by("title").first().url,
        "event": next(
            event.url for event in EventPage.objects.live().upcoming() if event.registration_state() == "open"
        ),
    }


def in_first_screen(page, selector, height):
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] < height and box["height"] > 0


def test_every_page_type_first_screen_and_accessibility(live_server, browser, browser_context_args):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    paths = demo_paths()
    for name, (width, height) in WIDTHS.items():
        context = browser.new_context(**browser_context_args, viewport={"width": width, "height": height})
        page = context.new_page()
        for label, path, selector in PAGES:
            page.goto(live_server.url + (path or paths[label]))
            assert page.title(), label
            assert in_first_screen(page, selector, height), f"{label} at {name}: {selector} is not on the first screen"
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{label} at {name} scrolls sideways"
            assert_accessible(page)
        context.close()
