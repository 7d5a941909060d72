"""The site's public address (``REGIO_BASE_URL``) as the Wagtail Site that every absolute URL comes from."""

import urllib.parse

from django.conf import settings
from django.core import checks

from wagtail.models import Site


def parse(base_url):
    """(hostname, port) of an address like https://www.example.nl or http://127.0.0.1:8000."""
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise ValueError(f"Not a site address: {base_url!r} (expected e.g. https://www.example.nl)")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def sync_default_site(base_url=None):
    """Point the default Site at the public address; returns the site (or None without an address)."""
    base_url = (base_url or settings.REGIO_BASE_URL or "").rstrip("/")
    if not base_url:
        return None
    hostname, port = parse(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def on_post_migrate(sender, **kwargs):
    if sender.name == "home" and settings.REGIO_BASE_URL:
        sync_default_site()


@checks.register(deploy=True)
def site_address(app_configs, **kwargs):
    """`check --deploy`: REGIO_BASE_URL must be set, and be an address (production settings refuse without it)."""
    base_url = settings.REGIO_BASE_URL
    if not base_url:
        return [
            checks.Error(
                "REGIO_BASE_URL is not set.",
                hint="Set it to the public address, e.g. https://www.middenlimburg.nl.",
                id="regio.E002",
            )
        ]
    try:
        parse(base_url)
    except ValueError as error:
        return [checks.Error(str(error), id="regio.E003")]
    return []


def site_url(request, path="/"):
    """An absolute URL on the public address of the request's Site (never the Host header the request came with).

    The Site is kept at ``REGIO_BASE_URL``; without a Site (a bare install) the request's own address is used.
    """
    if path.startswith(("http://", "https://")):
        return path
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_url if site else (settings.REGIO_BASE_URL or request.build_absolute_uri("/")).rstrip("/")
    return root + (path if path.startswith("/") else "/" + path)
