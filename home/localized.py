"""Shared content in the visitor's language.

Pages, careers and filters refer to the Dutch originals of shared content
(home/models/translatable.py). When one is shown, ``localized`` swaps it for its
translation in the active language, or keeps the Dutch original when there is
none yet. The translations of a model are read once and remembered under the
content version, so showing them costs no query per item.
"""

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page, TranslatableMixin

from home.caching import remember
from home.languages import default_locale_id


def active_language():
    return get_language() or settings.LANGUAGE_CODE


def translations(model, language):
    """{translation key: row} of ``model`` in ``language``."""
    return remember(
        ("translations", model._meta.label_lower, language),
        lambda: {row.translation_key: row for row in model._default_manager.filter(locale__language_code=language)},
    )


def localized(obj, language=None):
    """``obj`` in ``language`` (default: the active one), or the Dutch original when it is not translated."""
    if obj is None or not isinstance(obj, TranslatableMixin) or isinstance(obj, Page):
        return obj
    language = language or active_language()
    if language == settings.LANGUAGE_CODE and obj.locale_id == default_locale_id():
        return obj
    found = translations(type(obj), language).get(obj.translation_key)
    if found is None and language != settings.LANGUAGE_CODE:
        found = translations(type(obj), settings.LANGUAGE_CODE).get(obj.translation_key)
    return found or obj


def localized_list(objects, language=None):
    return [localized(obj, language) for obj in objects]


def names_by_slug(model, field="name", language=None):
    """{slug: the translated ``field``} of the model's originals, for filter labels."""
    language = language or active_language()

    def build():
        rows = model._default_manager.filter(locale__language_code=settings.LANGUAGE_CODE)
        return {row.slug: getattr(localized(row, language), field) for row in rows}

    return remember(("names-by-slug", model._meta.label_lower, field, language), build)
