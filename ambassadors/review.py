"""The review workflow's e-mails, through the outbox instead of Wagtail's direct sending.

Wagtail mails moderators and submitters synchronously and drops a mail when the
mail server is down. Here every submission, approval and request for changes is
an outbox row written in the transaction of the workflow step (home.mail), so it
is retried and shown to staff when it fails: staff hear of every submission, the
ambassador hears of the outcome either way, with the reviewer's comment.
"""

from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import signal_handlers as wagtail_mails
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_rejected, workflow_approved, workflow_submitted

from ambassadors.roles import staff_addresses
from home.mail import Message, mail_builder, queue_mail


def replace_wagtail_notifications():
    """Disconnect Wagtail's own (synchronous) workflow mails; ours below take their place."""
    for signal, notifier, sender, uid in (
        (
            wagtail_mails.task_submitted,
            wagtail_mails.task_submission_email_notifier,
            TaskState,
            "group_approval_task_submitted_email_notification",
        ),
        (
            workflow_submitted,
            wagtail_mails.workflow_submission_email_notifier,
            WorkflowState,
            "workflow_state_submitted_email_notification",
        ),
        (
            wagtail_mails.workflow_rejected,
            wagtail_mails.workflow_rejection_email_notifier,
            WorkflowState,
            "workflow_state_rejected_email_notification",
        ),
        (
            workflow_approved,
            wagtail_mails.workflow_approval_email_notifier,
            WorkflowState,
            "workflow_state_approved_email_notification",
        ),
    ):
        signal.disconnect(notifier, sender=sender, dispatch_uid=uid)


@receiver(workflow_submitted, dispatch_uid="regio-workflow-submitted")
def on_submitted(sender, instance, user=None, **kwargs):
    queue_mail("ambassadors.submitted", instance)


@receiver(task_rejected, dispatch_uid="regio-task-rejected")
def on_changes_requested(sender, instance, user=None, **kwargs):
    queue_mail("ambassadors.changes_requested", instance)


@receiver(workflow_approved, dispatch_uid="regio-workflow-approved")
def on_approved(sender, instance, user=None, **kwargs):
    queue_mail("ambassadors.approved", instance)


def _edit_url(page):
    site = page.get_site()
    return (site.root_url if site else "") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def _name(user):
    return (user.get_full_name() or user.get_username()) if user else _("someone")


def _submitter_addresses(workflow_state):
    """The person who submitted, and the ambassador of the page if it has one."""
    page = workflow_state.content_object
    users = [workflow_state.requested_by, getattr(getattr(page, "specific", page), "ambassador", None)]
    users[1] = getattr(users[1], "user", None)
    return sorted({user.email for user in users if user is not None and user.is_active and user.email})


@mail_builder("ambassadors.submitted")
def submitted_mail(workflow_state, data):
    to = staff_addresses()
    if not to or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    page = workflow_state.content_object
    return Message(
        _("For review: %(title)s") % {"title": page.get_admin_display_title()},
        to,
        "ambassadors/emails/submitted",
        {"page": page, "submitter": _name(workflow_state.requested_by), "edit_url": _edit_url(page)},
    )


@mail_builder("ambassadors.changes_requested")
def changes_requested_mail(task_state, data):
    workflow_state = task_state.workflow_state
    to = _submitter_addresses(workflow_state)
    if not to:
        return None
    page = workflow_state.content_object
    return Message(
        _("Changes requested: %(title)s") % {"title": page.get_admin_display_title()},
        to,
        "ambassadors/emails/changes_requested",
        {
            "page": page,
            "reviewer": _name(task_state.finished_by),
            "comment": task_state.comment,
            "edit_url": _edit_url(page),
        },
    )


@mail_builder("ambassadors.approved")
def approved_mail(workflow_state, data):
    to = _submitter_addresses(workflow_state)
    if not to:
        return None
    page = workflow_state.content_object.specific
    return Message(
        _("Approved and published: %(title)s") % {"title": page.get_admin_display_title()},
        to,
        "ambassadors/emails/approved",
        {
            "page": page,
            "public_url": page.get_full_url() if page.live else "",
            "edit_url": _edit_url(page),
        },
    )
