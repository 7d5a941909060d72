"""Embeddable widgets: small pages a partner shows in an iframe on its own site.

``/embed/vacatures/``, ``/embed/evenementen/``, ``/embed/feit/`` and ``/embed/verhalen/``
(also under /en/ and /de/, and by their English names: vacancies, events, fact, stories).
Each reads only its own whitelisted parameters (other parameters are ignored and never
reach a query, a cache key or the page); a value it does not know gets a 400 with a short
message in the widget, so a partner sees at once that an embed code is wrong. No JavaScript.

- **Framing**: only these pages may be framed by other sites (CSP ``frame-ancestors``; a
  partner with listed hosts only on those). Every other page keeps ``frame-ancestors 'self'``
  and ``X-Frame-Options``.
- **Links** open the full page on the region's site in a new tab, with UTM tags naming the
  partner (``utm_source=<partner>``, ``utm_medium=widget``, ``utm_campaign=partner-widgets``,
  ``utm_content=<widget>``): the analytics beacon counts those landings as the partner's clicks.
- **Views** are counted by a 1-pixel image (``/embed/teller.gif``) per partner, widget and
  day, without a cookie or anything about the visitor; a shared cache in front may hold the
  widget itself, the pixel is never cached.
- **Speed**: a widget's HTML is remembered under the content version, the language and its
  validated parameters, and may be held by Varnish or a CDN for five minutes (a publish bans
  it in Varnish with the rest of the site).
"""

import base64
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404, HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from home.caching import fragment_cache_seconds, remember
from home.localized import localized
from home.queries import whole_number
from partners.models import Partner, Widget, WidgetStat

UTM_CAMPAIGN = "partner-widgets"
UTM_MEDIUM = "widget"
NO_PARTNER = "embed"  # utm_source of a widget that names no partner
ALIASES = {"vacancies": "vacatures", "events": "evenementen", "fact": "feit", "stories": "verhalen"}
COUNT_PARAM = "aantal"
MAX_VALUES = 10
THUMBNAIL = "fill-240x160|format-webp"
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


class Invalid(Exception):
    pass


# Partners -------------------------------------------------------------------------------------


def partner_hosts():
    """{partner code: [hosts]} of every partner, remembered under the content version."""
    return remember(("partners", "hosts"), lambda: {p.slug: p.hosts() for p in Partner.objects.all()})


def partner_code(value):
    """The partner a widget names, if it exists; "" otherwise (the widget still shows, unattributed)."""
    value = (value or "").strip().lower()[:40]
    return value if value and value in partner_hosts() else ""


def utm_query(partner, widget):
    return urlencode(
        {
            "utm_source": partner or NO_PARTNER,
            "utm_medium": UTM_MEDIUM,
            "utm_campaign": UTM_CAMPAIGN,
            "utm_content": widget,
        }
    )


def tagged(url, partner, widget):
    """A link to the region's site with the widget's UTM tags added to its own query string."""
    return f"{url}{'&' if '?' in url else '?'}{utm_query(partner, widget)}"


# Widgets ------------------------------------------------------------------------------------


def index_page(model):
    """The live, public index page of ``model`` in the active language, else the Dutch one (its id is remembered)."""

    def find():
        pages = model.objects.live().public()
        found = pages.filter(locale=Locale.get_active()).first() or pages.filter(locale=Locale.get_default()).first()
        return found.pk if found else 0

    pk = remember(("embed-index", model._meta.label), find)
    return model.objects.filter(pk=pk).first() if pk else None


def count_param(params, default, maximum):
    raw = params.get(COUNT_PARAM)
    if raw in (None, ""):
        return default
    number = whole_number(raw, maximum)
    if not number:
        raise Invalid(_("“aantal” must be a number from 1 to %(max)s.") % {"max": maximum})
    return number


def filter_params(params, names):
    """A QueryDict of only the whitelisted filter parameters (each at most MAX_VALUES values)."""
    query = QueryDict(mutable=True)
    for name in names:
        values = [value.strip() for value in params.getlist(name)[:MAX_VALUES] if value.strip()]
        if values:
            query.setlist(name, values)
    return query


