"""The OpenAPI 3.0 description of the partner API, served at /api/v2/openapi.json.

Hand-written (the API is small and stable); ``tests/partners/test_api.py`` validates it with
openapi-spec-validator and checks that every documented path answers.
"""

from django.conf import settings
from django.http import JsonResponse


def _param(name, description, schema=None, where="query"):
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema or {"type": "string"},
    }


PAGING = [
    _param("limit", "Items per page (at most 50).", {"type": "integer", "minimum": 1, "maximum": 50}),
    _param("offset", "How many items to skip.", {"type": "integer", "minimum": 0}),
    _param("fields", "Extra fields, comma-separated (e.g. `introduction,target_groups`); `*` for all."),
    _param("order", "Field to order by; `-` in front for descending, e.g. `-first_published_at`."),
    _param("search", "Search words."),
    _param("locale", "Language: `nl` (default), `en` or `de`.", {"type": "string", "enum": ["nl", "en", "de"]}),
]
PAGE_FILTERS = [
    _param(
        "type",
        "Page type: stories.StoryPage, stories.InterviewPage, careers.CareerPage, events.EventPage or "
        "home.FactsPosterPage.",
    ),
    _param("target_group", "Slug of a target group, e.g. `werkzoekenden`."),
    _param("theme", "Slug of a theme or sector, e.g. `zorg`."),
    _param("municipality", "Slug of a municipality, e.g. `roermond`."),
    _param("upcoming", "`true`: only events that have not ended.", {"type": "string", "enum": ["true", "false"]}),
]
ID = _param("id", "The item's id.", {"type": "integer"}, where="path")
ITEM = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "meta": {"type": "object"}},
    "additionalProperties": True,
}
LISTING = {
    "type": "object",
    "properties": {
        "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
    },
}
ERROR = {"type": "object", "properties": {"message": {"type": "string"}}}


def _listing(summary, parameters):
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "A page of items.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Listing"}}},
                },
                "400": {
                    "description": "A parameter is not valid.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                },
                "429": {"description": "Too many requests from this address; try again in a minute."},
            },
        }
    }


def _detail(summary):
    return {
        "get": {
            "summary": summary,
            "parameters": [ID, PAGING[-1]],
            "responses": {
                "200": {
                    "description": "The item.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                },
                "404": {"description": "No public item with this id."},
            },
        }
    }


def document(base_url=""):
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Regio open data API",
            "version": "2.0",
            "description": (
                "Public content of the region's site for partners: stories, interviews, open careers, events, "
                "facts posters, images (web-sized renditions), documents and sourced facts. Read-only; only what "
                "the public site shows. Responses may be cached for five minutes."
            ),
        },
        "servers": [{"url": f"{base_url}/api/v2"}],
        "paths": {
            "/pages/": _listing("Public pages", PAGING + PAGE_FILTERS),
            "/pages/{id}/": _detail("One public page"),
            "/images/": _listing("Images (renditions only)", PAGING),
            "/images/{id}/": _detail("One image"),
            "/documents/": _listing("Public documents", PAGING),
            "/documents/{id}/": _detail("One document"),
            "/facts/": _listing("Sourced facts about the region", PAGING),
            "/facts/{id}/": _detail("One fact"),
        },
        "components": {"schemas": {"Item": ITEM, "Listing": LISTING, "Error": ERROR}},
    }


def openapi_json(request):
    response = JsonResponse(document(settings.REGIO_BASE_URL or request.build_absolute_uri("/").rstrip("/")))
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age=3600, s-maxage={settings.REGIO_API_CACHE_SECONDS}"
    return response
