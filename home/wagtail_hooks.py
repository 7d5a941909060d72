import django_filters

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.choices import MailState
from home.models import CoreMessage, Fact, Municipality, OutgoingMail, Reason, TargetGroup, Theme


class FactFilterSet(WagtailFilterSet):
    due_for_review = django_filters.BooleanFilter(label=_("Due for review"), method="filter_due_for_review")

    class Meta:
        model = Fact
        fields = ["theme", "target_groups", "reference_year"]

    def filter_due_for_review(self, queryset, name, value):
        if value is None:
            return queryset
        due = Fact.objects.due_for_review().values("pk")
        return queryset.filter(pk__in=due) if value else queryset.exclude(pk__in=due)


class FactViewSet(SnippetViewSet):
    model = Fact
    icon = "pick"
    menu_label = _("Facts")
    list_display = [
        "label",
        Column("display_value", label=_("Value")),
        "source_name",
        "reference_year",
        "review_by",
        BooleanColumn("is_due_for_review", label=_("Review due")),
    ]
    filterset_class = FactFilterSet
    list_export = ["label", "value", "unit", "source_name", "source_url", "reference_year", "review_by"]
    ordering = ["label"]
    search_fields = ["label", "source_name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "switcher_label", "sort_order"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", Column("postcode_summary", label=_("Postcodes"))]


class CoreMessageViewSet(SnippetViewSet):
    model = CoreMessage
    icon = "openquote"
    list_display = ["title", "sort_order"]


class ReasonViewSet(SnippetViewSet):
    model = Reason
    icon = "help"
    list_display = ["name", "sort_order"]


class RegionViewSetGroup(SnippetViewSetGroup):
    items = (FactViewSet, CoreMessageViewSet, TargetGroupViewSet, ThemeViewSet, MunicipalityViewSet, ReasonViewSet)
    menu_icon = "globe"
    menu_label = _("Region")
    menu_name = "region"
    menu_order = 200


register_snippet(RegionViewSetGroup)


class FactsDueForReviewPanel(Component):
    """Dashboard panel: facts whose review date has passed."""

    name = "facts_due_for_review"
    template_name = "home/admin/facts_due_panel.html"
    order = 90
    limit = 10

    def get_context_data(self, parent_context):
        facts = Fact.objects.canonical().due_for_review().order_by("review_by")
        return {
            "facts": facts[: self.limit],
            "total": facts.count(),
            "limit": self.limit,
        }


@hooks.register("construct_homepage_panels")
def add_facts_due_panel(request, panels):
    if request.user.has_perm("home.change_fact"):
        panels.append(FactsDueForReviewPanel())


@hooks.register("register_admin_urls")
def outbox_urls():
    from home import admin_views

    return [
        path("e-mails/", admin_views.outbox, name="home_outbox"),
        path("e-mails/<int:mail_id>/opnieuw/", admin_views.outbox_resend, name="home_outbox_resend"),
    ]


class OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("home.view_outgoingmail")


@hooks.register("register_settings_menu_item")
def outbox_menu_item():
    return OutboxMenuItem(_("E-mail outbox"), reverse("home_outbox"), icon_name="mail", order=900)


class FailedMailsPanel(Component):
    """Dashboard panel: mails that failed after every retry, shown only when there are any."""

    name = "failed_mails"
    template_name = "home/admin/outbox_panel.html"
    order = 70

    def __init__(self, failed):
        self.failed = failed

    def get_context_data(self, parent_context):
        return {"failed": self.failed}


@hooks.register("construct_homepage_panels")
def add_failed_mails_panel(request, panels):
    if request.user.has_perm("home.view_outgoingmail"):
        failed = OutgoingMail.objects.filter(state=MailState.FAILED).count()
        if failed:
            panels.append(FailedMailsPanel(failed))


@hooks.register("regio_cache_watched_models")
def shared_content_models():
    """Shared content shown on public pages: saving or deleting it renews every cached fragment."""
    return [
        "home.Fact",
        "home.CoreMessage",
        "home.TargetGroup",
        "home.Theme",
        "home.Municipality",
        "home.PostcodeRange",
        "home.Reason",
        "home.RegioSettings",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        settings.WAGTAILIMAGES_IMAGE_MODEL,
    ]


@hooks.register("register_admin_urls")
def translation_report_urls():
    from home.translation_report import TranslationsReport

    return [
        path("vertalingen/", TranslationsReport.as_view(), name="regio_translations"),
        path(
            "vertalingen/resultaten/", TranslationsReport.as_view(results_only=True), name="regio_translations_results"
        ),
    ]


class TranslationsMenuItem(MenuItem):
    """Shown to everyone who may edit pages (editors hold page permissions, not model permissions)."""

    def is_shown(self, request):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        from home.languages import enabled_codes

        editor = PagePermissionPolicy().user_has_any_permission(request.user, {"change", "publish"})
        return len(enabled_codes()) > 1 and editor


@hooks.register("register_reports_menu_item")
def translations_menu_item():
    return TranslationsMenuItem(_("Translations"), reverse("regio_translations"), icon_name="globe", order=700)