def vocabulary_slugs():
    """{filter parameter: slugs} of the shared vocabulary: a widget may ask for a target group, theme or
    municipality that has no content at the moment (it then shows none), but not for one that does not exist."""
    from home.models import Municipality, TargetGroup, Theme

    def slugs(model):
        return set(model.objects.canonical().values_list("slug", flat=True))

    def build():
        themes = slugs(Theme)
        return {"doelgroep": slugs(TargetGroup), "thema": themes, "sector": themes, "gemeente": slugs(Municipality)}

    return remember(("embed-vocabulary",), build)


def unknown_option(name, value):
    return Invalid(
        _("The filter “%(name)s” has no option “%(value)s”. Make a new embed code in the admin.")
        % {"name": name, "value": value[:60]}
    )


def check_known(query, dimensions):
    """Every value asked for must be an option of its filter or a word of the shared vocabulary; otherwise
    the embed code is wrong (Invalid). True when a value is known but no content has it now: the widget
    is then empty (the listing would drop the value and show everything)."""
    choices = {dimension.param: {value for value, _label, _key in dimension.choices} for dimension in dimensions}
    vocabulary = vocabulary_slugs()
    without_content = False
    for name, values in query.lists():
        for value in values:
            if value in choices.get(name, ()):
                continue
            if value not in vocabulary.get(name, ()):
                raise unknown_option(name, value)
            without_content = without_content or not (set(values) & choices.get(name, set()))
    return without_content


class WidgetSpec:
    name = ""
    filters = ()
    default_count = 3
    max_count = 12
    heading = ""

    def __init__(self, params):
        self.query = filter_params(params, self.filters)
        self.count = count_param(params, self.default_count, self.max_count)

    def key(self):
        return (self.count, tuple(sorted((name, tuple(values)) for name, values in self.query.lists())))

    def context(self):
        raise NotImplementedError


class Vacancies(WidgetSpec):
    name = Widget.VACANCIES
    filters = ("sector", "gemeente", "soort", "doelgroep", "engels")
    default_count = 5
    heading = gettext_lazy("Open vacancies")

    def context(self):
        from careers.models import CareerIndexPage, CareerPage
        from careers.search import CareerSearch

        index = index_page(CareerIndexPage)
        if index is None:
            return {"items": [], "total": 0}
        search = CareerSearch(index, self.query)
        if check_known(self.query, search.dimensions):
            return {"items": [], "total": 0, "more_url": index.get_full_url()}
        ids = search.facet_index().ids(search.counts()["mask"], None, 0, self.count)
        found = CareerPage.objects.filter(pk__in=ids).select_related("organisation", "municipality").in_bulk()
        return {
            "items": [found[pk] for pk in ids if pk in found],
            "total": search.counts()["total"],
            "more_url": index.get_full_url() + search.url_with().rstrip("?"),
            "description": search.describe() if self.query else "",
        }


class Events(WidgetSpec):
    name = Widget.EVENTS
    filters = ("doelgroep", "thema")
    default_count = 3
    heading = gettext_lazy("Upcoming events")

    def context(self):
        from events.listing import EventListing
        from events.models import EventIndexPage

        index = index_page(EventIndexPage)
        if index is None:
            return {"items": [], "total": 0}
        listing = EventListing(index, self.query)
        if check_known(self.query, listing.dimensions):
            return {"items": [], "total": 0, "more_url": index.get_full_url()}
        mask = listing.counts()["mask"] & listing.upcoming_mask()
        ids = listing.facet_index().ids(mask, None, 0, self.count)
        return {
            "items": listing.fetch(ids) if ids else [],
            "total": mask.bit_count(),
            "more_url": index.get_full_url() + listing.url_with().rstrip("?"),
        }


class Stories(WidgetSpec):
    name = Widget.STORIES
    filters = ("doelgroep", "thema", "gemeente", "soort")
    default_count = 3
    heading = gettext_lazy("Stories from the region")

    def context(self):
        from stories.listing import StoryListing
        from stories.models import StoryIndexPage, StoryPage

        index = index_page(StoryIndexPage)
        if index is None:
            return {"items": [], "total": 0}
        listing = StoryListing(index, self.query)
        if check_known(self.query, listing.dimensions):
            return {"items": [], "total": 0, "more_url": index.get_full_url()}
        ids = listing.facet_index().ids(listing.counts()["mask"], None, 0, self.count)
        # A small thumbnail, not the card's image: prefetched, so each story costs no query for it.
        found = StoryPage.objects.filter(pk__in=ids).for_cards(spec=THUMBNAIL).select_related("municipality")
        found = found.in_bulk()
        return {
            "items": [found[pk] for pk in ids if pk in found],
            "total": listing.counts()["total"],
            "more_url": index.get_full_url() + listing.url_with().rstrip("?"),
        }


