from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from ambassadors import explorer, views
from ambassadors.forms import ActivityForm
from ambassadors.models import Activity, Ambassador
from ambassadors.models.activity import can_see_all_activities
from ambassadors.progress import progress_for, submissions, totals
from ambassadors.roles import ambassador_of, is_staff_editor


class OwnActivitiesMixin:
    """An ambassador sees and edits only their own activities; staff see every one."""

    def get_base_queryset(self):
        return super().get_base_queryset().for_user(self.request.user).select_related("ambassador", "audience")


class OwnActivityObjectMixin:
    def get_object(self, queryset=None):
        activity = super().get_object(queryset)
        if not Activity.objects.for_user(self.request.user).filter(pk=activity.pk).exists():
            raise PermissionDenied
        return activity


class ActivityIndexView(OwnActivitiesMixin, generic.IndexView):
    pass


class ActivityEditView(OwnActivityObjectMixin, generic.EditView):
    pass


class ActivityDeleteView(OwnActivityObjectMixin, generic.DeleteView):
    pass


class ActivityViewSet(ModelViewSet):
    model = Activity
    icon = "date"
    add_to_admin_menu = False
    index_view_class = ActivityIndexView
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    inspect_view_enabled = False
    list_filter = ["kind", "ambassador", "medium"]
    search_fields = ["title", "place", "outlet"]
    ordering = ["-date", "-pk"]
    list_display = [
        "title",
        DateColumn("date", label=_("date")),
        Column("ambassador", label=_("ambassador")),
        Column("get_kind_display", label=_("kind")),
        Column("reach", label=_("reach")),
        Column("verified", label=_("verified"), accessor=lambda a: _("yes") if a.verified else _("no")),
    ]
    panels = [
        FieldPanel("ambassador", permission="ambassadors.verify_activity"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("audience")]),
        FieldPanel("reach"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("outlet"), FieldPanel("medium")]), FieldPanel("url")],
            heading=_("Media appearance"),
            help_text=_("Only for media appearances: where it appeared and a link to it."),
        ),
        FieldPanel("public"),
        FieldPanel("verified", permission="ambassadors.verify_activity"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=ActivityForm).bind_to_model(self.model)


class AmbassadorViewSet(ModelViewSet):
    model = Ambassador
    icon = "group"
    add_to_admin_menu = False
    inspect_view_enabled = False
    search_fields = ["name"]
    list_filter = ["engagement", "municipality"]
    list_display = [
        "name",
        Column("get_engagement_display", label=_("employed or volunteer")),
        "active_from",
        "active_until",
    ]


class AmbassadorsGroup(ModelViewSetGroup):
    menu_label = _("Ambassadors")
    menu_icon = "group"
    menu_order = 250
    items = (AmbassadorViewSet("ambassadors"), ActivityViewSet("activities"))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return AmbassadorsGroup()


class LogInterviewMenuItem(MenuItem):
    def is_shown(self, request):
        return ambassador_of(request.user) is not None or is_staff_editor(request.user)


@hooks.register("register_admin_menu_item")
def log_interview_menu_item():
    return LogInterviewMenuItem(
        _("Log an interview"), reverse("ambassadors_log_interview"), icon_name="openquote", order=90
    )


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("interviews/log/", views.log_interview, name="ambassadors_log_interview")]


class AmbassadorProgressPanel(Component):
    """Dashboard of an ambassador: this year's interviews against the target and the pace, reviews, activities."""

    name = "ambassador_progress"
    template_name = "ambassadors/admin/progress_panel.html"
    order = 40

    def __init__(self, ambassador):
        self.ambassador = ambassador

    def get_context_data(self, parent_context):
        (progress,) = progress_for([self.ambassador])
        return {
            "progress": progress,
            "submissions": submissions(self.ambassador),
            "activities": self.ambassador.activities.in_year(progress.year).select_related("audience")[:10],
        }


class AmbassadorsOverviewPanel(Component):
    """Dashboard of staff: every active ambassador's progress in one table, and the agency's totals."""

    name = "ambassadors_overview"
    template_name = "ambassadors/admin/overview_panel.html"
    order = 45

    def get_context_data(self, parent_context):
        rows = progress_for(Ambassador.objects.active())
        return {"rows": rows, "totals": totals(rows), "year": rows[0].year if rows else None}


@hooks.register("construct_homepage_panels")
def ambassador_panels(request, panels):
    own = ambassador_of(request.user)
    if own is not None:
        panels.append(AmbassadorProgressPanel(own))
    if can_see_all_activities(request.user) and Ambassador.objects.exists():
        panels.append(AmbassadorsOverviewPanel())


@hooks.register("construct_explorer_page_queryset")
def hide_other_drafts(parent_page, pages, request):
    """Ambassadors see live pages and their own drafts; other people's drafts stay out of sight."""
    return explorer.hide_other_drafts(pages, request.user)


@hooks.register("regio_cache_watched_models")
def ambassador_models():
    return ["ambassadors.Ambassador", "ambassadors.Activity", "ambassadors.AmbassadorSettings"]
