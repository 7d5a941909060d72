"""The sitemap lists every live, public page in every enabled language (Wagtail's lists one tree)."""

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class RegioSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        enabled = [code for code, _name in settings.LANGUAGES]
        roots = site.root_page.get_translations(inclusive=True).filter(locale__language_code__in=enabled)
        under = Q(pk__in=[])
        for path in roots.values_list("path", flat=True):
            under |= Q(path__startswith=path)
        return Page.objects.filter(under).live().public().order_by("path").defer_streamfields().specific()
