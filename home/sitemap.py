"""The sitemap lists every live, public page in every enabled language (Wagtail's lists one tree)."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.languages import enabled_codes


class RegioSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        enabled = enabled_codes()
        roots = site.root_page.get_translations(inclusive=True).filter(locale__language_code__in=enabled)
        under = Q(pk__in=[])
        for path in roots.values_list("path", flat=True):
            under |= Q(path__startswith=path)
        return Page.objects.filter(under).live().public().order_by("path").defer_streamfields().specific()
