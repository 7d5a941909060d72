"""Admin report: which live pages still need a translation, or an update of one, per language."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from home.languages import enabled_codes

MISSING, DRAFT, OUTDATED, CURRENT = _("missing"), _("draft only"), _("outdated"), _("up to date")


class TranslationsReport(ReportView):
    """Every live page in the default language, with the state of its translation in each other language:
    missing, draft only, outdated (the original was published after it) or up to date."""

    index_url_name = "regio_translations"
    index_results_url_name = "regio_translations_results"
    page_title = _("Translations")
    header_icon = "globe"
    paginate_by = 50
    list_export = ["title", "url_path"]

    def other_languages(self):
        return [code for code in enabled_codes() if code != settings.LANGUAGE_CODE]

    def get_queryset(self):
        default = Locale.get_default()
        return Page.objects.filter(locale=default, depth__gt=1).live().order_by("path")

    @property
    def columns(self):
        columns = [
            TitleColumn(
                "title", label=_("Page"), get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
            )
        ]
        for code in self.other_languages():
            name = get_language_info(code)["name_translated"]
            columns.append(Column(f"in_{code}", label=name, accessor=lambda page, code=code: self.state(page, code)))
        return columns

    def state(self, page, code):
        if not hasattr(self, "_translations"):
            rows = Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "translation_key", "locale__language_code", "live", "last_published_at"
            )
            self._translations = {(key, language): (live, published) for key, language, live, published in rows}
        found = self._translations.get((page.translation_key, code))
        if found is None:
            return MISSING
        live, published = found
        if not live:
            return DRAFT
        if page.last_published_at and published and page.last_published_at > published:
            return OUTDATED
        return CURRENT
