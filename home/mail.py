"""E-mail from Regio: an outbox row and its task, written in the transaction of the data they belong to.

``queue_mail(kind, record)`` stores an ``OutgoingMail`` (which record, which kind
of mail; no address, no text) and enqueues the ``deliver`` task with only that
row's id, in the caller's database transaction: a registration and its mail
commit or fail together. The worker (``manage.py db_worker``) renders the
message from the record at send time, through the builder that each app
registers for its kinds with ``@mail_builder("events.confirmed")``; a record
that is gone or anonymised sends nothing.

Delivery is at most once per outbox row: the worker claims the row before it
sends and marks it sent after. A transient SMTP failure is retried with
exponential backoff (``REGIO_MAIL_MAX_ATTEMPTS``, ``REGIO_MAIL_RETRY_SECONDS``);
a permanent one, or the last attempt, leaves the row *failed*, listed for staff
with a resend button. ``manage.py recover_tasks`` (every few minutes) takes up
tasks and mails that a killed worker left behind.
"""

import logging
import re
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from django_tasks import task, task_backends

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from home.choices import MailState
from home.models import OutgoingMail

logger = logging.getLogger("regio.mail")

_builders = {}


def mail_builder(kind):
    """Register ``func(record, data) -> Message | None`` as the builder of one kind of mail."""

    def decorator(func):
        _builders[kind] = func
        return func

    return decorator


@dataclass
class Message:
    subject: str
    to: list
    template: str  # renders <template>.txt and <template>.html
    context: dict
    headers: dict = field(default_factory=dict)
    attachments: list = field(default_factory=list)  # (filename, content, mimetype)
    on_sent: object = None  # called after the mail is marked sent, e.g. to erase an address no longer needed

    def build(self):
        subject = " ".join(str(self.subject).split())
        context = {**self.context, "subject": subject}
        text = render_to_string(f"{self.template}.txt", context)
        html = render_to_string(f"{self.template}.html", context)
        message = EmailMultiAlternatives(
            subject, text, settings.DEFAULT_FROM_EMAIL, list(self.to), headers=self.headers, reply_to=reply_to()
        )
        message.attach_alternative(html, "text/html")
        for name, content, mimetype in self.attachments:
            message.attach(name, content, mimetype)
        return message


def reply_to():
    """Where replies go: REGIO_REPLY_TO, else the contact e-mail of the region settings."""
    if settings.REGIO_REPLY_TO:
        return [settings.REGIO_REPLY_TO]
    from wagtail.models import Site

    from home.models import RegioSettings

    site = Site.objects.filter(is_default_site=True).first()
    contact = RegioSettings.for_site(site).contact_email if site else ""
    return [contact] if contact else []


def mail_language():
    """The language of the request being answered (the visitor's), if it is one the site speaks; else Dutch."""
    current = translation.get_language()
    from home.languages import enabled_codes

    return current if current in enabled_codes() else settings.LANGUAGE_CODE


def queue_mail(kind, record, data=None):
    """Queue one mail about ``record`` in the current transaction; returns the outbox row."""
    if kind not in _builders:
        raise ValueError(f"No mail builder registered for {kind!r}")
    with transaction.atomic():
        mail = OutgoingMail.objects.create(
            kind=kind,
            language=mail_language(),
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            data=data or {},
        )
        enqueue(mail)
    return mail


def enqueue(mail, run_after=None):
    """Enqueue delivery of ``mail``: in this transaction on a durable queue, after commit on the immediate one."""
    backend = task_backends[deliver.backend]
    if not backend.supports_defer:
        # The immediate backend (development, tests) has no queue to share a transaction with.
        transaction.on_commit(lambda: deliver.enqueue(mail.pk))
        return
    result = (deliver.using(run_after=run_after) if run_after else deliver).enqueue(mail.pk)
    OutgoingMail.objects.filter(pk=mail.pk).update(task_ids=[*mail.task_ids, str(result.id)])


@task()
def deliver(mail_id):
    return deliver_now(mail_id)


def claim_timeout():
    return timedelta(seconds=settings.REGIO_TASK_TIMEOUT_SECONDS)


