"""The review round trip: submit, request changes with a comment, resubmit, approve and publish, with the mails."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from home.models import OutgoingMail
from stories.models import InterviewConsent, InterviewPage
from tests.ambassadors.conftest import client_for, log
from tests.ambassadors.test_permissions import edit_form

pytestmark = pytest.mark.django_db


def consent(page):
    """Paper consent recorded by staff in the editor: part of the interview's next revision."""
    today = timezone.localdate()
    latest = page.get_latest_revision_as_object()
    latest.consents.add(
        InterviewConsent(given_on=today, expires_on=today + datetime.timedelta(days=365), web=True, how="papier")
    )
    latest.save_revision()


def submit(client, page):
    page.refresh_from_db()
    return client.post(f"/admin/pages/{page.pk}/edit/", {**edit_form(page), "action-submit": "submit"})


def act(client, page, action, comment=""):
    task_state = InterviewPage.objects.get(pk=page.pk).current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": comment}, headers={"x-requested-with": "XMLHttpRequest"})


def test_submit_changes_resubmit_approve_publish_with_mails(region, people):
    sanne, staff = people["sanne"], people["staff"]
    page = log(region, sanne, "Mark Vossen")
    consent(page)
    ambassador, editor = client_for(sanne.user), client_for(staff)

    assert submit(ambassador, page).status_code == 302
    (to_staff,) = mail.outbox
    assert to_staff.to == ["eva@example.org"]
    assert "Ter review: Interview met Mark Vossen" == to_staff.subject
    assert f"/admin/pages/{page.pk}/edit/" in to_staff.body

    assert act(editor, page, "reject", "Kun je de tweede alinea inkorten?").status_code == 200
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes" and not page.live
    changes = mail.outbox[-1]
    assert changes.to == ["sanne@example.org"]
    assert changes.subject == "Wijzigingen gevraagd: Interview met Mark Vossen"
    assert "Kun je de tweede alinea inkorten?" in changes.body

    response = ambassador.post(f"/admin/pages/{page.pk}/edit/", {**edit_form(page), "action-restart-workflow": "1"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert mail.outbox[-1].to == ["eva@example.org"]

    assert act(editor, page, "approve").status_code == 200
    page.refresh_from_db()
    assert page.live and page.current_workflow_state is None
    approved = mail.outbox[-1]
    assert approved.to == ["sanne@example.org"]
    assert approved.subject == "Goedgekeurd en gepubliceerd: Interview met Mark Vossen"
    assert page.full_url in approved.body
    assert not OutgoingMail.objects.exclude(state="sent").exists()
    assert len(mail.outbox) == 4  # Wagtail's own (synchronous) notification mails are replaced, not added


def test_approval_without_web_consent_is_refused_and_says_why(region, people):
    sanne, staff = people["sanne"], people["staff"]
    page = log(region, sanne, "Kim Verheijen")
    submit(client_for(sanne.user), page)
    editor = client_for(staff)

    response = act(editor, page, "approve")
    assert response.status_code == 200 and response.json()["redirect"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    assert not page.live and page.current_workflow_state.status == "in_progress"
    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "kan niet gepubliceerd worden" in html

    # From the edit view's action menu the form says it before anything is saved.
    form = {**edit_form(page), "action-workflow-action": "1", "workflow-action-name": "approve"}
    response = editor.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 200 and "kan niet gepubliceerd worden" in response.content.decode()
    assert not InterviewPage.objects.get(pk=page.pk).live


def test_withdrawn_online_consent_does_not_count_for_approval(region, people):
    sanne, staff = people["sanne"], people["staff"]
    page = log(region, sanne, "Noor Hermans")
    today = timezone.localdate()
    InterviewConsent.objects.create(
        page=page,
        given_on=today,
        expires_on=today + datetime.timedelta(days=365),
        web=True,
        method="online",
        withdrawn_at=timezone.now(),
    )
    submit(client_for(sanne.user), page)
    act(client_for(staff), page, "approve")
    assert not InterviewPage.objects.get(pk=page.pk).live


def test_failed_review_mail_is_retried_not_lost(region, people, settings):
    settings.EMAIL_BACKEND = "tests.ambassadors.test_workflow.DownBackend"
    sanne = people["sanne"]
    page = log(region, sanne, "Iris Moonen")
    assert submit(client_for(sanne.user), page).status_code == 302
    queued = OutgoingMail.objects.get(kind="ambassadors.submitted")
    assert queued.state == "queued" and queued.attempts == 1 and queued.next_attempt_at


class DownBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPServerDisconnected("mail server down")
