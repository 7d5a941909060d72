"""Small builders for the region tree and vocabulary used across tests."""

import itertools

from wagtail.models import Page, Site

from home.models import (
    CoreMessage,
    Fact,
    FactsPosterPage,
    HomePage,
    Municipality,
    PostcodeRange,
    PosterFact,
    RegionStoryPage,
    TargetGroup,
    Theme,
)

_counter = itertools.count(1)


def make_target_group(name="Scholieren", label="scholier", **kwargs):
    return TargetGroup.objects.create(name=name, switcher_label=label, **kwargs)


def make_theme(name="Logistiek", **kwargs):
    return Theme.objects.create(name=name, **kwargs)


def make_municipality(name="Roermond", ranges=((6040, 6047),)):
    municipality = Municipality.objects.create(name=name)
    for start, end in ranges:
        PostcodeRange.objects.create(municipality=municipality, start=start, end=end)
    return municipality


def make_fact(**kwargs):
    n = next(_counter)
    values = {
        "value": 1000 + n,
        "unit": "",
        "label": f"feit nummer {n} over de regio",
        "source_name": f"Bron {n}",
        "source_url": f"https://example.org/bron/{n}",
        "reference_year": 2023,
    }
    values.update(kwargs)
    return Fact.objects.create(**values)


def make_home(**kwargs):
    """A live HomePage under the root, made the default site's root page."""
    root = Page.get_first_root_node()
    home = HomePage(title=kwargs.pop("title", "Midden-Limburg"), slug=kwargs.pop("slug", "regio"), **kwargs)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


def make_region_story(parent, **kwargs):
    story = RegionStoryPage(title=kwargs.pop("title", "Ons verhaal"), slug=kwargs.pop("slug", "ons-verhaal"), **kwargs)
    parent.add_child(instance=story)
    story.save_revision().publish()
    return story


def make_poster(parent, facts, **kwargs):
    poster = FactsPosterPage(
        title=kwargs.pop("title", "Regio in feiten"), slug=kwargs.pop("slug", "in-feiten"), **kwargs
    )
    for fact in facts:
        poster.poster_facts.add(PosterFact(fact=fact))
    parent.add_child(instance=poster)
    poster.save_revision().publish()
    return poster


def make_core_message(title, facts=(), **kwargs):
    message = CoreMessage(title=title, summary=f"Samenvatting van {title}.", **kwargs)
    message.save()
    message.facts.set(facts)
    message.save()
    return message


def make_story_index(parent, **kwargs):
    from stories.models import StoryIndexPage

    index = StoryIndexPage(title=kwargs.pop("title", "Verhalen"), slug=kwargs.pop("slug", "verhalen"), **kwargs)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_story(index, title, groups=(), themes=(), municipality=None, tags=(), publish=True, model=None, **kwargs):
    """A story (or ``model``) under ``index``; publish=False adds it live without revisions (fast, for volume)."""
    from stories.models import StoryPage

    model = model or StoryPage
    story = model(
        title=title, slug=kwargs.pop("slug", None) or f"s-{next(_counter)}", municipality=municipality, **kwargs
    )
    story.target_groups = list(groups)
    story.themes = list(themes)
    if tags:
        story.tags.add(*tags)
    if publish:
        index.add_child(instance=story)
        story.save_revision().publish()
    else:
        story.live = True
        index.add_child(instance=story)
    return story


def make_interview(index, title, consent_days=365, **kwargs):
    import datetime

    from django.utils import timezone

    from stories.models import InterviewConsent, InterviewPage

    today = timezone.localdate()
    defaults = {"interviewee_name": "Lotte Janssen", "interviewee_role": "engineer"}
    defaults.update(kwargs)
    interview = InterviewPage(title=title, slug=defaults.pop("slug", f"i-{next(_counter)}"))
    interview.target_groups = list(defaults.pop("groups", []))
    interview.themes = list(defaults.pop("themes", []))
    for key, value in defaults.items():
        setattr(interview, key, value)
    if consent_days is not None:
        interview.consents.add(
            InterviewConsent(
                given_on=today - datetime.timedelta(days=5),
                expires_on=today + datetime.timedelta(days=consent_days),
                web=True,
            )
        )
    interview.live = False
    index.add_child(instance=interview)
    if consent_days is not None:
        interview.save_revision().publish()
    return interview


def make_organisation(name="Maasvallei Chemie", **kwargs):
    from careers.models import Organisation

    return Organisation.objects.create(name=name, **kwargs)


def make_career_index(parent, **kwargs):
    from careers.models import CareerIndexPage

    index = CareerIndexPage(
        title=kwargs.pop("title", "Werken en leren"), slug=kwargs.pop("slug", "werken-en-leren"), **kwargs
    )
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_career(index, title, organisation, sector, municipality, groups=(), publish=True, **kwargs):
    """A career under ``index``: a vacancy at mbo 4, 32–40 hours, open for 60 days unless told otherwise."""
    from careers.models import CareerPage

    values = {
        "kind": "vacature",
        "education_level": "mbo-4",
        "contract": "vast",
        "hours_min": 32,
        "hours_max": 40,
        "description": "<p>Een mooie baan.</p>",
        "apply_url": "https://example.org/solliciteer",
        **kwargs,
    }
    career = CareerPage(
        title=title,
        slug=kwargs.pop("slug", None) or f"c-{next(_counter)}",
        organisation=organisation,
        sector=sector,
        municipality=municipality,
        **{k: v for k, v in values.items() if k != "slug"},
    )
    career.target_groups = list(groups)
    index.add_child(instance=career)
    if publish:
        career.save_revision().publish()
    return career


def page_html(client, *args, **kwargs):
    """The HTML of a page that must exist: a test that looks for what is absent cannot pass on a 404."""
    response = client.get(*args, **kwargs)
    assert response.status_code == 200, (args, response.status_code)
    return response.content.decode()
