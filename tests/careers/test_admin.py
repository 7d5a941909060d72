"""Editors manage careers, organisations and pathways in the admin; staff see the interest on the dashboard."""

import pytest
from freezegun import freeze_time

from django.contrib.auth.models import Group, Permission

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from careers.models import ApplyClick, CareerIndexPage, CareerPage, CareerPathwayPage, JobAlert, Organisation

pytestmark = pytest.mark.django_db


def test_create_career_index_under_home(admin_client, world):
    CareerIndexPage.objects.all().delete()
    response = admin_client.post(
        f"/admin/pages/add/careers/careerindexpage/{world.home.pk}/",
        nested_form_data({"title": "Werken en leren", "slug": "werk", "per_page": 12, "action-publish": "publish"}),
    )
    assert response.status_code == 302
    assert CareerIndexPage.objects.get(slug="werk").live


def career_form(world, **changes):
    data = nested_form_data(
        {
            "title": "Lasser",
            "slug": "lasser",
            "organisation": world.warehouse.pk,
            "kind": "vacature",
            "sector": world.logistics.pk,
            "education_level": "mbo-2",
            "contract": "vast",
            "hours_min": 32,
            "hours_max": 40,
            "municipality": world.weert.pk,
            "description": rich_text("<p>Lassen.</p>"),
            "requirements": rich_text(""),
            "salary_unit": "MONTH",
            "apply_url": "https://example.org/lasser",
            "date_posted": "2026-11-20",
            "valid_through": "2027-01-31",
            "region_offer": streamfield([]),
            "action-publish": "publish",
            **changes,
        }
    )
    data["target_groups"] = [world.seekers.pk]
    return data


@freeze_time("2026-11-22 10:00")
def test_create_career_in_the_admin(admin_client, world):
    response = admin_client.post(f"/admin/pages/add/careers/careerpage/{world.index.pk}/", career_form(world))
    assert response.status_code == 302, response.context["form"].errors
    career = CareerPage.objects.get(slug="lasser")
    assert career.live and list(career.target_groups.all()) == [world.seekers]


@freeze_time("2026-11-22 10:00")
def test_admin_shows_dutch_errors_and_keeps_input(admin_client, world):
    data = career_form(world, hours_min=40, hours_max=20, apply_url="", valid_through="2026-11-01", title="Mijn lasser")
    response = admin_client.post(f"/admin/pages/add/careers/careerpage/{world.index.pk}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "De uren &#x27;tot&#x27; moeten minstens" in html
    assert "Geef een webadres of een e-mailadres" in html
    assert 'value="Mijn lasser"' in html
    assert not CareerPage.objects.exists()


def test_pathway_in_the_admin(admin_client, world):
    data = nested_form_data(
        {
            "title": "Werken in de zorg",
            "slug": "zorg",
            "sector": world.care.pk,
            "routes": streamfield(
                [
                    (
                        "route",
                        {
                            "name": "Verpleegkunde",
                            "level": "hbo",
                            "school": "Fontys",
                            "location": "",
                            "duration": "",
                            "description": "",
                            "url": "",
                        },
                    )
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/careers/careerpathwaypage/{world.index.pk}/", data)
    assert response.status_code == 302
    assert CareerPathwayPage.objects.get().routes[0].value["school"] == "Fontys"


def test_organisation_snippet(admin_client, world):
    response = admin_client.post(
        "/admin/snippets/careers/organisation/add/",
        {
            "name": "Techniekhuis Leudal",
            "sector": world.care.pk,
            "municipality": world.weert.pk,
            "website": "https://example.org",
            "description": "Machines.",
        },
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="Techniekhuis Leudal").slug == "techniekhuis-leudal"


def test_dashboard_shows_apply_clicks(admin_client, careers):
    ApplyClick.objects.create(career=careers.nurse)
    ApplyClick.objects.create(career=careers.nurse)
    ApplyClick.objects.create(career=careers.picker)
    html = admin_client.get("/admin/").content.decode()
    assert "Interesse in vacatures" in html
    assert "3 klikken op sollicitatieknoppen" in html
    assert html.index("Verpleegkundige SEH") < html.index("Orderpicker")


def test_job_alert_addresses_are_for_permitted_staff_only(client, django_user_model, careers):
    JobAlert.objects.create(index=careers.index, email="jan@example.org")
    editor = django_user_model.objects.create_user("editor", "e@example.org", "pw")
    editors = Group.objects.get(name="Redactie")  # made by a migration; editorial, so no job alerts
    editor.groups.add(editors)
    client.force_login(editor)
    response = client.get("/admin/snippets/careers/jobalert/")
    assert response.status_code == 403
    assert "jan@example.org" not in response.content.decode()
    editors.permissions.add(Permission.objects.get(codename="view_jobalert"))
    assert "jan@example.org" in client.get("/admin/snippets/careers/jobalert/").content.decode()
