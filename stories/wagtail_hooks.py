from django.urls import path
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from ambassadors.roles import is_staff_editor
from stories.admin_views import send_consent_link
from stories.consents import expiring_soon
from stories.models import InterviewPage, StorySettings


class InterviewProgressPanel(Component):
    """Dashboard: interviews published this year against the target, and consents ending soon."""

    name = "interview_progress"
    template_name = "stories/admin/interview_progress_panel.html"
    order = 80

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        site = Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        story_settings = StorySettings.for_site(site) if site else StorySettings()
        year = timezone.localdate().year
        published = InterviewPage.objects.live().filter(first_published_at__year=year).count()
        target = story_settings.yearly_interview_target
        return {
            "year": year,
            "published": published,
            "target": target,
            "percentage": min(100, round(100 * published / target)) if target else 100,
            "expiring": expiring_soon(story_settings.consent_warning_days),
            "warning_days": story_settings.consent_warning_days,
        }


@hooks.register("construct_homepage_panels")
def add_interview_progress_panel(request, panels):
    if is_staff_editor(request.user):
        panels.append(InterviewProgressPanel(request))


@hooks.register("register_admin_urls")
def consent_admin_urls():
    return [path("interviews/<int:page_id>/consent/", send_consent_link, name="interview_consent_send")]


@hooks.register("regio_hidden_pages")
def interviews_without_consent(today):
    """Interviews whose consent has ended are out of every listing, search, feed and sitemap at once."""
    from stories.models.interviews import interviews_without_consent as ids

    return ids(today)


@hooks.register("regio_cache_watched_models")
def story_settings_model():
    return ["stories.StorySettings"]


@hooks.register("regio_home_sections", order=10)
def latest_stories_section(request, home, target_group=None):
    from stories.sections import latest_stories

    return latest_stories(request, home, target_group)
