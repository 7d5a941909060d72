"""CSRF for the anonymous forms on cacheable public pages (event registration, job alerts, newsletter).

Django's CSRF token is a per-visitor secret in a cookie and in the form. A page that
carries it cannot be held by a shared cache: one visitor's token would be served to the
next. These forms are posted by anonymous visitors, and nothing about the visitor rides on
a cookie: what a forged post could do (register an address, ask for a job alert or a newsletter) anyone can
do by posting the form themselves, and both are double opt-in or mailed, rate limited and
honeypotted. So instead of the token they get the check that stops cross-site posts from
browsers: the Fetch Metadata ``Sec-Fetch-Site`` header, or failing that the ``Origin``
header, must say the post comes from this site. Every current browser sends one of them on
a cross-site post. Signed-in users (a session cookie) keep Django's full token check, and so
does every other view.
"""

import urllib.parse

from django.conf import settings
from django.middleware.csrf import REASON_BAD_ORIGIN, CsrfViewMiddleware


def serves_public_pages(view):
    """Wagtail's page view: the page's own forms decide (registration, job alert, survey, cancel)."""
    return getattr(view, "__module__", "") == "wagtail.views" and getattr(view, "__name__", "") == "serve"


def origin_checked(view):
    """Mark a view outside the page tree whose form anonymous visitors post without a token (the newsletter
    sign-up): it gets the same origin check as the pages' forms."""
    view.regio_origin_checked = True
    return view


def from_this_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # no browser posts cross-site without Origin; scripts can post the form anyway
    parts = urllib.parse.urlsplit(origin)
    if origin == "null" or not parts.netloc:
        return False
    allowed = {request.get_host()} | {urllib.parse.urlsplit(o).netloc for o in settings.CSRF_TRUSTED_ORIGINS}
    if settings.REGIO_BASE_URL:
        allowed.add(urllib.parse.urlsplit(settings.REGIO_BASE_URL).netloc)
    return parts.netloc in allowed


class RegioCsrfViewMiddleware(CsrfViewMiddleware):
    def process_view(self, request, callback, callback_args, callback_kwargs):
        if (
            request.method == "POST"
            and (serves_public_pages(callback) or getattr(callback, "regio_origin_checked", False))
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        ):
            if from_this_site(request):
                return None
            return self._reject(request, REASON_BAD_ORIGIN % request.headers.get("Origin", "cross-site"))
        return super().process_view(request, callback, callback_args, callback_kwargs)
