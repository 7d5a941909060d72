"""Research surveys: standard questions plus the editor's, one answer per visit of the form, nothing personal
unless asked for, and the answers aggregated by target group and origin."""

import re

import pytest

from analytics import dashboard
from analytics.models import GoalCount, SurveyField, SurveyPage, SurveyResponse
from home.models import Reason
from tests.builders import make_municipality, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(site):
    make_municipality("Roermond", ranges=((6040, 6047),))
    for slug, name in (("werk", "Werk"), ("wonen", "Wonen")):
        Reason.objects.create(slug=slug, name=name)
    page = SurveyPage(title="Onderzoek", slug="onderzoek")
    page.form_fields = [SurveyField(label="Wat mist er?", field_type="singleline", required=False)]
    site["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def token(client, url):
    return re.search(r'name="token" value="([^"]+)"', page_html(client, url)).group(1)


def answer(client, survey, site, **extra):
    data = {
        "token": token(client, survey.url),
        "postcode": "6041 AB",
        "target_group": site["seekers"].pk,
        "relation": "used_to",
        "reasons": [Reason.objects.get(slug="werk").pk],
        "consider": "yes",
        "wat_mist_er": "Een goede bus",
        **extra,
    }
    return client.post(survey.url, data)


def test_an_answer_is_stored_anonymously_with_its_origin(client, survey, site):
    response = answer(client, survey, site)
    assert response.status_code == 200 and "Dank je wel voor je antwoorden" in response.content.decode()
    stored = SurveyResponse.objects.get()
    assert (stored.origin, stored.relation, stored.consider, stored.email) == ("region", "used_to", "yes", "")
    assert stored.answers == {"wat_mist_er": "Een goede bus"}
    # No postcode kept (the token is random hex, which may contain any four digits).
    assert "6041" not in str([getattr(stored, f.attname) for f in SurveyResponse._meta.fields if f.name != "token"])
    assert GoalCount.objects.get(goal="survey").count == 1
    assert response["Cache-Control"] == "private, no-store"


def test_email_only_when_asked_for(client, survey, site):
    answer(client, survey, site, results_email="lisa@example.org")
    assert SurveyResponse.objects.get().email == "lisa@example.org"


def test_one_answer_per_visit_of_the_form(client, survey, site):
    form_token = token(client, survey.url)
    data = {"token": form_token, "relation": "lives"}
    assert "Dank je wel" in client.post(survey.url, data).content.decode()
    again = client.post(survey.url, data).content.decode()
    assert "Je hebt deze enquête al ingevuld" in again
    forged = client.post(survey.url, {"token": "forged", "relation": "lives"}).content.decode()
    assert "Dit formulier is verlopen" in forged
    assert SurveyResponse.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"relation": ""}, "verplicht"),
        ({"relation": "mars"}, "Selecteer een geldige keuze"),
        ({"postcode": "ABCD"}, "Vul een Nederlandse postcode in"),
        ({"target_group": "999999"}, "Selecteer een geldige keuze"),
        ({"results_email": "geen-adres"}, "geldig e-mailadres"),
    ],
)
def test_bad_answers_get_a_dutch_message_and_store_nothing(client, survey, site, data, message):
    response = answer(client, survey, site, **data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_answers_aggregated_by_target_group_and_origin(client, survey, site):
    answer(client, survey, site)  # left, from the region, job seeker, work
    answer(client, survey, site, relation="lives", postcode="", abroad="on")  # lives here, abroad (border), work
    answer(client, survey, site, relation="never", postcode="1011 AB", consider="no")
    period = dashboard.parse_period({"period": "year"})
    reasons = {(row[0], row[1]): row[2:] for row in dashboard.survey_reasons(period)}
    assert reasons[("Werk", "uit de regio")] == (1, 0)
    assert reasons[("Werk", "buitenland")] == (0, 1)
    groups = dashboard.survey_by_group(period)
    assert ("Werkzoekenden", "rest van Nederland", 1, 0) in groups
    assert sum(row[2] for row in groups) == 3


def test_staff_read_the_answers_without_addresses_and_export_them(client, survey, site, django_user_model):
    from django.contrib.auth.models import Group
    from django.test import Client

    answer(client, survey, site, results_email="lisa@example.org", wat_mist_er="=cmd|' /C calc'!A0")
    staff = django_user_model.objects.create_user("eva", "eva@example.org", "pw")
    staff.groups.add(Group.objects.get(name="Redactie"))
    reader = Client()
    reader.force_login(staff)
    html = reader.get(f"/admin/impact/enquete/{survey.pk}/").content.decode()
    assert "Werk" in html and "lisa@example.org" not in html
    exported = reader.get(f"/admin/impact/enquete/{survey.pk}/", {"export": "csv"}).content.decode("utf-8-sig")
    assert "lisa@example.org" not in exported and "Werk" in exported
    assert not any(line.startswith(("=", "+", "-", "@")) for line in exported.splitlines())
    ambassador = django_user_model.objects.create_user("sanne", "s@example.org", "pw")
    ambassador.groups.add(Group.objects.get(name="Ambassadeurs"))
    other = Client()
    other.force_login(ambassador)
    assert other.get(f"/admin/impact/enquete/{survey.pk}/").status_code == 403


def test_results_addresses_are_erased_after_a_year(client, survey, site):
    import datetime

    from django.utils import timezone

    from analytics.rollup import prune

    answer(client, survey, site, results_email="lisa@example.org")
    SurveyResponse.objects.update(created_at=timezone.now() - datetime.timedelta(days=400))
    prune(retention_days=30)
    assert SurveyResponse.objects.get().email == ""
