"""Counting against the yearly target, the phone log form, and the public ambassador pages."""

import datetime

import pytest
from freezegun import freeze_time

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ambassadors.models import Activity, Ambassador, AmbassadorSettings
from ambassadors.progress import Progress, progress_for
from stories.models import ConsentRequest, InterviewConsent, InterviewPage
from tests.ambassadors.conftest import client_for, log, make_ambassador
from tests.builders import make_interview, page_html

pytestmark = pytest.mark.django_db


def publish(page):
    latest = page.get_latest_revision_as_object()
    latest.consents.add(
        InterviewConsent(
            given_on=page.interview_date, expires_on=page.interview_date + datetime.timedelta(days=730), web=True
        )
    )
    latest.save_revision().publish()


class TestTargetCounting:
    def test_held_counts_from_the_interview_date_published_or_not_across_the_year_boundary(self, region, people):
        sanne = people["sanne"]
        with freeze_time("2026-12-31 22:00"):
            december = log(region, sanne, "Anne Oud", held=datetime.date(2026, 12, 31))
            publish(december)
        with freeze_time("2027-01-01 09:00"):
            log(region, sanne, "Bram Nieuw", held=datetime.date(2027, 1, 1))
            (this_year,) = progress_for([sanne])
            (last_year,) = progress_for([sanne], year=2026)
        assert (this_year.held, this_year.published) == (1, 0)
        assert (last_year.held, last_year.published) == (1, 1)

    def test_pace_and_behind(self, region, people):
        sanne = people["sanne"]
        day = datetime.date(2026, 7, 2)  # day 183 of 365: half the year
        progress = Progress(sanne, 2026, 25, day, held=9)
        assert progress.expected == 12 and progress.behind == 3 and not progress.on_track
        assert Progress(sanne, 2026, 25, day, held=12).on_track
        assert Progress(sanne, 2026, 25, datetime.date(2027, 1, 5)).expected == 25  # a past year: all of it
        assert Progress(sanne, 2026, 25, datetime.date(2026, 1, 1)).expected == 0

    def test_target_from_settings_or_own(self, region, people):
        settings = AmbassadorSettings.for_site(region["home"].get_site())
        settings.yearly_interview_target = 30
        settings.save()
        sanne, joris = progress_for([people["sanne"], people["joris"]])
        assert (sanne.target, joris.target) == (30, 10)

    def test_reviews_activities_media_and_reach(self, region, people):
        sanne, staff = people["sanne"], people["staff"]
        today = datetime.date.today()
        in_review = log(region, sanne, "A")
        in_review.get_workflow().start(in_review, sanne.user)
        changes = log(region, sanne, "B")
        state = changes.get_workflow().start(changes, sanne.user)
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, staff, "reject", comment="korter")
        Activity.objects.create(
            ambassador=sanne, kind="media", title="Krant", outlet="L", medium="newspaper", reach=900
        )
        Activity.objects.create(ambassador=sanne, kind="fair", title="Beurs", reach=100)
        Activity.objects.create(
            ambassador=sanne, kind="fair", title="Vorig jaar", reach=5, date=today.replace(year=today.year - 1)
        )
        (row,) = progress_for([sanne])
        assert (row.held, row.awaiting, row.changes) == (2, 1, 1)
        assert (row.activities, row.media, row.reach) == (2, 1, 1000)

    def test_staff_overview_costs_the_same_queries_for_two_or_twelve_ambassadors(
        self, region, people, django_user_model
    ):
        def measure():
            with CaptureQueriesContext(connection) as queries:
                progress_for(Ambassador.objects.active())
            return len(queries)

        log(region, people["sanne"], "A")
        measure()  # the first call stores the site's default settings
        few = measure()
        for n in range(10):
            ambassador = make_ambassador(None, f"Extra {n}")
            log(region, ambassador, f"Persoon {n}")
            Activity.objects.create(ambassador=ambassador, kind="fair", title="Beurs", reach=10)
        assert measure() == few


