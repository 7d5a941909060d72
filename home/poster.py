"""Print and share renderings of a FactsPosterPage: an A4/A3 PDF and a 1200×630 PNG.

Both are cached under a key made of the page's last publication and the facts'
last change, so editing a fact (or republishing the page) gives a new rendering
at once, and unchanged posters are never rendered twice.
"""

import hashlib
import io
import textwrap
from functools import lru_cache
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language, ngettext

from home.colours import hex_to_rgb
from home.localized import localized_list
from home.models import RegioSettings

SHARE_SIZE = (1200, 630)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def poster_cache_key(page, facts, kind, site_settings):
    parts = [
        get_language() or "",
        str(page.pk),
        str(page.last_published_at or page.latest_revision_created_at or ""),
        page.title,
        page.url_path,  # the QR code links to the page
        # Everything of the region settings that prints:
        site_settings.region_name,
        site_settings.organisation_name,
        site_settings.primary_colour,
        site_settings.secondary_colour,
        site_settings.accent_colour,
    ]
    parts += [f"{fact.pk}@{fact.updated_at.isoformat()}" for fact in facts]
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
    return f"regio:poster:{kind}:{digest}"


def cached_rendering(page, request, kind, render):
    facts = localized_list(page.facts())  # labels and units in the page's language
    site_settings = RegioSettings.for_request(request)
    key = poster_cache_key(page, facts, kind, site_settings)
    data = cache.get(key)
    if data is None:
        data = render(page, request, facts, site_settings)
        cache.set(key, data, settings.REGIO_POSTER_CACHE_SECONDS)
    return data


def qr_data_uri(url):
    return segno.make(url, error="m").svg_data_uri(scale=4, dark="#1b1b1f", border=2)


def render_poster_pdf(page, request, size):
    return cached_rendering(page, request, f"pdf-{size}", lambda *args: _render_pdf(*args, size=size))


def _render_pdf(page, request, facts, site_settings, size):
    from weasyprint import HTML

    page_url = page.get_full_url(request)
    html = render_to_string(
        "home/facts_poster_print.html",
        {
            "page": page,
            "facts": facts,
            "size": size,
            "page_url": page_url,
            "qr_code": qr_data_uri(page_url),
            "regio": site_settings,
            "font_url": brand_font_url(),
            "logo_url": logo_file_url(site_settings),
        },
        request=request,
    )
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()


def brand_font_url():
    """The site's font (Figtree), as a file URL WeasyPrint reads from disk (never over HTTP)."""
    from pathlib import Path

    from django.contrib.staticfiles import finders

    found = finders.find("fonts/figtree-latin-wght-normal.woff2")
    return Path(found).as_uri() if found else ""


def logo_file_url(site_settings):
    """The region's logo as a file URL, or '' when there is none (or its file is missing)."""
    from pathlib import Path

    from wagtail.images.models import SourceImageIOError

    if not site_settings.logo:
        return ""
    try:
        rendition = site_settings.logo.get_rendition("height-160|format-png")
        return Path(rendition.file.path).as_uri()
    except (SourceImageIOError, NotImplementedError, ValueError):
        return ""


def render_share_png(page, request):
    return cached_rendering(page, request, "png", _render_png)


@lru_cache(maxsize=32)
def load_font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size=size)


def fitting_font(draw, text, max_width, size):
    """The largest bold font, up to ``size``, in which ``text`` fits ``max_width``."""
    while size > 20 and draw.textlength(text, font=load_font(size, bold=True)) > max_width:
        size -= 4
    return load_font(size, bold=True)


def _render_png(page, request, facts, site_settings):
    width, height = SHARE_SIZE
    primary = hex_to_rgb(site_settings.primary_colour)
    secondary = hex_to_rgb(site_settings.secondary_colour)
    accent = hex_to_rgb(site_settings.accent_colour)
    image = Image.new("RGB", SHARE_SIZE, primary)
    draw = ImageDraw.Draw(image)
    # A diagonal band in the secondary colour gives the card some movement.
    draw.polygon([(0, height), (width, height - 250), (width, height), (0, height)], fill=secondary)
    draw.rectangle([0, 0, 24, height], fill=accent)

    draw.text((70, 50), site_settings.region_name.upper(), font=load_font(26, bold=True), fill=accent)
    title = textwrap.fill(page.title, width=34)
    draw.multiline_text((70, 92), title, font=load_font(52, bold=True), fill="white", spacing=6)

    shown = facts[:3]
    if shown:
        column = (width - 140) // len(shown)
        for i, fact in enumerate(shown):
            x = 70 + i * column
            draw.text(
                (x, 330), fact.display_value, font=fitting_font(draw, fact.display_value, column - 30, 58), fill=accent
            )
            label = textwrap.fill(fact.label, width=max(16, column // 16))
            draw.multiline_text((x, 408), label, font=load_font(24), fill="white", spacing=4)
    draw.text(
        (70, height - 52),
        "{} · {}".format(
            site_settings.organisation_name,
            ngettext("%(count)d sourced fact", "%(count)d sourced facts", len(facts)) % {"count": len(facts)},
        ),
        font=load_font(22),
        fill="white",
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
