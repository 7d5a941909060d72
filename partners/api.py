"""The open data API for partners (Wagtail's API v2 at /api/v2/): read-only, public content only.

Endpoints: ``pages`` (stories, interviews, open careers, events and facts posters), ``images``
(renditions, never the original file), ``documents`` (outside restricted collections) and
``facts``. Everything is what the public site shows: live, public pages only; interviews whose
consent has ended and careers past their closing date are left out; no registrations, job alerts
or interviewee details exist in any serializer. Answers may be cached by a CDN for five minutes,
any site may read them (CORS, GET only), and each IP may ask ``REGIO_API_REQUESTS_PER_MINUTE``
times a minute. The OpenAPI description is at /api/v2/openapi.json (``partners/openapi.py``).
"""

import hashlib
import re
import time

from rest_framework import serializers
from rest_framework.exceptions import Throttled
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone, translation

from wagtail.api import APIField
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from home import ratelimit
from home.caching import fragment_cache_seconds, remember
from home.localized import localized
from home.models import Fact
from home.queries import hidden_page_ids, search_words

SLUG = re.compile(r"^[-a-z0-9]{1,100}$")
BOOLEAN = {"true": True, "false": False}
# Filter parameter: (page type, relation to the shared vocabulary) pairs a page may match on. Interviews
# are stories (a subclass), so the stories' relations cover them.
VOCABULARY_FILTERS = {
    "target_group": (
        ("stories.StoryPage", "target_groups"),
        ("careers.CareerPage", "target_groups"),
        ("events.EventPage", "target_groups"),
    ),
    "theme": (("stories.StoryPage", "themes"), ("careers.CareerPage", "sector"), ("events.EventPage", "themes")),
    "municipality": (("stories.StoryPage", "municipality"), ("careers.CareerPage", "municipality")),
}


def public_page_models():
    from careers.models import CareerPage
    from events.models import EventPage
    from home.models import FactsPosterPage
    from stories.models import InterviewPage, StoryPage

    return [StoryPage, InterviewPage, CareerPage, EventPage, FactsPosterPage]


