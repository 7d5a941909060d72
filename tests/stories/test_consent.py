import datetime

import pytest
from freezegun import freeze_time

from django.core.exceptions import ValidationError
from django.core.management import call_command

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from stories.models import InterviewPage
from tests.builders import make_home, make_interview, make_story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return make_story_index(make_home())


def interview_form(title, consents):
    return nested_form_data(
        {
            "title": title,
            "slug": "interview-1",
            "interviewee_name": "Lotte Janssen",
            "publication_date": "2026-11-01",
            "body": streamfield([]),
            "per_page": 12,
            "consents": inline_formset(consents),
            "action-publish": "publish",
        }
    )


class TestPublishingNeedsConsent:
    def test_admin_refuses_to_publish_without_consent(self, admin_client, index):
        url = f"/admin/pages/add/stories/interviewpage/{index.pk}/"
        response = admin_client.post(url, interview_form("Zonder toestemming", []))
        assert response.status_code == 200
        assert "kan niet gepubliceerd worden" in response.content.decode()
        assert not InterviewPage.objects.filter(live=True).exists()

    def test_admin_refuses_expired_or_print_only_consent(self, admin_client, index):
        url = f"/admin/pages/add/stories/interviewpage/{index.pk}/"
        expired = {"given_on": "2024-01-01", "expires_on": "2025-01-01", "web": "on"}
        print_only = {"given_on": "2026-01-01", "expires_on": "2030-01-01", "print": "on"}
        with freeze_time("2026-11-22"):
            response = admin_client.post(url, interview_form("Verlopen", [expired, print_only]))
        assert "kan niet gepubliceerd worden" in response.content.decode()

    def test_admin_publishes_with_web_consent(self, admin_client, index):
        url = f"/admin/pages/add/stories/interviewpage/{index.pk}/"
        consent = {"given_on": "2026-11-01", "expires_on": "2027-11-01", "web": "on", "how": "formulier"}
        with freeze_time("2026-11-22"):
            response = admin_client.post(url, interview_form("Met toestemming", [consent]))
        assert response.status_code == 302
        interview = InterviewPage.objects.get(title="Met toestemming")
        assert interview.live
        assert interview.consents.get().expires_on == datetime.date(2027, 11, 1)

    def test_model_guard_blocks_publishing_outside_the_admin(self, index):
        interview = make_interview(index, "Zonder", consent_days=None)
        with pytest.raises(ValidationError):
            interview.save_revision().publish()
        interview.refresh_from_db()
        assert not interview.live

    def test_a_draft_can_be_saved_without_consent(self, admin_client, index):
        url = f"/admin/pages/add/stories/interviewpage/{index.pk}/"
        data = interview_form("Concept", [])
        data.pop("action-publish")
        assert admin_client.post(url, data).status_code == 302
        assert InterviewPage.objects.get(title="Concept").live is False


class TestExpireConsents:
    def test_unpublishes_expired_and_is_idempotent(self, index, capsys):
        expiring = make_interview(index, "Verloopt", consent_days=3)
        lasting = make_interview(index, "Blijft", consent_days=300)
        with freeze_time(datetime.date.today() + datetime.timedelta(days=10)):
            call_command("expire_consents")
            first = capsys.readouterr().out
            call_command("expire_consents")
            second = capsys.readouterr().out
        expiring.refresh_from_db()
        lasting.refresh_from_db()
        assert not expiring.live and lasting.live
        assert "Unpublished: Verloopt" in first and "Unpublished 1 interview(s)" in first
        assert "Unpublished 0 interview(s)" in second

    def test_dry_run_changes_nothing(self, index, capsys):
        interview = make_interview(index, "Verloopt", consent_days=1)
        with freeze_time(datetime.date.today() + datetime.timedelta(days=5)):
            call_command("expire_consents", "--dry-run")
        interview.refresh_from_db()
        assert interview.live
        assert "Would unpublish: Verloopt" in capsys.readouterr().out


class TestDashboard:
    def test_shows_progress_and_consents_ending_soon(self, admin_client, index):
        make_interview(index, "Eindigt bijna", consent_days=10)
        make_interview(index, "Loopt nog lang", consent_days=200)
        html = admin_client.get("/admin/").content.decode()
        assert "2 van 25 interviews gepubliceerd" in html
        assert "Eindigt bijna" in html
        assert "Loopt nog lang" not in html