class FactWidget(WidgetSpec):
    """One fact: ``feit=<id>`` (as the embed-code builder gives it), or the first of a theme (``thema=<slug>``)."""

    name = Widget.FACT
    filters = ("feit", "thema")
    default_count = 1
    max_count = 1
    heading = gettext_lazy("The region in figures")

    def context(self):
        from home.models import Fact, FactsPosterPage

        facts = Fact.objects.canonical().select_related("theme")
        chosen = self.query.get("feit")
        theme = self.query.get("thema")
        if chosen:
            number = whole_number(chosen, 2**31 - 1)
            if number is None:
                raise Invalid(_("“feit” must be the number of a fact."))
            fact = facts.filter(pk=number).first()
            if fact is None:
                raise Invalid(_("There is no fact number %(id)s (any more).") % {"id": chosen[:12]})
        elif theme:
            if theme not in vocabulary_slugs()["thema"]:  # remembered: no query
                raise unknown_option("thema", theme)
            fact = facts.filter(theme__slug=theme).first()
        else:
            fact = facts.first()
        poster = index_page(FactsPosterPage)
        return {
            "fact": localized(fact) if fact else None,
            "items": [],
            "more_url": poster.get_full_url() if poster else "",
        }


WIDGETS = {spec.name.value: spec for spec in (Vacancies, Events, FactWidget, Stories)}


def spec_for(name):
    spec = WIDGETS.get(ALIASES.get(name, name))
    if spec is None:
        raise Http404
    return spec


# Views ----------------------------------------------------------------------------------------


def frame_policy(response, partner):
    """This response may be framed: by the partner's hosts if it lists any (and the site itself, for the
    admin's preview), else by any site."""
    hosts = partner_hosts().get(partner) if partner else None
    ancestors = (
        ["'self'"] + [f"{scheme}://{host}" for host in hosts for scheme in ("https", "http")] if hosts else ["*"]
    )
    response._csp_replace = {"frame-ancestors": ancestors}
    response.xframe_options_exempt = True
    return response


@require_safe
def widget(request, name):
    spec_class = spec_for(name)
    partner = partner_code(request.GET.get("partner"))
    try:
        spec = spec_class(request.GET)
        html = _render(request, spec, partner)
    except Invalid as error:
        response = HttpResponse(
            render_to_string("partners/embed/error.html", {"message": str(error), "spec": spec_class}, request),
            status=400,
        )
        response["Cache-Control"] = "no-store"
        return frame_policy(response, partner)
    response = HttpResponse(html)
    response["Cache-Control"] = f"public, max-age=60, s-maxage={settings.REGIO_EMBED_CACHE_SECONDS}"
    return frame_policy(response, partner)


def _render(request, spec, partner):
    def build():
        context = spec.context()
        for item in context["items"]:
            item.embed_url = tagged(item.get_full_url(), partner, spec.name)
        if context.get("more_url"):
            context["more_url"] = tagged(context["more_url"], partner, spec.name)
        context.update(
            spec=spec,
            partner=partner,
            counter_query=urlencode({"w": spec.name.value, **({"partner": partner} if partner else {})}),
        )
        return render_to_string(f"partners/embed/{spec.name.value}.html", context, request)

    seconds = fragment_cache_seconds()
    if not seconds:
        return build()
    digest = hashlib.sha256(repr((partner, spec.key())).encode()).hexdigest()[:32]
    return remember(("embed", spec.name.value, digest), build, seconds)


@require_safe
def counter(request):
    """The widget's view counter: a transparent 1-pixel GIF, never cached; counts nothing personal."""
    from analytics.beacon import not_counted

    name = request.GET.get("w", "")
    if name in WIDGETS and request.method == "GET" and not not_counted(request):
        count_view(partner_code(request.GET.get("partner")), name)
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    return response


def count_view(partner, name, day=None):
    day = day or timezone.localdate()
    rows = WidgetStat.objects.filter(day=day, partner=partner, widget=name)
    if rows.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            WidgetStat.objects.create(day=day, partner=partner, widget=name, views=1)
    except IntegrityError:  # another request made the row first
        rows.update(views=F("views") + 1)
