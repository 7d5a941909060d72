from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events import admin_views
from events.models import EventSeries


class EventSeriesViewSet(SnippetViewSet):
    model = EventSeries
    icon = "date"
    menu_label = _("Event series")
    add_to_settings_menu = True
    list_display = ["name", "slug"]


register_snippet(EventSeriesViewSet)


@hooks.register("register_admin_urls")
def registration_urls():
    return [
        path("aanmeldingen/", admin_views.events_overview, name="events_registrations_overview"),
        path("aanmeldingen/verwijderen/", admin_views.delete_person, name="events_delete_person"),
        path("aanmeldingen/<int:event_id>/", admin_views.registrations, name="events_registrations"),
        path(
            "aanmeldingen/<int:event_id>/resultaten/",
            admin_views.registrations_results,
            name="events_registrations_results",
        ),
        path("aanmeldingen/<int:event_id>/check-in/", admin_views.check_in, name="events_check_in"),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("events.view_registration")


@hooks.register("register_admin_menu_item")
def registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"), reverse("events_registrations_overview"), icon_name="list-ul", order=220
    )


@hooks.register("regio_cache_watched_models")
def event_series_model():
    return ["events.EventSeries"]


@hooks.register("regio_home_sections", order=30)
def upcoming_events_section(request, home, target_group=None):
    from events.sections import upcoming_events

    return upcoming_events(request, home, target_group)