def deliver_now(mail_id):
    """One delivery attempt; returns what happened (for the task result)."""
    now = timezone.now()
    claimable = Q(state=MailState.QUEUED) | Q(state=MailState.SENDING, claimed_at__lt=now - claim_timeout())
    if not OutgoingMail.objects.filter(claimable, pk=mail_id).update(state=MailState.SENDING, claimed_at=now):
        return "skipped"  # sent, failed, deleted, or being sent by another worker
    mail = OutgoingMail.objects.get(pk=mail_id)
    builder = _builders.get(mail.kind)
    record = mail.content_type.model_class()._default_manager.filter(pk=mail.object_id).first()
    with translation.override(mail.language or settings.LANGUAGE_CODE):
        message = builder(record, mail.data) if builder and record is not None else None
        if message is None:
            mail.delete()  # nothing to send any more (record deleted or anonymised)
            return "dropped"
        try:
            message.build().send()
        except Exception as error:  # noqa: BLE001 - every failure is recorded and retried or shown to staff
            return _failed(mail, error)
    mail.state, mail.sent_at, mail.attempts, mail.last_error = (
        MailState.SENT,
        timezone.now(),
        mail.attempts + 1,
        "",
    )
    mail.save(update_fields=["state", "sent_at", "attempts", "last_error"])
    if message.on_sent:
        message.on_sent()
    return "sent"


def is_transient(error):
    """SMTP 4xx answers and connection trouble are worth another try; 5xx answers are not."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _msg in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, (smtplib.SMTPException, OSError))


def describe(error):
    """The error without e-mail addresses, short enough for the outbox."""
    text = f"{type(error).__name__}: {error}"
    return re.sub(r"[^\s<>@]+@[^\s<>@]+", "[adres]", text)[:300]


def _failed(mail, error):
    mail.attempts += 1
    mail.last_error = describe(error)
    logger.warning("Mail %s (%s) failed, attempt %s: %s", mail.pk, mail.kind, mail.attempts, mail.last_error)
    with transaction.atomic():
        if is_transient(error) and mail.attempts < settings.REGIO_MAIL_MAX_ATTEMPTS:
            delay = settings.REGIO_MAIL_RETRY_SECONDS * 2 ** (mail.attempts - 1)
            mail.state, mail.next_attempt_at = MailState.QUEUED, timezone.now() + timedelta(seconds=delay)
            mail.save(update_fields=["state", "attempts", "last_error", "next_attempt_at"])
            if task_backends[deliver.backend].supports_defer:
                enqueue(mail, run_after=mail.next_attempt_at)
            return "retry"
        mail.state = MailState.FAILED
        mail.save(update_fields=["state", "attempts", "last_error"])
    return "failed"


def resend(mail):
    """Staff: try a failed mail again (from a fresh count of attempts)."""
    with transaction.atomic():
        mail.state, mail.attempts, mail.next_attempt_at, mail.claimed_at = (
            MailState.QUEUED,
            0,
            timezone.now(),
            None,
        )
        mail.save(update_fields=["state", "attempts", "next_attempt_at", "claimed_at"])
        enqueue(mail)


def stalled_mails(cutoff):
    """Mails that should have been sent before ``cutoff`` but that no task is working on."""
    return OutgoingMail.objects.filter(
        Q(state=MailState.QUEUED, next_attempt_at__lt=cutoff) | Q(state=MailState.SENDING, claimed_at__lt=cutoff)
    )


def forget(records):
    """Remove everything queued or sent about these records (deleting or anonymising a person)."""
    records = list(records)
    if not records:
        return 0
    content_type = ContentType.objects.get_for_model(records[0])
    mails = OutgoingMail.objects.filter(content_type=content_type, object_id__in=[r.pk for r in records])
    deleted, _detail = mails.delete()
    return deleted


def delete_tasks(task_ids):
    """Delete database task rows (queued or finished) by id; nothing to do on other backends."""
    if not task_ids or "django_tasks_db" not in settings.INSTALLED_APPS:
        return
    from django_tasks_db.models import DBTaskResult

    # A running task (the one deleting this mail, or a worker busy with it) finishes first; it holds
    # only the outbox id and is removed by prune_tasks.
    DBTaskResult.objects.filter(id__in=task_ids).exclude(status="RUNNING").delete()
