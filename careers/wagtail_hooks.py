from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from careers.choices import Kind
from careers.models import ApplyClick, CareerPage, JobAlert, Organisation

CLICK_DAYS = 30


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "sector", "municipality", "website"]
    list_filter = ["sector", "municipality"]
    search_fields = ["name"]


class JobAlertViewSet(SnippetViewSet):
    """For requests to delete someone's data: find their alerts by address and delete them."""

    model = JobAlert
    icon = "mail"
    menu_label = _("Job alerts")
    add_to_settings_menu = True
    list_display = ["email", Column("query", label=_("Search")), "confirmed_at", "last_sent_at"]
    search_fields = ["email"]
    list_filter = {"confirmed_at": ["isnull"]}
    ordering = ["-created_at"]


register_snippet(OrganisationViewSet)
register_snippet(JobAlertViewSet)


class ApplyClicksPanel(Component):
    """Dashboard: what draws interest, as apply clicks in the last 30 days."""

    name = "apply_clicks"
    template_name = "careers/admin/apply_clicks_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        since = timezone.now() - timedelta(days=CLICK_DAYS)
        clicks = ApplyClick.objects.filter(clicked_at__gte=since)
        top = (
            clicks.values("career_id", "career__title", "career__organisation__name")
            .annotate(clicks=Count("pk"))
            .order_by("-clicks", "career__title")[:5]
        )
        by_kind = [
            {"label": Kind(row["career__kind"]).label, "clicks": row["clicks"]}
            for row in clicks.values("career__kind").annotate(clicks=Count("pk")).order_by("-clicks")
        ]
        return {"days": CLICK_DAYS, "total": clicks.count(), "top": top, "by_kind": by_kind}


@hooks.register("construct_homepage_panels")
def add_apply_clicks_panel(request, panels):
    if request.user.has_perm("careers.view_applyclick"):  # analytics: staff, not ambassadors
        panels.append(ApplyClicksPanel())


@hooks.register("regio_cache_watched_models")
def organisation_model():
    return ["careers.Organisation"]


@hooks.register("regio_home_sections", order=20)
def featured_careers_section(request, home, target_group=None):
    from careers.sections import featured_careers

    return featured_careers(request, home, target_group)


@hooks.register("regio_hidden_from_search")
def closed_careers():
    """Careers past their closing date keep their page but leave site search."""
    return CareerPage.objects.closed().values("pk")
