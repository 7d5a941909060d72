import json
import re

import pytest
from freezegun import freeze_time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.models import ApplyClick
from tests.builders import page_html

pytestmark = pytest.mark.django_db
TODAY = "2026-11-22 10:00"


def json_ld(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
    return None


@freeze_time(TODAY)
def test_open_career_shows_details_and_job_posting(client, careers):
    careers.nurse.salary_min, careers.nurse.salary_max = 3400, 4900
    careers.nurse.street_address, careers.nurse.postal_code = "Mgr. Driessenstraat 6", "6043 CV"
    careers.nurse.save_revision().publish()
    response = client.get(careers.nurse.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Laurentius Zorggroep" in html and "24–36" in html
    posting = json_ld(html, "JobPosting")
    assert posting["title"] == "Verpleegkundige SEH"
    assert "<p>Een mooie baan.</p>" in posting["description"]
    assert posting["datePosted"] == "2026-11-01"
    assert posting["validThrough"] == "2027-01-15T23:59:59+01:00"
    assert posting["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Laurentius Zorggroep",
        "sameAs": "https://example.org/laurentius",
    }
    address = posting["jobLocation"]["address"]
    assert address["addressLocality"] == "Roermond" and address["postalCode"] == "6043 CV"
    assert address["streetAddress"] == "Mgr. Driessenstraat 6" and address["addressCountry"] == "NL"
    assert posting["employmentType"] == ["FULL_TIME", "PART_TIME"]
    assert posting["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 3400.0, "maxValue": 4900.0},
    }
    assert posting["educationRequirements"]["credentialCategory"] == "bachelor degree"


@freeze_time(TODAY)
def test_salary_is_left_out_when_unknown_and_interns_are_interns(client, careers):
    posting = json_ld(client.get(careers.intern.url).content.decode(), "JobPosting")
    assert "baseSalary" not in posting
    assert "INTERN" in posting["employmentType"]


@freeze_time(TODAY)
def test_study_route_is_not_marked_up_as_a_job(client, careers):
    html = client.get(careers.study.url).content.decode()
    assert json_ld(html, "JobPosting") is None
    assert json_ld(html, "EducationalOccupationalProgram")["name"] == "Opleiding logistiek medewerker"


def test_expired_career_drops_out_by_itself(client, careers):
    with freeze_time("2026-12-20 12:00"):
        html = client.get("/werken-en-leren/?soort=stage").content.decode()
        assert "Stage doktersassistent" in html
        assert "Stage doktersassistent" in client.get("/search/?q=doktersassistent").content.decode()
        assert careers.intern.url in client.get("/sitemap.xml").content.decode()
    with freeze_time("2026-12-21 00:30"):  # the day after 'open until'
        listing = page_html(client, "/werken-en-leren/")
        assert "Stage doktersassistent" not in listing
        assert "Stage doktersassistent" not in page_html(client, "/search/?q=doktersassistent")
        assert careers.intern.url not in page_html(client, "/sitemap.xml")
        page = client.get(careers.intern.url)
        html = page.content.decode()
        assert page.status_code == 200
        assert "niet meer open" in html
        assert '<meta name="robots" content="noindex">' in html
        assert json_ld(html, "JobPosting") is None
        similar = [c.title for c in page.context["similar_careers"]]
        assert similar and "Stage doktersassistent" not in similar
        assert "Gesloten vacature" not in similar


@freeze_time(TODAY)
def test_apply_counts_the_click_and_redirects_to_the_stored_address(client, careers):
    response = client.get(careers.nurse.url + "apply/")
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/solliciteer"
    click = ApplyClick.objects.get()
    assert click.career_id == careers.nurse.pk


@freeze_time(TODAY)
@pytest.mark.parametrize(
    "suffix",
    [
        "apply/?next=https://evil.example",
        "apply/?url=https://evil.example&to=//evil.example",
        "apply/https://evil.example/",
        "apply//evil.example",
        "apply/%2F%2Fevil.example",
    ],
)
def test_apply_cannot_be_made_to_redirect_elsewhere(client, careers, suffix):
    response = client.get(careers.nurse.url + suffix)
    assert "evil" not in response.get("Location", "")


@freeze_time(TODAY)
def test_apply_by_email_and_after_closing(client, careers):
    careers.carer.apply_url, careers.carer.apply_email = "", "vacatures@example.org"
    careers.carer.save_revision().publish()
    assert client.get(careers.carer.url + "apply/")["Location"] == "mailto:vacatures@example.org"
    response = client.get(careers.closed.url + "apply/")
    assert response["Location"] == careers.closed.url
    assert ApplyClick.objects.filter(career=careers.closed).count() == 0


@freeze_time(TODAY)
def test_career_page_query_budget(client, settings, careers):
    settings.REGIO_FRAGMENT_CACHE_SECONDS = 0
    client.get(careers.nurse.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(careers.nurse.url).status_code == 200
    assert len(queries) <= 15


@freeze_time(TODAY)
def test_pathway_shows_routes_careers_and_stories(client, careers):
    from careers.models import CareerPathwayPage
    from tests.builders import make_story, make_story_index

    stories = make_story_index(careers.home)
    make_story(stories, "Van stage naar vaste baan in de logistiek", themes=[careers.logistics])
    pathway = CareerPathwayPage(
        title="Werken in de logistiek",
        sector=careers.logistics,
        routes=[
            ("route", {"name": "Logistiek teamleider", "level": "mbo-4", "school": "Gilde Opleidingen"}),
            ("route", {"name": "Logistiek medewerker", "level": "mbo-2", "school": "Gilde Opleidingen"}),
        ],
    )
    careers.index.add_child(instance=pathway)
    pathway.save_revision().publish()
    html = client.get(pathway.url).content.decode()
    assert html.index("Logistiek medewerker") < html.index("Logistiek teamleider")  # mbo 2 before mbo 4
    assert "Orderpicker" in html and "Planner transport" in html and "Verpleegkundige SEH" not in html
    assert "Van stage naar vaste baan in de logistiek" in html
    assert "?sector=logistiek" in html
    assert pathway.title in client.get("/werken-en-leren/").content.decode()


@freeze_time(TODAY)
def test_home_features_careers_and_switcher_matches_group(client, careers):
    careers.planner.featured = True
    careers.planner.save_revision().publish()
    html = client.get("/").content.decode()
    assert html.index("Planner transport") < html.index("Orderpicker")
    pupils = client.get("/voor/scholieren/").content.decode()
    assert "Stage doktersassistent" in pupils and "Planner transport" not in pupils


@freeze_time(TODAY)
def test_career_validation_messages(careers):
    from django.core.exceptions import ValidationError

    career = careers.nurse
    career.hours_min, career.hours_max = 40, 20
    career.apply_url = ""
    career.valid_through = "2026-10-01"
    with pytest.raises(ValidationError) as error:
        career.full_clean()
    assert set(error.value.message_dict) >= {"hours_max", "apply_url", "valid_through"}
