"""The partners' world: the careers fixture plus stories (public, draft, private, an interview) and events."""

import datetime

import pytest
from freezegun import freeze_time

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.builders import make_interview, make_story, make_story_index
from tests.careers.conftest import TODAY


@pytest.fixture
def site(careers):
    """The careers world plus stories: a public one, a draft, one under a password, and an interview."""
    w = careers
    with freeze_time(TODAY, tick=True):
        w.stories = make_story_index(w.home)
        w.public = make_story(w.stories, "Openbaar verhaal", groups=[w.seekers], themes=[w.care])
        w.draft = make_story(w.stories, "Concept verhaal", publish=False)
        w.draft.live = False
        w.draft.save()
        w.private = make_story(w.stories, "Besloten verhaal")
        PageViewRestriction.objects.create(page=w.private, restriction_type="password", password="geheim")
        w.interview = make_interview(w.stories, "Gesprek met Lotte", interviewee_name="Lotte Janssen")
        yield w


@pytest.fixture
def agenda(site):
    """An event index with an upcoming event for pupils and one that is over."""
    from events.models import EventIndexPage, EventPage

    with freeze_time(TODAY, tick=True):
        site.agenda = EventIndexPage(title="Evenementen", slug="evenementen")
        site.home.add_child(instance=site.agenda)
        start = timezone.now() + datetime.timedelta(days=10)
        site.fair = EventPage(
            title="Banenmarkt zorg", start=start, end=start + datetime.timedelta(hours=3), venue_name="Hal"
        )
        site.agenda.add_child(instance=site.fair)
        site.fair.target_groups = [site.pupils]
        site.fair.save_revision().publish()
        past = timezone.now() - datetime.timedelta(days=10)
        site.past = EventPage(title="Oude beurs", start=past, end=past + datetime.timedelta(hours=3), venue_name="Hal")
        site.agenda.add_child(instance=site.past)
        site.past.save_revision().publish()
    return site
