"""English and German versions of part of the demo: the home page, the region story, a facts poster,
the story, career and event indexes, five stories and three events (texts in translations_content.py).

Made with Wagtail's ``copy_for_translation`` and published, so ``/en/`` and ``/de/`` answer with
real pages; every other page shows how Regio behaves where no translation exists yet (the
language switcher leaves that language out, menus fall back to the Dutch page).
"""

from wagtail.models import Locale

from home.demo.translations_content import EVENTS, HOME, INDEXES, POSTER, STORIES, STORY, _body
from home.models import HomePage, RegionStoryPage


def _translate(page, locale, fields):
    translation = page.get_translation_or_none(locale)
    if translation is not None and translation.live:
        return translation, False
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific_class.objects.get(pk=translation.pk)  # fresh tree fields
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


def _translate_snippet(original, locale, fields):
    """The translation of a snippet in ``locale`` with ``fields``, made when missing (synced fields follow the original)."""
    translation = original.get_translation_or_none(locale)
    if translation is not None:
        return 0
    translation = original.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return 1


def _translate_questions(event, code):
    """The registration questions of a translated event, in its language (choices in the same order)."""
    from home.demo.vocabulary_translations import EVENT_QUESTIONS

    changed = False
    for question in event.questions.all():
        texts = EVENT_QUESTIONS.get(question.label, {}).get(code)
        if texts:
            question.label, question.choices = texts
            question.save(update_fields=["label", "choices"])
            changed = True
    if changed:  # the questions are part of the page: a new revision with them
        type(event).objects.get(pk=event.pk).save_revision().publish()


def load_shared_content(locale):
    """Every target group, theme, reason, municipality and fact, and the core messages, in ``locale``."""
    from home.demo import vocabulary_translations as texts
    from home.models import CoreMessage, Fact, Municipality, Reason, TargetGroup, Theme

    code, made = locale.language_code, 0
    for group in TargetGroup.objects.canonical().filter(slug__in=texts.TARGET_GROUPS):
        name, label, intro = texts.TARGET_GROUPS[group.slug][code]
        made += _translate_snippet(group, locale, {"name": name, "switcher_label": label, "intro": intro})
    for model, names in ((Theme, texts.THEMES), (Reason, texts.REASONS)):
        for row in model.objects.canonical().filter(slug__in=names):
            made += _translate_snippet(row, locale, {"name": names[row.slug][code]})
    for municipality in Municipality.objects.canonical():
        made += _translate_snippet(municipality, locale, {})  # proper names: the same in every language
    for message in CoreMessage.objects.canonical().filter(slug__in=texts.CORE_MESSAGES):
        title, summary = texts.CORE_MESSAGES[message.slug][code]
        made += _translate_snippet(message, locale, {"title": title, "summary": summary})
    for fact in Fact.objects.canonical().filter(label__in=texts.FACTS):
        unit = texts.UNITS.get(fact.unit, {}).get(code, fact.unit)
        made += _translate_snippet(fact, locale, {"label": texts.FACTS[fact.label][code], "unit": unit})
    return made


def load(stdout):
    from django.apps import apps

    from events.models import EventPage
    from home.models import FactsPosterPage
    from stories.models import StoryPage

    home = HomePage.objects.filter(locale__language_code="nl").first()
    story = RegionStoryPage.objects.filter(locale__language_code="nl").first()
    if home is None or story is None:
        return
    made = snippets = 0
    for code in HOME:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:  # the language is switched off
            continue
        snippets += load_shared_content(locale)
        translated_home, created = _translate(home, locale, HOME[code])
        made += created
        _story, created = _translate(story, locale, STORY[code])
        made += created
        if translated_home.region_story_id != _story.pk:
            # Re-read: adding the story changed the home page's tree fields (numchild).
            translated_home = HomePage.objects.get(pk=translated_home.pk)
            translated_home.region_story = _story
            translated_home.save_revision().publish()
        poster = FactsPosterPage.objects.filter(locale__language_code="nl", slug="midden-limburg-in-feiten").first()
        if poster:
            made += _translate(poster, locale, POSTER[code])[1]
        for label, texts in INDEXES.items():
            index = apps.get_model(label).objects.filter(locale__language_code="nl").first()
            if index:
                made += _translate(index, locale, texts[code])[1]
        for slug, texts in STORIES.items():
            page = StoryPage.objects.filter(locale__language_code="nl", slug=slug).first()
            if page:
                title, new_slug, introduction, paragraph = texts[code]
                fields = {"title": title, "slug": new_slug, "introduction": introduction, "body": _body(paragraph)}
                made += _translate(page, locale, fields)[1]
        for slug, texts in EVENTS.items():
            page = EventPage.objects.filter(locale__language_code="nl", slug=slug).first()
            if page:
                title, new_slug, introduction = texts[code]
                fields = {"title": title, "slug": new_slug, "introduction": introduction, "body": []}
                translated, created = _translate(page, locale, fields)
                made += created
                if created:
                    _translate_questions(translated, code)
    stdout.write(
        f"Translations: {made} pages translated into English and German (home page, region story, facts poster, "
        "story, career and event indexes, five stories, three events); "
        f"{snippets} translations of target groups, themes, reasons, municipalities, facts and core messages."
    )
