"""Demo stories and interviews. Idempotent: only what is missing is added."""

import datetime

from django.db import transaction
from django.utils import timezone

from home.demo.loader import demo_image, demo_portrait, demo_scene
from home.models import HomePage, Municipality, Reason, TargetGroup, Theme
from stories.demo_content import INTERVIEWS, REASONS, STORIES
from stories.demo_longform import MORE
from stories.models import InterviewConsent, InterviewPage, StoryIndexPage, StoryPage

PALETTES = ["morning", "day", "evening", "dusk"]


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    for order, (slug, name) in enumerate(REASONS):
        Reason.objects.canonical().get_or_create(slug=slug, defaults={"name": name, "sort_order": order})
    index = StoryIndexPage.objects.child_of(home).first()
    if index is None:
        index = StoryIndexPage(
            title="Verhalen",
            slug="verhalen",
            show_in_menus=True,
            introduction="Mensen die in Midden-Limburg wonen, leren en werken vertellen waarom ze hier zijn, en soms waarom ze vertrokken.",
            hero_image=demo_image(
                "Verhalen uit de regio",
                "Binnenstad van Roermond met trapgevels en kerktorens aan de Maas, bij avond (illustratie)",
                "town",
                "dusk",
                20,
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    vocab = Vocabulary()
    created = 0
    today = timezone.localdate()
    for number, row in enumerate(STORIES):
        created += add_story(index, vocab, today, number, *row)
    for number, row in enumerate(INTERVIEWS):
        created += add_interview(index, vocab, today, number, *row)
    if stdout:
        stdout.write(f"Stories: {created} pages created.")


class Vocabulary:
    def __init__(self):
        self.groups = {g.slug: g for g in TargetGroup.objects.canonical()}
        self.themes = {t.slug: t for t in Theme.objects.canonical()}
        self.municipalities = {m.name: m for m in Municipality.objects.canonical()}
        self.reasons = {r.slug: r for r in Reason.objects.canonical()}


def _body(paragraphs, quote=None, qa=(), sections=()):
    body = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs[:1]]
    if quote:
        text, name, role = quote
        body.append({"type": "quote", "value": {"quote": text, "name": name, "role": role}})
    body += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs[1:]]
    for heading, texts in sections:
        body.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        body += [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]
    body += [{"type": "question_answer", "value": {"question": q, "answer": f"<p>{a}</p>"}} for q, a in qa]
    return body


def _classify(page, vocab, groups, themes, municipality, tags):
    page.target_groups = [vocab.groups[g] for g in groups if g in vocab.groups]
    page.themes = [vocab.themes[t] for t in themes if t in vocab.themes]
    page.municipality = vocab.municipalities.get(municipality)
    page.tags.add(*tags)


def add_story(
    index,
    vocab,
    today,
    number,
    title,
    intro,
    paragraphs,
    quote,
    groups,
    themes,
    municipality,
    tags,
    author,
    days_ago,
    motif,
):
    if StoryPage.objects.child_of(index).filter(title=title).exists():
        return 0
    image = demo_scene(motif, PALETTES[number % len(PALETTES)], 100 + number)
    story = StoryPage(
        title=title,
        introduction=intro,
        hero_image=image,
        author=author,
        publication_date=today - datetime.timedelta(days=days_ago),
        body=_body(paragraphs, quote, sections=MORE.get(title, ())),
    )
    _classify(story, vocab, groups, themes, municipality, tags)
    index.add_child(instance=story)
    story.save_revision().publish()
    return 1


def add_interview(
    index,
    vocab,
    today,
    number,
    title,
    intro,
    name,
    role,
    organisation,
    municipality,
    age_band,
    speaks_for,
    movement,
    reasons,
    pull_quote,
    qa,
    groups,
    themes,
    tags,
    days_ago,
    consent_days,
    motif,
):
    if InterviewPage.objects.child_of(index).filter(title=title).exists():
        return 0
    image = demo_scene(motif, PALETTES[(number + 1) % len(PALETTES)], 200 + number)
    published = today - datetime.timedelta(days=days_ago)
    interview = InterviewPage(
        title=title,
        introduction=intro,
        hero_image=image,
        author="Sanne Peeters",
        publication_date=published,
        body=_body([], None, qa),
        interviewee_name=name,
        interviewee_role=role,
        interviewee_organisation=organisation,
        interviewee_municipality=vocab.municipalities.get(municipality),
        age_band=age_band,
        speaks_for=vocab.groups.get(speaks_for),
        pull_quote=pull_quote,
        portrait=demo_portrait(name, 500 + number),
        movement=movement,
        interview_date=published - datetime.timedelta(days=10),
    )
    interview.reasons = [vocab.reasons[r] for r in reasons if r in vocab.reasons]
    _classify(interview, vocab, groups, themes, municipality, tags)
    interview.consents.add(
        InterviewConsent(
            given_on=published - datetime.timedelta(days=10),
            expires_on=today + datetime.timedelta(days=consent_days),
            web=True,
            print=True,
            social=number % 2 == 0,
            how="Getekend toestemmingsformulier, in het interviewdossier",
        )
    )
    index.add_child(instance=interview)
    interview.save_revision().publish()
    return 1
