import csv
import io

import pytest
from freezegun import freeze_time

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from events import booking as service
from events.admin_views import EXPORT_COLUMNS
from events.models import Registration

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


@pytest.fixture
def filled(agenda):
    event = agenda.event("Banenmarkt", capacity=2, questions=[("Welke workshop?", "Lassen\nSolderen", False)])
    with freeze_time(NOW):
        service.register(
            event,
            "Sanne",
            "sanne@example.org",
            "6041 AB",
            target_group=agenda.pupils,
            answers={"Welke workshop?": "Lassen"},
        )
        service.register(event, "Piet", "piet@example.org", "1012 JS", target_group=agenda.seekers)
        service.register(event, "Hans", "hans@example.org", abroad=True)
    return event


def staff(client, django_user_model, *codenames):
    user = django_user_model.objects.create_user("medewerker", "m@example.org", "pw")
    group = Group.objects.create(name="Communicatie")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__in=codenames, content_type__app_label="events"),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


def test_registrations_overview_counts(admin_client, filled):
    html = admin_client.get(f"/admin/aanmeldingen/{filled.pk}/").content.decode()
    assert "Sanne" in html and "Piet" in html and "Hans" in html
    assert "<td>bevestigd</td><td>2</td>" in html and "<td>wachtlijst</td><td>1</td>" in html
    assert "uit de regio" in html and "rest van Nederland" in html and "buitenland" in html
    waiting = admin_client.get(f"/admin/aanmeldingen/{filled.pk}/?status=waiting").content.decode()
    assert "Hans" in waiting and "Sanne" not in waiting


def export(client, event, kind):
    response = client.get(f"/admin/aanmeldingen/{event.pk}/?export={kind}")
    return response, b"".join(response.streaming_content) if response.streaming else response.content


def test_csv_export_columns(admin_client, filled):
    response, content = export(admin_client, filled, "csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["id", "Naam", "E-mail"] and len(rows[0]) == len(EXPORT_COLUMNS)
    sanne = next(row for row in rows if row[1] == "Sanne")
    assert sanne[2:7] == ["sanne@example.org", "6041 AB", "uit de regio", "Scholieren", "bevestigd"]
    assert sanne[8] == "Welke workshop?: Lassen"
    assert len(rows) == 4


def test_xlsx_export(admin_client, filled):
    import openpyxl

    response, content = export(admin_client, filled, "xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(rows) == 4 and any(row[1] == "Sanne" and row[2] == "sanne@example.org" for row in rows)


def test_registrations_can_be_filtered_by_origin(admin_client, filled):
    html = admin_client.get(f"/admin/aanmeldingen/{filled.pk}/?origin=abroad").content.decode()
    assert "hans@example.org" in html and "sanne@example.org" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/aanmeldingen/",
        "/admin/aanmeldingen/{pk}/",
        "/admin/aanmeldingen/{pk}/?export=csv",
        "/admin/aanmeldingen/{pk}/check-in/",
    ],
)
def test_editor_without_the_right_group_gets_403(client, django_user_model, filled, url):
    staff(client, django_user_model)  # admin access, no registration permissions
    response = client.get(url.format(pk=filled.pk))
    assert response.status_code == 403
    assert "sanne@example.org" not in response.content.decode()


def test_communication_staff_can_see_and_check_in(client, django_user_model, filled):
    staff(client, django_user_model, "view_registration", "change_registration")
    assert client.get(f"/admin/aanmeldingen/{filled.pk}/").status_code == 200
    page = client.get(f"/admin/aanmeldingen/{filled.pk}/check-in/?q=san").content.decode()
    assert "Sanne" in page and "Piet" not in page
    sanne = Registration.objects.get(email="sanne@example.org")
    client.post(f"/admin/aanmeldingen/{filled.pk}/check-in/", {"registration": sanne.pk, "attended": "1"})
    assert Registration.objects.get(pk=sanne.pk).status == "attended"
    assert "1 van 2 aanwezig" in client.get(f"/admin/aanmeldingen/{filled.pk}/check-in/").content.decode()
    # Deleting needs the delete permission.
    assert client.post("/admin/aanmeldingen/verwijderen/", {"email": "piet@example.org"}).status_code == 403


def test_delete_a_persons_registrations_frees_the_place(admin_client, filled):
    response = admin_client.post("/admin/aanmeldingen/verwijderen/", {"email": "Sanne@example.org"})
    assert response.status_code == 302
    assert not Registration.objects.filter(email="sanne@example.org").exists()
    assert Registration.objects.get(email="hans@example.org").status == "confirmed"  # moved up


def test_anonymise_after_the_event(filled):
    with freeze_time("2027-01-05 12:00"):  # 26 days after the event
        call_command("anonymise_registrations", stdout=open("/dev/null", "w"))
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 0
    with freeze_time("2027-01-10 12:00"):
        call_command("anonymise_registrations", stdout=open("/dev/null", "w"))
        call_command("anonymise_registrations", stdout=open("/dev/null", "w"))  # idempotent
    rows = list(Registration.objects.values("name", "email", "postcode", "answers", "status", "origin", "target_group"))
    assert all(r["name"] == r["email"] == r["postcode"] == "" and r["answers"] == {} for r in rows)
    assert sorted(r["origin"] for r in rows) == ["abroad", "netherlands", "region"]
    assert sorted(r["status"] for r in rows) == ["confirmed", "confirmed", "waiting"]
    assert sum(1 for r in rows if r["target_group"]) == 2


def test_anonymise_days_setting(filled, settings):
    settings.REGIO_ANONYMISE_AFTER_DAYS = 5
    with freeze_time("2026-12-16 12:00"):
        call_command("anonymise_registrations", stdout=open("/dev/null", "w"))
    assert not Registration.objects.exclude(name="").exists()


def test_check_in_list_pages_by_100_keeps_the_page_and_costs_the_same_for_any_size(
    admin_client, agenda, django_assert_max_num_queries
):
    """A fair with 250 people: the door list shows 100 at a time, and ticking someone keeps you on their page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = agenda.event("Grote banenmarkt", capacity=None)
    Registration.objects.bulk_create(
        Registration(
            event=event,
            name=f"Bezoeker {n:03d}",
            email=f"b{n}@example.org",
            target_group=agenda.pupils,
            status="confirmed",
        )
        for n in range(250)
    )
    url = f"/admin/aanmeldingen/{event.pk}/check-in/"
    with CaptureQueriesContext(connection) as first:
        html = admin_client.get(url).content.decode()
    assert html.count("Bezoeker ") == 100 and "Bezoeker 100" not in html
    with CaptureQueriesContext(connection) as third:
        html = admin_client.get(url + "?p=3").content.decode()
    assert html.count("Bezoeker ") == 50 and "Bezoeker 249" in html
    assert len(third) == len(first)  # no query per person (target group fetched with the rows)
    person = Registration.objects.get(name="Bezoeker 230")
    response = admin_client.post(url, {"registration": person.pk, "attended": "1", "q": "", "p": "3"})
    assert response["Location"].endswith(f"?q=&p=3#r{person.pk}")


def test_registration_export_reads_rows_in_chunks(filled):
    """Exports iterate the queryset (constant memory) instead of loading every row into its cache."""
    from home.exports import ChunkedRows

    queryset = filled.registrations.order_by("pk")
    rows = ChunkedRows(queryset)
    assert [r.name for r in rows] == ["Sanne", "Piet", "Hans"]
    assert queryset._result_cache is None and rows.model is Registration
