"""English and German versions of the demo's front door: the home page and the region story.

Made with Wagtail's ``copy_for_translation`` and published, so ``/en/`` and ``/de/`` answer with
real pages; every other page shows how Regio behaves where no translation exists yet (the
language switcher leaves that language out, menus fall back to the Dutch page).
"""

from wagtail.models import Locale

from home.models import HomePage, RegionStoryPage

HOME = {
    "en": {
        "title": "Midden-Limburg",
        "hero_heading": "Room to grow",
        "hero_link_label": "Discover our story",
        "core_messages_heading": "What we stand for",
        "introduction": (
            "Work with impact, a home you can afford and the Maas on your doorstep: Midden-Limburg, "
            "between Eindhoven, Düsseldorf and Maastricht, has room for your talent."
        ),
    },
    "de": {
        "title": "Midden-Limburg",
        "hero_heading": "Raum zum Wachsen",
        "hero_link_label": "Entdecken Sie unsere Geschichte",
        "core_messages_heading": "Wofür wir stehen",
        "introduction": (
            "Arbeit mit Wirkung, bezahlbares Wohnen und die Maas vor der Haustür: Midden-Limburg, "
            "zwischen Eindhoven, Düsseldorf und Maastricht, hat Raum für Ihr Talent."
        ),
    },
}

STORY = {
    "en": {
        "title": "Our story",
        "slug": "our-story",
        "introduction": (
            "Midden-Limburg is the green heart of Limburg: a river landscape with lakes, historic towns "
            "and a strong manufacturing, logistics and care economy."
        ),
        "body": [
            ("heading", {"text": "A region that makes things", "level": "h2"}),
            (
                "paragraph",
                "<p>From chemistry on the Maas to the distribution centres along the A2, companies here make "
                "and move what the rest of Europe uses. They are looking for people who want to build "
                "something, and they offer room to grow.</p>",
            ),
            ("heading", {"text": "Room to live", "level": "h2"}),
            (
                "paragraph",
                "<p>Houses cost less than in the Randstad, the Maasplassen are a bike ride away, and "
                "Roermond, Weert and Venlo have everything a city needs without the traffic jams.</p>",
            ),
        ],
    },
    "de": {
        "title": "Unsere Geschichte",
        "slug": "unsere-geschichte",
        "introduction": (
            "Midden-Limburg ist das grüne Herz Limburgs: eine Flusslandschaft mit Seen, historischen "
            "Städten und einer starken Industrie, Logistik und Pflege."
        ),
        "body": [
            ("heading", {"text": "Eine Region, die anpackt", "level": "h2"}),
            (
                "paragraph",
                "<p>Von der Chemie an der Maas bis zu den Logistikzentren an der A2: Unternehmen hier "
                "stellen her und bewegen, was Europa braucht. Sie suchen Menschen, die etwas aufbauen "
                "wollen, und bieten Raum zum Wachsen.</p>",
            ),
            ("heading", {"text": "Raum zum Leben", "level": "h2"}),
            (
                "paragraph",
                "<p>Wohnen kostet weniger als in der Randstad, die Maasplassen sind eine Radtour entfernt, "
                "und Roermond, Weert und Venlo bieten alles, was eine Stadt braucht, ohne Stau.</p>",
            ),
        ],
    },
}


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


def load(stdout):
    home = HomePage.objects.filter(locale__language_code="nl").first()
    story = RegionStoryPage.objects.filter(locale__language_code="nl").first()
    if home is None or story is None:
        return
    made = 0
    for code in HOME:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:  # the language is switched off
            continue
        translated_home, created = _translate(home, locale, HOME[code])
        made += created
        _story, created = _translate(story, locale, STORY[code])
        made += created
        if translated_home.region_story_id != _story.pk:
            # Re-read: adding the story changed the home page's tree fields (numchild).
            translated_home = HomePage.objects.get(pk=translated_home.pk)
            translated_home.region_story = _story
            translated_home.save_revision().publish()
    stdout.write(f"Translations: {made} pages translated (home page and region story in English and German).")
