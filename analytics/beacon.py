"""The page-view endpoint: validate, drop what must not be counted, store one row, answer 204.

What it never stores: the IP address, the user agent, cookies. The IP address and
user agent only feed a one-way hash with the day's secret salt (see models), cut to
16 hex characters. Do Not Track and Global Privacy Control, bots, signed-in staff,
previews and the admin are not counted. Lookups (live pages, target groups,
campaigns) come from the cache, so a view costs one INSERT.
"""

import datetime
import hashlib
import json
import re
import urllib.parse

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from analytics.choices import Device
from analytics.models import Campaign, CampaignLink, DailySalt, PageView
from home.caching import cache_token, remember
from home.models import TargetGroup
from home.ratelimit import client_ip

MAX_BYTES = 2048
BOTS = re.compile(
    r"bot|crawl|spider|slurp|headless|lighthouse|preview|python|curl|wget|httpclient|java/|go-http|axios|node-fetch|"
    r"facebookexternalhit|monitor|pingdom|uptime",
    re.IGNORECASE,
)
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$")
DOMAIN = re.compile(r"^[a-z0-9.-]{1,100}$")


class Invalid(Exception):
    pass


def no_content():
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response


def reject(status, message):
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def not_counted(request):
    """Visitors who asked not to be tracked, bots, and signed-in staff."""
    if request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1":
        return True
    agent = request.headers.get("User-Agent", "")
    if not agent or BOTS.search(agent):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


@csrf_exempt  # sendBeacon posts without a form; the payload is validated and holds nothing personal
@require_POST
def collect(request):
    if int(request.headers.get("Content-Length") or 0) > MAX_BYTES:
        return reject(413, "payload too large")
    body = request.body
    if len(body) > MAX_BYTES:
        return reject(413, "payload too large")
    try:
        data = json.loads(body.decode("utf-8"))
        view = parse(data)
    except (UnicodeDecodeError, json.JSONDecodeError, Invalid) as error:
        return reject(400, str(error) or "malformed payload")
    if not_counted(request):
        return no_content()
    if view is None:
        return no_content()  # a page that is not (any more) public: nothing to count
    now = timezone.localtime()
    view.day, view.hour = now.date(), now.hour
    view.referrer = referrer_domain(data.get("r"), request.get_host())
    view.visitor = visitor_hash(request, view.day)
    view.save()
    return no_content()


def _text(data, key, limit=100):
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Invalid(f"{key} must be text")
    if len(value) > limit:
        raise Invalid(f"{key} is too long")
    return "".join(ch for ch in value if ch.isprintable()).strip()


def parse(data):
    """A PageView (unsaved) from the beacon's payload, None for a page that is not public; Invalid when malformed."""
    if not isinstance(data, dict):
        raise Invalid("payload must be an object")
    page_id = data.get("p")
    if not isinstance(page_id, int) or isinstance(page_id, bool) or page_id <= 0:
        raise Invalid("p must be a page id")
    device = _text(data, "d", 8)
    if device not in Device.values:
        raise Invalid("d must be mobile, tablet or desktop")
    language = _text(data, "l", 35)
    language = language[:8].lower() if LANGUAGE.match(language) else ""
    utm = data.get("u") or {}
    if not isinstance(utm, dict):
        raise Invalid("u must be an object")
    tags = {key: _text(utm, key).lower() for key in UTM_KEYS}
    group_slug = _text(data, "g", 60)
    goal = _text(data, "c", 16)
    if goal and goal not in GOALS:
        raise Invalid("c is not a known goal")
    _text(data, "r", 500)  # validated here, reduced to a domain by the caller
    if page_id not in public_page_ids():
        return None
    campaigns = campaign_ids()
    campaign_id, link_id = None, None
    if tags["utm_campaign"] in campaigns:
        campaign_id, links = campaigns[tags["utm_campaign"]]
        link_id = links.get(tags["utm_content"])
    return PageView(
        page_id=page_id,
        device=device,
        language=language,
        goal=goal,
        target_group_id=target_group_ids().get(group_slug),
        campaign_id=campaign_id,
        link_id=link_id,
        **tags,
    )


GOALS = {"registration", "alert", "apply", "survey"}


_lookups = {}


def lookups():
    """(public page ids, {group slug: id}, {campaign slug: (id, {link code: id})}), per content version.

    Built once per content version and day (shared through the cache), and kept in this
    process too, so a page view costs one cache read for the version and one INSERT.
    """
    token = cache_token()
    found = _lookups.get(token)
    if found is None:
        found = remember(("analytics", "lookups"), _build_lookups)
        _lookups.clear()
        _lookups[token] = found
    return found


def _build_lookups():
    from home.queries import hidden_page_ids

    hidden = set(hidden_page_ids())
    pages = Page.objects.live().public().filter(depth__gt=1).values_list("pk", flat=True)
    campaigns = {slug: (pk, {}) for pk, slug in Campaign.objects.values_list("pk", "slug")}
    by_id = {pk: links for pk, links in campaigns.values()}
    for pk, campaign_id, code in CampaignLink.objects.values_list("pk", "campaign_id", "code"):
        by_id[campaign_id][code] = pk
    return (
        frozenset(pk for pk in pages if pk not in hidden),
        dict(TargetGroup.objects.canonical().values_list("slug", "pk")),
        campaigns,
    )


def public_page_ids():
    return lookups()[0]


def target_group_ids():
    return lookups()[1]


def campaign_ids():
    return lookups()[2]


def referrer_domain(referrer, own_host):
    if not referrer:
        return ""
    try:
        host = (urllib.parse.urlsplit(str(referrer)).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    if not host or not DOMAIN.match(host) or host == own_host.split(":")[0].removeprefix("www."):
        return ""
    return host


_salts = {}


def visitor_hash(request, day):
    """A daily pseudonym: sha256(salt of the day + IP + user agent + site), cut; unlinkable once the salt is gone."""
    salt = _salts.get(day)
    if salt is None:
        salt = DailySalt.for_day(day)
        _salts.clear()
        _salts[day] = salt
    material = "|".join([salt, client_ip(request) or "", request.headers.get("User-Agent", ""), request.get_host()])
    return hashlib.sha256(material.encode()).hexdigest()[:16]


def forget_salts():
    """Salts older than yesterday are deleted (48 hours at most), and this process's copy with them."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    DailySalt.objects.filter(day__lt=yesterday).delete()
    _salts.clear()
