from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from analytics import goals, views
from analytics.models import Campaign
from analytics.panels import CampaignLinksPanel


class CampaignViewSet(ModelViewSet):
    model = Campaign
    icon = "link"
    menu_label = _("Campaigns")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = False
    search_fields = ["name", "slug"]
    list_display = ["name", "slug", "starts_on", "ends_on", Column("outside_region", label=_("outside the region"))]

    def get_edit_handler(self):
        """The campaign's own panels, and below them every saved link's address and QR code."""
        panels = [*Campaign.panels, CampaignLinksPanel(heading=_("Addresses and QR codes to use"))]
        return ObjectList(panels).bind_to_model(Campaign)


@hooks.register("register_admin_viewset")
def register_campaigns():
    return CampaignViewSet("campaigns")


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_admin_menu_item")
def dashboard_menu_item():
    return DashboardMenuItem(_("Impact"), reverse("analytics_dashboard"), icon_name="pick", order=100)


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("impact/", views.impact_dashboard, name="analytics_dashboard"),
        path("impact/rapport.pdf", views.board_report, name="analytics_board_report"),
        path("impact/bijwerken/", views.update_now, name="analytics_update_now"),
        path("campagnes/qr/<int:link_id>.<str:kind>", views.qr_code, name="analytics_qr"),
        path("impact/enquete/<int:page_id>/", views.survey_answers, name="analytics_survey_answers"),
    ]


@hooks.register("regio_goal_reached")
def count_goal(goal):
    goals.count(goal)


@hooks.register("regio_cache_watched_models")
def campaign_models():
    return ["analytics.Campaign", "analytics.CampaignLink", "analytics.ImpactSettings"]
