import pytest
from freezegun import freeze_time

from django.core import mail

from events import booking as service
from events.models import Registration
from tests.events.conftest import at, form

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


def post(client, event, **data):
    """Register as a visitor does: the POST, then the page it redirects to."""
    with freeze_time(NOW):
        return client.post(event.url, form(**data), follow=True)


def test_registering_redirects_so_a_refresh_never_posts_twice(client, agenda):
    event = agenda.event("Banenmarkt", capacity=10)
    with freeze_time(NOW):
        response = client.post(event.url, form())
        assert response.status_code == 303 and response["Location"].endswith("#aanmelden")
        assert "sanne@example.org" not in response["Location"]
        shown = client.get(response["Location"])
        assert (
            "Je bent aangemeld" in shown.content.decode() and 'data-regio-goal="registration"' in shown.content.decode()
        )
        assert "Je bent aangemeld" in client.get(response["Location"]).content.decode()  # the refresh
        forged = client.get(event.url, {"aanmelding": "confirmed"}).content.decode()
        assert "Je bent aangemeld" not in forged
    assert Registration.objects.count() == 1


def test_register_confirms_and_stores_origin(client, agenda):
    event = agenda.event("Banenmarkt", capacity=10)
    response = post(client, event, target_group=agenda.seekers.pk)
    assert response.status_code == 200
    assert "Je bent aangemeld" in response.content.decode()
    registration = Registration.objects.get()
    assert (registration.status, registration.origin, registration.target_group) == (
        "confirmed",
        "region",
        agenda.seekers,
    )
    assert registration.consent_at is not None
    post(client, event, email="piet@example.org", postcode="1012 JS")
    post(client, event, email="hans@example.org", postcode="", abroad="on")
    assert dict(Registration.objects.values_list("email", "origin")) == {
        "sanne@example.org": "region",
        "piet@example.org": "netherlands",
        "hans@example.org": "abroad",
    }


def _notice(response):
    html = response.content.decode()
    return html[html.index('id="aanmelden"') : html.index("</section>", html.index('id="aanmelden"'))]


def test_same_address_twice_is_one_registration_and_the_answer_does_not_tell(client, agenda):
    """A known address gets the answer a new one gets; its owner gets the existing registration by mail."""
    event = agenda.event("Banenmarkt")
    first = post(client, event, email="sanne@example.org")
    mail.outbox.clear()
    again = post(client, event, email="SANNE@example.org ")
    new = post(client, event, email="piet@example.org")
    assert Registration.objects.count() == 2
    assert "al aangemeld" not in again.content.decode()
    assert _notice(again).replace("SANNE@example.org", "X") == _notice(new).replace("piet@example.org", "X")
    assert "Je bent aangemeld" in _notice(first)
    existing_mail = next(m for m in mail.outbox if m.to == ["sanne@example.org"])
    registration = Registration.objects.get(email="sanne@example.org")
    assert "afmelden/?t=" in existing_mail.body and existing_mail.attachments
    assert Registration.objects.filter(pk=registration.pk, status="confirmed").exists()


def test_full_event_waiting_list_and_promotion(client, agenda, django_capture_on_commit_callbacks):
    event = agenda.event("Open dag", capacity=2, waiting_list=True)
    for name in ("a", "b", "c", "d"):
        post(client, event, email=f"{name}@example.org")
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": "confirmed",
        "b@example.org": "confirmed",
        "c@example.org": "waiting",
        "d@example.org": "waiting",
    }
    mail.outbox.clear()
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        _reg, promoted, changed = service.cancel(Registration.objects.get(email="a@example.org"))
    assert changed and promoted.email == "c@example.org"
    assert Registration.objects.get(email="c@example.org").status == "confirmed"
    assert Registration.objects.get(email="d@example.org").status == "waiting"
    assert [m.to for m in mail.outbox] == [["c@example.org"]]
    # Cancelling twice is harmless and promotes no one else.
    with freeze_time(NOW):
        _reg, promoted, changed = service.cancel(Registration.objects.get(email="a@example.org"))
    assert not changed and promoted is None
    assert Registration.objects.filter(status="confirmed").count() == 2


def test_full_without_waiting_list(client, agenda):
    event = agenda.event("Webinar", capacity=1, waiting_list=False)
    post(client, event)
    response = post(client, event, email="late@example.org")
    assert "Sorry, dit evenement is vol" in response.content.decode()
    assert Registration.objects.count() == 1