class TestLogInterviewForm:
    def test_logs_a_draft_linked_to_the_ambassador_and_lands_on_its_edit_view(self, region, people):
        client = client_for(people["sanne"].user)
        data = {
            "interview_date": datetime.date.today().isoformat(),
            "name": "Fatima El Idrissi",
            "role": "verpleegkundige",
            "organisation": "Laurentius",
            "speaks_for": str(region["group"].pk),
            "email": "fatima@example.org",
            "quote": "Hier tel je mee.",
            "notes": "Eerste regel\nTweede regel",
        }
        response = client.post("/admin/interviews/log/", data)
        page = InterviewPage.objects.get(interviewee_name="Fatima El Idrissi")
        assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page.pk}/edit/"
        assert not page.live and page.ambassador == people["sanne"] and page.owner == people["sanne"].user
        assert page.title == "Interview met Fatima El Idrissi" and page.notes == "Eerste regel\nTweede regel"
        assert page.speaks_for == region["group"] and page.get_latest_revision() is not None
        assert ConsentRequest.objects.get(page=page).email == "fatima@example.org"
        assert "fatima@example.org" not in str(page.get_latest_revision().content)  # not in revisions
        assert progress_for([people["sanne"]])[0].held == 1

    @pytest.mark.parametrize(
        ("changes", "field", "message"),
        [
            ({"name": ""}, "name", "Dit is een verplicht veld."),
            ({"name": "\x00\x00"}, "name", "Null-tekens zijn niet toegestaan."),
            ({"name": "\u200b\u200b"}, "name", "Vul de naam in van de persoon die je interviewde."),
            ({"interview_date": "2099-01-01"}, "interview_date", "deze datum ligt in de toekomst"),
            ({"interview_date": "gisteren"}, "interview_date", "Voer een geldige datum in."),
            ({"interview_date": "2001-01-01"}, "interview_date", "te lang geleden"),
            ({"email": "geen-adres"}, "email", "geldig e-mailadres"),
            ({"speaks_for": "999999"}, "speaks_for", "Selecteer een geldige keuze"),
            ({"name": "x" * 500}, "name", "120 tekens"),
        ],
    )
    def test_bad_input_gets_a_dutch_message_and_saves_nothing(self, region, people, changes, field, message):
        data = {"interview_date": datetime.date.today().isoformat(), "name": "Tim", **changes}
        response = client_for(people["sanne"].user).post("/admin/interviews/log/", data)
        html = response.content.decode()
        assert response.status_code == 200 and message in html
        assert 'aria-invalid="true"' in html or "error" in html
        assert not InterviewPage.objects.exists() and not ConsentRequest.objects.exists()

    def test_staff_choose_the_ambassador(self, region, people):
        client = client_for(people["staff"])
        html = client.get("/admin/interviews/log/").content.decode()
        assert "Joris Hendriks" in html
        data = {"interview_date": datetime.date.today().isoformat(), "name": "Tim", "ambassador": people["joris"].pk}
        assert client.post("/admin/interviews/log/", data).status_code == 302
        assert InterviewPage.objects.get().ambassador == people["joris"]


class TestPublicPages:
    def test_profile_shows_published_work_and_verified_public_activities_only(self, client, region, people):
        sanne = people["sanne"]
        make_interview(region["index"], "Live interview", ambassador=sanne)
        log(region, sanne, "Concept Persoon")
        Activity.objects.create(
            ambassador=sanne, kind="fair", title="Gecontroleerde beurs", reach=5, verified_at=timezone.now()
        )
        Activity.objects.create(ambassador=sanne, kind="fair", title="Nog niet gecontroleerd", reach=5)
        Activity.objects.create(
            ambassador=sanne, kind="fair", title="Privé", reach=5, public=False, verified_at=timezone.now()
        )
        Activity.objects.create(
            ambassador=sanne,
            kind="media",
            title="Op de radio",
            outlet="L1",
            medium="radio",
            url="https://l1.nl/",
            reach=9,
            verified_at=timezone.now(),
        )
        html = page_html(client, "/ambassadeurs/sanne-peeters/")
        assert "Live interview" in html and "Concept Persoon" not in html
        assert "Gecontroleerde beurs" in html and "Nog niet gecontroleerd" not in html and "Privé" not in html
        assert 'href="https://l1.nl/"' in html and "(L1, radio)" in html
        assert '"@type": "Person"' in html and '"name": "Sanne Peeters"' in html
        assert "Sanne Peeters" in page_html(client, "/ambassadeurs/")

    def test_former_and_unknown_ambassadors_are_not_shown(self, client, region, people):
        joris = people["joris"]
        joris.active_until = datetime.date.today() - datetime.timedelta(days=1)
        joris.save()
        assert client.get("/ambassadeurs/joris-hendriks/").status_code == 404
        assert "Joris" not in page_html(client, "/ambassadeurs/")
        for bad in ("/ambassadeurs/onbekend/", "/ambassadeurs/%3Cscript%3E/", "/ambassadeurs/" + "a" * 300 + "/"):
            assert client.get(bad).status_code == 404

    def test_profile_query_count_does_not_grow_with_content(self, client, region, people):
        sanne = people["sanne"]

        def count():
            with CaptureQueriesContext(connection) as queries:
                page_html(client, "/ambassadeurs/sanne-peeters/")
            return len(queries)

        make_interview(region["index"], "Eerste", ambassador=sanne)
        Activity.objects.create(ambassador=sanne, kind="fair", title="Beurs", reach=5, verified_at=timezone.now())
        count()  # the first request stores the site's default settings
        count()  # and fills the site's caches
        few = count()
        for n in range(8):
            make_interview(region["index"], f"Interview {n}", ambassador=sanne)
            Activity.objects.create(
                ambassador=sanne, kind="school", title=f"Les {n}", reach=5, verified_at=timezone.now()
            )
        count()  # publishing emptied the site's caches; compare warm with warm
        assert count() == few

    def test_the_interview_names_its_ambassador(self, client, region, people):
        live = make_interview(region["index"], "Live interview", ambassador=people["sanne"])
        html = page_html(client, live.url)
        assert 'href="/ambassadeurs/sanne-peeters/"' in html