class PartnerAPIMixin:
    """Rate limit, CORS for reading, CDN cache headers, and the language of ``?locale=``."""

    renderer_classes = [JSONRenderer]  # JSON only: no browsable HTML API

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if not ratelimit.allow(request, "api", settings.REGIO_API_REQUESTS_PER_MINUTE, 60):
            raise Throttled(wait=60)
        language = request.GET.get("locale") or settings.LANGUAGE_CODE
        if language not in dict(settings.LANGUAGES):
            raise BadRequestError("locale must be one of: " + ", ".join(code for code, _name in settings.LANGUAGES))
        translation.activate(language)
        if "search" in request.GET:
            # Free text reaches the search backend as plain words, as in the site's own searches: no NUL or
            # query syntax (a lone quote breaks SQLite's full-text search, NUL breaks PostgreSQL).
            query = request._request.GET.copy()
            query["search"] = search_words(query["search"])
            request._request.GET = query

    def listing_view(self, request):
        """Wagtail's listing, with the answer remembered for a minute under the content version (a
        publish or a change of shared content makes a new one at once). Searches are not remembered:
        their words are free text."""
        seconds = min(120, fragment_cache_seconds())  # REGIO_FRAGMENT_CACHE_SECONDS=0 switches it off
        if "search" in request.GET or not seconds:
            return super().listing_view(request)
        query = sorted((key, value) for key, values in request.GET.lists() for value in values)
        digest = hashlib.sha256(repr(query).encode()).hexdigest()[:32]
        key = ("api", self.name, request.get_host(), translation.get_language(), int(time.time() // 60), digest)
        found = {}

        def build():
            response = super(PartnerAPIMixin, self).listing_view(request)
            found["response"] = response
            return response.data if response.status_code == 200 else None

        data = remember(key, build, seconds)
        return found.get("response") or Response(data)

    def handle_exception(self, exc):
        if isinstance(exc, ValueError | TypeError | ValidationError):  # e.g. a filter value of the wrong type
            exc = BadRequestError(str(exc) or "bad request")
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, OPTIONS"
        # Generated clients may send these on a GET, which makes the browser ask first (preflight).
        response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
        response["Access-Control-Max-Age"] = "86400"
        if response.status_code == 200:
            response["Cache-Control"] = f"public, max-age=60, s-maxage={settings.REGIO_API_CACHE_SECONDS}"
        else:
            response["Cache-Control"] = "no-store"
        return response


def slug_param(request, name):
    value = request.GET.get(name)
    if value is None:
        return None
    if not SLUG.match(value):
        raise BadRequestError(f"{name} must be a slug (lower-case letters, digits and hyphens)")
    return value


class PartnerPagesAPIViewSet(PartnerAPIMixin, PagesAPIViewSet):
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["target_group", "theme", "municipality", "upcoming"]
    )

    def get_base_queryset(self):
        if getattr(self, "_base_queryset", None) is None:  # Wagtail asks for it several times a request
            self._base_queryset = self._public_pages()
        return self._base_queryset

    def get_serializer_context(self):
        if self.action == "listing_view":  # the base queryset only serves a detail's "parent" field
            context = super(PagesAPIViewSet, self).get_serializer_context()
            context["base_queryset"] = Page.objects.none()
            return context
        return super().get_serializer_context()

    def _public_pages(self, model=None):
        """The live public pages of the five types (or of ``model``), with the filters applied."""
        from careers.models import CareerPage
        from events.models import EventPage

        today = timezone.localdate()
        if model is None:
            queryset = super().get_base_queryset().type(*public_page_models())
        else:  # one type: filter its own table, not all pages (the same rules, far cheaper)
            queryset = get_public_pages_queryset(self.request, model)
        closed = CareerPage.objects.closed(today).values("pk")
        queryset = queryset.exclude(pk__in=closed).exclude(pk__in=hidden_page_ids(today))
        request = self.request
        for param, relations in VOCABULARY_FILTERS.items():
            value = slug_param(request, param)
            if value:
                matches = Q()
                for label, field in relations:
                    pages = apps.get_model(label).objects.filter(**{f"{field}__slug": value})
                    matches |= Q(pk__in=pages.values("pk"))
                queryset = queryset.filter(matches)
        upcoming = request.GET.get("upcoming")
        if upcoming is not None:
            if upcoming not in BOOLEAN:
                raise BadRequestError("upcoming must be true or false")
            if BOOLEAN[upcoming]:
                queryset = queryset.filter(pk__in=EventPage.objects.filter(end__gte=timezone.now()).values("pk"))
        return queryset

    def get_queryset(self):
        type_name = self.request.GET.get("type")
        try:
            models = page_models_from_string(type_name) if type_name else []
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error
        if any(model not in public_page_models() for model in models):
            raise BadRequestError("type must be one of: " + ", ".join(m._meta.label for m in public_page_models()))
        queryset = self._public_pages(models[0]) if len(models) == 1 else super().get_queryset()
        return with_api_relations(queryset.select_related("locale"))


def with_api_relations(queryset):
    """Fetch what a page type's ``api_fields`` show in a constant number of queries, not one per item."""
    from django.core.exceptions import FieldDoesNotExist

    from wagtail.images import get_image_model

    model, joins, prefetches = queryset.model, set(), set()
    for api_field in getattr(model, "api_fields", ()):
        source = getattr(api_field.serializer, "source", None)
        name = (source if source and source != "*" else api_field.name).split(".")[0]
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_many:
            prefetches.add(name)
        elif field.many_to_one:
            joins.add(name)
            if field.related_model is get_image_model():
                prefetches.add(f"{name}__renditions")
    return queryset.select_related(*sorted(joins)).prefetch_related(*sorted(prefetches))


class PartnerImagesAPIViewSet(PartnerAPIMixin, ImagesAPIViewSet):
    """Images with a web-sized rendition; the original file is never offered."""

    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["locale"])
    meta_fields = [field for field in ImagesAPIViewSet.meta_fields if field != "download_url"]
    listing_default_fields = [field for field in ImagesAPIViewSet.listing_default_fields if field != "download_url"] + [
        "rendition"
    ]
    nested_default_fields = [field for field in ImagesAPIViewSet.nested_default_fields if field != "download_url"]


class PartnerDocumentsAPIViewSet(PartnerAPIMixin, DocumentsAPIViewSet):
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(["locale"])


class LocalizedText(serializers.Field):
    """A text field of shared content in the requested language (``?locale=``), else in Dutch."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return getattr(localized(value), self.attribute)


FACT_FIELDS = [
    APIField("value", serializer=serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=False)),
    APIField("unit", serializer=LocalizedText("unit")),
    APIField("label", serializer=LocalizedText("label")),
    APIField("display_value", serializer=LocalizedText("display_value")),
    APIField("source_name"),
    APIField("source_url"),
    APIField("reference_year"),
    APIField("theme", serializer=serializers.SlugRelatedField(slug_field="slug", read_only=True)),
    APIField("target_groups", serializer=serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)),
]


class FactsAPIViewSet(PartnerAPIMixin, BaseAPIViewSet):
    """Every sourced fact: the figure and its source, with label and unit in the requested language."""

    name = "facts"
    model = Fact
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    body_fields = BaseAPIViewSet.body_fields + FACT_FIELDS
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [field.name for field in FACT_FIELDS]

    def get_queryset(self):
        return Fact.objects.canonical().select_related("theme").prefetch_related("target_groups").order_by("pk")


api_router = WagtailAPIRouter("partners_api")
api_router.register_endpoint("pages", PartnerPagesAPIViewSet)
api_router.register_endpoint("images", PartnerImagesAPIViewSet)
api_router.register_endpoint("documents", PartnerDocumentsAPIViewSet)
api_router.register_endpoint("facts", FactsAPIViewSet)
