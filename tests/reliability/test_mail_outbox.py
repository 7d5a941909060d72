"""Mails are never lost and never leak: outbox rows in the registration's transaction, retries, recovery."""

import smtplib
from datetime import UTC, datetime

import pytest
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time

from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from events import booking as service
from events.models import Registration
from home.models import OutgoingMail
from tests.task_backend import run_ready

pytestmark = pytest.mark.django_db
NOW = "2026-11-22 10:00"


def mail_tasks():
    return DBTaskResult.objects.filter(task_path="home.mail.deliver")


QUEUE_ONLY = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class FlakySMTP:
    """An e-mail backend that fails like a mail server: a number of times, transiently or for good."""

    failures = 0
    error = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        if FlakySMTP.failures:
            FlakySMTP.failures -= 1
            raise FlakySMTP.error
        mail.outbox.extend(messages)
        return len(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = "tests.reliability.test_mail_outbox.FlakySMTP"
    FlakySMTP.failures = 0
    FlakySMTP.error = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    return FlakySMTP


def test_the_mail_task_is_stored_in_the_registrations_transaction(agenda, settings):
    """A worker that dies right after the commit cannot lose the mail: the task row committed with it."""
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    with transaction.atomic():
        registration, outcome = service.register(event, "Sanne", "sanne@example.org", "6041 AB")
        # Before the commit the task row already exists, in the same transaction.
        queued = OutgoingMail.objects.get(object_id=registration.pk)
        assert mail_tasks().filter(id__in=queued.task_ids).count() == 1
    assert outcome == "confirmed" and mail.outbox == []
    run_ready()  # the worker, later
    assert [m.to for m in mail.outbox] == [["sanne@example.org"]]
    assert OutgoingMail.objects.get().state == "sent"


def test_a_failed_registration_leaves_no_mail_behind(agenda, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    with pytest.raises(RuntimeError), transaction.atomic():
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
        raise RuntimeError("the request died before the commit")
    assert not Registration.objects.exists()
    assert not OutgoingMail.objects.exists() and not mail_tasks().exists()


def test_the_queue_holds_references_not_personal_data(agenda, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    service.register(event, "Sanne Janssen", "sanne@example.org", "6041 AB")
    stored = str(list(DBTaskResult.objects.values("args_kwargs"))) + str(list(OutgoingMail.objects.values()))
    assert "sanne" not in stored.lower() and "6041" not in stored and "afmelden" not in stored


def test_transient_smtp_failures_are_retried_with_backoff(agenda, flaky, settings):
    flaky.failures = 2
    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    queued = OutgoingMail.objects.get()
    assert (queued.state, queued.attempts, mail.outbox) == ("queued", 1, [])
    assert queued.next_attempt_at == datetime(2026, 11, 22, 10, 1, tzinfo=UTC)  # one minute later
    with freeze_time("2026-11-22 10:00:30"):
        run_ready()  # not yet due
    assert OutgoingMail.objects.get().attempts == 1
    with freeze_time("2026-11-22 10:01:01"):
        run_ready()  # second attempt fails too: next one two minutes later
    assert OutgoingMail.objects.get().attempts == 2 and mail.outbox == []
    with freeze_time("2026-11-22 10:03:02"):
        run_ready()
    sent = OutgoingMail.objects.get()
    assert (sent.state, sent.attempts) == ("sent", 3)
    assert [m.to for m in mail.outbox] == [["sanne@example.org"]]


def test_a_permanent_failure_is_shown_to_staff_who_can_resend_it(agenda, flaky, admin_client):
    flaky.error = smtplib.SMTPRecipientsRefused({"sanne@example.org": (550, b"5.1.1 <sanne@example.org> unknown")})
    flaky.failures = 1
    event = agenda.event("Banenmarkt")
    service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    failed = OutgoingMail.objects.get()
    assert failed.state == "failed" and failed.attempts == 1
    assert "sanne@example.org" not in failed.last_error  # no address in the error either
    assert "niet verstuurd" in admin_client.get("/admin/").content.decode()
    listing = admin_client.get("/admin/e-mails/").content.decode()
    assert "events.confirmed" in listing and "Opnieuw versturen" in listing
    admin_client.post(f"/admin/e-mails/{failed.pk}/opnieuw/")
    assert OutgoingMail.objects.get().state == "sent"
    assert [m.to for m in mail.outbox] == [["sanne@example.org"]]


def test_staff_without_permission_cannot_see_the_outbox(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("redacteur", "r@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/e-mails/").status_code == 403


def test_the_last_transient_attempt_gives_up(agenda, flaky, settings):
    settings.REGIO_MAIL_MAX_ATTEMPTS = 2
    flaky.failures = 5
    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    with freeze_time("2026-11-22 10:05"):
        run_ready()
    assert OutgoingMail.objects.get().state == "failed"


def test_a_task_left_running_by_a_killed_worker_is_taken_up_and_sent_once(agenda, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
        # A worker claims the task and the mail, then is killed (SIGKILL) before it sends.
        task = mail_tasks().get()
        task.claim("killed-worker")
        OutgoingMail.objects.update(state="sending", claimed_at=timezone.now())
    with freeze_time("2026-11-22 10:05"):
        call_command("recover_tasks", stdout=open("/dev/null", "w"))
        assert mail_tasks().get().status == "RUNNING"  # within the timeout: still its worker's
    with freeze_time("2026-11-22 10:11"):
        call_command("recover_tasks", stdout=open("/dev/null", "w"))
        run_ready()
        call_command("recover_tasks", stdout=open("/dev/null", "w"))
        run_ready()
    assert [m.to for m in mail.outbox] == [["sanne@example.org"]]
    assert OutgoingMail.objects.get().state == "sent"


def test_a_mail_sent_but_not_yet_recorded_is_not_sent_twice_by_a_second_task(agenda):
    event = agenda.event("Banenmarkt")
    registration, _ = service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    from home.mail import deliver_now

    assert deliver_now(OutgoingMail.objects.get().pk) == "skipped"
    assert len(mail.outbox) == 1 and registration.mails.get().state == "sent"


def test_anonymising_removes_queued_and_finished_mail_and_task_rows(agenda, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
        service.register(event, "Piet", "piet@example.org", "6041 AB")
    run_ready(mail_tasks().order_by("enqueued_at").first().id)  # one sent, one still queued
    assert mail_tasks().count() == 2
    with freeze_time("2027-01-20 12:00"):
        call_command("anonymise_registrations", stdout=open("/dev/null", "w"))
    assert not OutgoingMail.objects.exists() and not mail_tasks().exists()


def test_deleting_a_person_removes_their_mail_rows(agenda, admin_client, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    other, _ = service.register(event, "Piet", "piet@example.org", "6041 AB")
    admin_client.post("/admin/aanmeldingen/verwijderen/", {"email": "sanne@example.org"})
    assert list(OutgoingMail.objects.values_list("object_id", flat=True)) == [other.pk]
    assert mail_tasks().count() == 1


def test_unsubscribing_removes_the_alerts_mail_rows(client, careers, settings):
    from careers.alerts import unsubscribe_token
    from careers.models import JobAlert

    settings.TASKS = QUEUE_ONLY
    client.post("/werken-en-leren/alert/", {"email": "jan@example.org", "search": "sector=zorg", "website": ""})
    alert = JobAlert.objects.get()
    assert OutgoingMail.objects.count() == 1 and mail_tasks().count() == 1
    client.post(f"/vacaturealert/afmelden/{unsubscribe_token(alert)}/")
    assert not OutgoingMail.objects.exists() and not mail_tasks().exists()


def test_a_deleted_registration_sends_nothing(agenda, settings):
    settings.TASKS = QUEUE_ONLY
    event = agenda.event("Banenmarkt")
    registration, _ = service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    Registration.objects.filter(pk=registration.pk).update(email="", name="")  # anonymised in between
    run_ready()
    assert mail.outbox == [] and not OutgoingMail.objects.exists()


def test_prune_deletes_old_finished_results_and_sent_records(agenda):
    event = agenda.event("Banenmarkt")
    with freeze_time(NOW):
        service.register(event, "Sanne", "sanne@example.org", "6041 AB")
    assert mail_tasks().count() == 1 and OutgoingMail.objects.count() == 1
    with freeze_time("2026-11-25 10:00"):
        call_command("prune_tasks", stdout=open("/dev/null", "w"))
    assert mail_tasks().count() == 1
    with freeze_time("2026-12-01 10:00"):
        call_command("prune_tasks", stdout=open("/dev/null", "w"))
    assert not mail_tasks().exists() and not OutgoingMail.objects.exists()