def test_waiting_person_can_cancel_and_attendance(agenda):
    event = agenda.event("Open dag", capacity=1)
    first, _ = service.register(event, "A", "a@example.org", "6041 AB")
    second, kind = service.register(event, "B", "b@example.org", "6041 AB")
    assert kind == "waiting"
    service.cancel(second)
    assert Registration.objects.get(pk=second.pk).status == "cancelled"
    assert service.mark_attended(first).status == "attended"
    assert service.mark_attended(first, attended=False).status == "confirmed"
    assert service.mark_attended(second).status == "cancelled"  # a cancelled registration cannot attend


def test_attended_keeps_its_place(agenda):
    event = agenda.event("Open dag", capacity=1)
    first, _ = service.register(event, "A", "a@example.org", "6041 AB")
    service.mark_attended(first)
    _second, kind = service.register(event, "B", "b@example.org", "6041 AB")
    assert kind == "waiting"


@pytest.mark.parametrize(
    "moment, expected",
    [
        ("2026-11-30 08:59", "not_yet"),
        ("2026-11-30 09:00", "open"),
        ("2026-12-09 23:59", "open"),
        ("2026-12-10 00:00", "closed"),
    ],
)
def test_registration_window(client, agenda, moment, expected):
    event = agenda.event(
        "Banenmarkt",
        registration_opens=at("2026-12-01", 9) - __import__("datetime").timedelta(days=1),
        registration_closes=at("2026-12-10"),
    )
    with freeze_time(at(moment.split()[0], *map(int, moment.split()[1].split(":")))):
        assert event.registration_state() == expected
        html = client.get(event.url).content.decode()
        assert ('name="consent"' in html) == (expected == "open")
        if expected == "not_yet":
            assert "De aanmelding opent op 30 november 2026, 09:00" in html
        if expected == "closed":
            assert "De aanmelding voor dit evenement is gesloten" in html
            client.post(event.url, form())
            assert not Registration.objects.exists()


BAD_INPUT = [
    ({"name": ""}, "name", "Vul je naam in"),
    ({"name": "x" * 500}, "name", "120"),
    ({"email": ""}, "email", "Vul je e-mailadres in"),
    ({"email": "geen-adres"}, "email", "geldig e-mailadres"),
    ({"email": "<script>alert(1)</script>@x.nl"}, "email", "geldig e-mailadres"),
    ({"postcode": ""}, "postcode", "Vul je postcode in"),
    ({"postcode": "ABC"}, "postcode", "Nederlandse postcode"),
    ({"postcode": "<b>6041</b>"}, "postcode", "Nederlandse postcode"),
    ({"target_group": "999999"}, "target_group", "Kies een van de"),
    ({"target_group": "abc"}, "target_group", "Kies een van de"),
    ({"consent": ""}, "consent", "Vink dit aan"),
    ({"name": ["a", "b"], "email": ["x@y.nl", "z"]}, None, None),
    ({"question": "Onbekende workshop"}, "question", "Kies een van de"),
]


@pytest.mark.parametrize("changes, field, message", BAD_INPUT)
def test_bad_input_gives_the_form_with_messages_and_saves_nothing(client, agenda, changes, field, message):
    event = agenda.event("Banenmarkt", questions=[("Welke workshop?", "Lassen\nSolderen", True)])
    question = f"question_{event.questions.get().pk}"
    data = form(**{question: "Lassen"})
    for key, value in changes.items():
        data[question if key == "question" else key] = value
    with freeze_time(NOW):
        response = client.post(event.url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Registration.objects.exists()  # repeated keys too: the last value ("z") is not an address
    if field:
        assert 'aria-invalid="true"' in html
        assert message in html
        assert "<script>alert(1)</script>" not in html
        if field != "name":
            assert 'value="Sanne Janssen"' in html  # input kept


def test_answers_are_stored(client, agenda):
    event = agenda.event(
        "Banenmarkt", questions=[("Welke workshop?", "Lassen\nSolderen", True), ("Opmerking", "", False)]
    )
    ids = list(event.questions.values_list("pk", flat=True))
    post(client, event, **{f"question_{ids[0]}": "Solderen", f"question_{ids[1]}": "Graag vegetarisch"})
    assert Registration.objects.get().answers == {"Welke workshop?": "Solderen", "Opmerking": "Graag vegetarisch"}


def test_honeypot_and_rate_limit(client, agenda, settings):
    event = agenda.event("Banenmarkt")
    post(client, event, website="http://spam.example")
    assert not Registration.objects.exists() and mail.outbox == []
    settings.REGIO_REGISTRATION_RATE_LIMIT = (3, 3600)
    for n in range(4):
        response = post(client, event, email=f"p{n}@example.org")
    assert Registration.objects.count() == 3
    assert "Te veel aanmeldingen" in response.content.decode()


def test_end_before_start_is_refused(agenda):
    from django.core.exceptions import ValidationError

    event = agenda.event("Banenmarkt")
    event.end = event.start
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict
