"""E-mail from Regio: rendered in the request, sent by a background task.

A slow or unreachable mail server never holds up a visitor: the message is
queued with Django's task framework (django-tasks) and sent through Django's
mail backend by the worker. Messages are rendered from a text and an HTML
template, ``<name>.txt`` and ``<name>.html``.
"""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django_tasks import task


def render_message(template, context):
    return render_to_string(f"{template}.txt", context), render_to_string(f"{template}.html", context)


def queue_email(subject, to, template, context, headers=None, attachments=()):
    """Render the message now and queue it; ``attachments`` are (filename, text, mimetype)."""
    text, html = render_message(template, context)
    send_email.enqueue(
        subject=" ".join(str(subject).split()),
        to=list(to),
        text=text,
        html=html,
        headers=headers or {},
        attachments=[
            [name, base64.b64encode(content.encode() if isinstance(content, str) else content).decode(), mimetype]
            for name, content, mimetype in attachments
        ],
    )


@task()
def send_email(subject, to, text, html, headers, attachments):
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to, headers=headers)
    message.attach_alternative(html, "text/html")
    for name, content, mimetype in attachments:
        message.attach(name, base64.b64decode(content), mimetype)
    message.send()
