import datetime
import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage, RegionStoryPage
from stories.models import InterviewPage, StoryIndexPage, StoryPage
from tests.builders import (
    make_fact,
    make_home,
    make_interview,
    make_municipality,
    make_story,
    make_story_index,
    make_target_group,
    make_theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(image):
    home = make_home()
    return make_story_index(home, hero_image=image)


class TestStoryPage:
    def test_renders_body_meta_chips_and_article_json_ld(self, client, index, image):
        group = make_target_group("Scholieren", "scholier")
        fact = make_fact(label="jongeren vertrekken na hun studie", value=46, unit="%")
        story = make_story(
            index,
            "Een raceauto van 25 bedrijven",
            [group],
            [make_theme("Maakindustrie")],
            make_municipality("Weert"),
            ["techniek"],
            author="Redactie",
            hero_image=image,
            introduction="Studenten bouwden een auto.",
            body=[
                {"type": "paragraph", "value": "<p>Het begon op een servet.</p>"},
                {"type": "fact", "value": {"fact": fact.pk}},
            ],
        )
        html = client.get(story.url).content.decode()
        assert "Het begon op een servet." in html
        assert "46%" in html and "jongeren vertrekken na hun studie" in html
        assert "Door Redactie" in html and "1 min leestijd" in html
        assert 'href="/verhalen/?doelgroep=scholieren"' in html and "#techniek" in html
        data = json.loads(
            re.search(
                r'<script type="application/ld\+json">'
                r'(\{"@context": "https://schema.org", "@type": "Article".*?)</script>',
                html,
            ).group(1)
        )
        assert data["headline"] == "Een raceauto van 25 bedrijven"
        assert data["author"]["name"] == "Redactie"
        assert '<meta property="og:image" content="http://localhost/media/images/' in html

    def test_reading_time_counts_the_words(self, index):
        words = " ".join(["woord"] * 450)
        story = make_story(index, "Lang verhaal", body=[{"type": "paragraph", "value": f"<p>{words}</p>"}])
        assert story.reading_minutes == 3
        assert make_story(index, "Kort", body=[]).reading_minutes == 1


class TestRelated:
    def test_same_group_or_theme_at_most_three_never_itself(self, index):
        pupils, employers = make_target_group("Scholieren", "scholier"), make_target_group("Werkgevers", "werkgever")
        care = make_theme("Zorg")
        story = make_story(index, "Hoofdverhaal", [pupils], [care], publication_date="2026-01-01")
        same_group = [
            make_story(index, f"Scholieren {n}", [pupils], [], publication_date=f"2026-02-0{n}") for n in range(1, 4)
        ]
        same_theme = make_story(index, "Zorg", [employers], [care], publication_date="2026-03-01")
        make_story(index, "Iets anders", [employers], [], publication_date="2026-04-01")
        related = list(story.related_stories())
        assert story not in related
        assert len(related) == 3
        assert related[0] == same_theme  # newest first
        assert set(related[1:]) <= set(same_group)

    def test_unpublished_stories_are_not_related(self, index):
        pupils = make_target_group("Scholieren", "scholier")
        story = make_story(index, "Hoofdverhaal", [pupils])
        other = make_story(index, "Ander verhaal", [pupils])
        other.unpublish()
        assert list(story.related_stories()) == []


class TestInterviewPage:
    def test_renders_interviewee_quote_and_reasons(self, client, index):
        from home.models import Reason

        interview = make_interview(
            index,
            "Terug in Weert",
            interviewee_organisation="machinebouwer",
            pull_quote="Een stap vooruit.",
            movement="returned",
        )
        interview.reasons = [Reason.objects.create(name="Familie")]
        interview.body = [
            {"type": "question_answer", "value": {"question": "Waarom terug?", "answer": "<p>Voor mijn familie.</p>"}}
        ]
        interview.save_revision().publish()
        html = client.get(interview.url).content.decode()
        assert "Lotte Janssen" in html and "engineer, machinebouwer" in html
        assert "“Een stap vooruit.”" in html
        assert "Keerde terug naar de regio: familie" in html
        assert "Waarom terug?" in html


class TestTreeRules:
    def test_where_story_pages_may_live(self, index):
        home = HomePage.objects.get()
        assert StoryIndexPage.can_create_at(home)
        assert StoryPage.can_create_at(index) and InterviewPage.can_create_at(index)
        assert not StoryPage.can_create_at(home)
        story = make_story(index, "Een verhaal")
        assert not StoryPage.can_create_at(story)
        assert not StoryIndexPage.can_create_at(index)
        assert not RegionStoryPage.can_create_at(index)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


class TestQueryCounts:
    """At most 15 queries, and the same with 10 or 200 stories."""

    def fill(self, index, total, groups, themes, municipality):
        """Stories up to ``total``, written in bulk (home/bulk.py) with their groups, themes and tags."""
        from taggit.models import Tag

        from home.bulk import bulk_pages
        from stories.models.pages import StoryPageTag

        existing = StoryPage.objects.child_of(index).count()
        stories = bulk_pages(
            index,
            StoryPage,
            total - existing,
            f"vol-{existing}",
            lambda n: {
                "title": f"Verhaal {existing + n}",
                "municipality": municipality,
                "hero_image": self.image,
                "publication_date": datetime.date(2026, 1, 1),
            },
        )
        for attr, field, values in (("target_groups", "targetgroup", groups), ("themes", "theme", themes)):
            through = getattr(StoryPage, attr).through
            through.objects.bulk_create(
                [through(storypage_id=story.pk, **{f"{field}_id": value.pk}) for story in stories for value in values]
            )
        tags = [Tag.objects.get_or_create(name=name, slug=name)[0] for name in ("tag-a", "tag-b")]
        StoryPageTag.objects.bulk_create(
            [StoryPageTag(content_object_id=story.pk, tag=tag) for story in stories for tag in tags]
        )
        assert StoryPage.objects.child_of(index).live().count() == total

    @pytest.mark.parametrize(
        "url",
        [
            "/verhalen/",
            "/verhalen/?doelgroep=scholieren&thema=zorg&pagina=2",
            "/verhalen/feed/",
            "STORY",
            "INTERVIEW",
            "/",
        ],
    )
    def test_constant_and_within_budget(self, client, index, image, url, settings):
        settings.REGIO_FRAGMENT_CACHE_SECONDS = 0
        self.image = image
        groups, themes = [make_target_group("Scholieren", "scholier")], [make_theme("Zorg")]
        municipality = make_municipality("Weert")
        story = make_story(index, "Het verhaal", groups, themes, municipality, ["x"], hero_image=image)
        interview = make_interview(index, "Het interview", hero_image=image)
        url = {"STORY": story.url, "INTERVIEW": interview.url}.get(url, url)
        self.fill(index, 10, groups, themes, municipality)
        client.get(url)  # warm renditions, menu and settings as a running site has them
        client.get(url)
        few = count_queries(client, url)
        self.fill(index, 200, groups, themes, municipality)
        client.get(url)
        client.get(url)
        many = count_queries(client, url)
        assert few == many
        # Story and interview pages also show matching careers and events (two queries more).
        assert many <= (18 if url in (story.url, interview.url) else 15)
