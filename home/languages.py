"""Languages: Dutch at /, English at /en/, German at /de/; which ones are on is a setting.

The language comes from the address alone, never from Accept-Language or a
cookie, so a cached page (home/page_cache.py, Varnish, a CDN) holds one
language per address and needs no ``Vary: Accept-Language``. A language that is
switched off (``REGIO_LANGUAGES``) redirects to the same address in Dutch.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


def enabled_codes():
    return [code for code, _name in settings.LANGUAGES]


def switched_off(path):
    """The language code at the start of ``path`` when that language exists but is switched off."""
    first = path.lstrip("/").split("/", 1)[0]
    known = {code for code, _name in settings.REGIO_ALL_LANGUAGES}
    if first in known and first not in enabled_codes() and first != settings.LANGUAGE_CODE:
        return first
    return None


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, with the language from the path only and switched-off languages redirected."""

    def process_request(self, request):
        code = switched_off(request.path_info)
        if code:
            rest = request.get_full_path()[len(code) + 1 :] or "/"
            return HttpResponseRedirect(rest)
        return super().process_request(request)

    def process_response(self, request, response):
        # No Vary: Accept-Language: the path alone decides (see the module docstring).
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def ensure_locales(**kwargs):
    """A Wagtail Locale for every enabled language (after migrate); existing content stays in its locale."""
    from wagtail.models import Locale

    for code in enabled_codes():
        Locale.objects.get_or_create(language_code=code)


def default_locale_id():
    """The id of the default language's Wagtail Locale, remembered under the content version."""
    from wagtail.models import Locale

    from home.caching import remember

    return remember(("default-locale",), lambda: Locale.get_default().pk)
