"""Job alerts: save a search with an e-mail address, confirm by signed link, get a weekly digest.

No account: the confirmation and unsubscribe links are signed with the
site's secret. The same answer is shown whether or not an address already has
an alert, so the form never tells one visitor about another's address.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.db import transaction
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from careers.models import JobAlert
from careers.search import CareerSearch
from home import ratelimit
from home.mail import Message, mail_builder, mail_language, queue_mail
from home.models.pages import goal_reached
from home.tokens import is_signed, make_token, record_for_token

CONFIRM_DAYS = 7
RESEND_AFTER = timedelta(minutes=10)
MAX_ALERTS_PER_ADDRESS = 10
SUBSCRIBE_LIMIT = (5, 3600)  # per IP per hour


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Fill in your e-mail address."),
            "invalid": gettext_lazy("Fill in a valid e-mail address, like naam@voorbeeld.nl."),
        },
    )
    search = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"))


def confirm_token(alert):
    return make_token("confirm", alert)


def unsubscribe_token(alert):
    return make_token("unsubscribe", alert)


def _alert_from_token(token, purpose, max_age=None):
    return record_for_token(purpose, token, JobAlert.objects.select_related("index"), max_age=max_age)


def unsubscribe_url(alert):
    return alert.index.get_site().root_url + reverse("careers:alert_unsubscribe", args=[unsubscribe_token(alert)])


@mail_builder("careers.alert_confirm")
def confirmation_mail(alert, data):
    if alert.confirmed_at:
        return None
    url = alert.index.get_site().root_url + reverse("careers:alert_confirm", args=[confirm_token(alert)])
    search = CareerSearch.from_saved(alert.index, alert.query)
    return Message(
        _("Confirm your job alert"),
        [alert.email],
        "careers/emails/alert_confirm",
        {
            "alert": alert,
            "description": search.describe(),
            "confirm_url": url,
            "days": CONFIRM_DAYS,
            "index": alert.index,
        },
    )


def send_confirmation(alert):
    queue_mail("careers.alert_confirm", alert)


def subscribe(index, request):
    if request.method != "POST":
        return HttpResponseRedirect(index.url)
    form = AlertForm(request.POST)
    search = CareerSearch(index, QueryDict(request.POST.get("search", "")[:2000]))
    if form.is_valid() and not form.cleaned_data["website"]:
        if not ratelimit.allow(request, "job-alert", *SUBSCRIBE_LIMIT):
            return ratelimit.too_many(request, _("Too many job alerts from this connection. Try again in an hour."))
        _save_alert(index, form.cleaned_data["email"], search)
    if form.errors:
        return index.render(
            request, template="careers/alert_form_page.html", context_overrides={"alert_form": form, "search": search}
        )
    # POST/redirect/GET: a refresh shows the message again and never signs up twice. The search goes along
    # (it is what the page describes); the address does not.
    query = urlencode(search.saved(), doseq=True)
    url = index.url + index.reverse_subpage("alert_sent")
    return HttpResponseRedirect(f"{url}?{query}" if query else url, status=303)


def sent(index, request):
    """The page after signing up for an alert (a GET, after the POST's redirect)."""
    search = CareerSearch(index, request.GET)
    return index.render(
        request,
        template="careers/alert_message.html",
        context_overrides={
            "heading": _("Check your mailbox"),
            "message": _(
                "We have sent you an e-mail. Click the link in it to start your job alert. "
                "No e-mail? Check your spam folder."
            ),
            "search": search,
        },
    )


@transaction.atomic  # the alert and its confirmation mail are stored together
def _save_alert(index, email, search):
    saved = search.saved()
    existing = JobAlert.objects.filter(index=index, email__iexact=email)
    alert = next((alert for alert in existing if alert.query == saved), None)
    if alert is None:
        if existing.count() >= MAX_ALERTS_PER_ADDRESS:
            return
        alert = JobAlert.objects.create(index=index, email=email, query=saved, language=mail_language())
    elif alert.confirmed_at or alert.created_at > timezone.now() - RESEND_AFTER:
        return  # already running, or a confirmation was sent moments ago
    else:
        alert.created_at, alert.language = timezone.now(), mail_language()
        alert.save(update_fields=["created_at", "language"])
    send_confirmation(alert)


def _message(request, heading, message, status=200, alert=None, action=None):
    context = {"heading": heading, "message": message, "alert": alert, "action": action}
    if alert:
        context["page"] = alert.index
        context["search"] = CareerSearch.from_saved(alert.index, alert.query)
    return render(request, "careers/alert_message.html", context, status=status)


def _invalid_link(request):
    return _message(
        request,
        _("This link does not work"),
        _("The link is incomplete, changed or older than %(days)s days. Save your search again to get a new one.")
        % {"days": CONFIRM_DAYS},
        status=400,
    )


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); only the POST starts the alert."""
    alert = _alert_from_token(token, "confirm", max_age=timedelta(days=CONFIRM_DAYS))
    if alert is None:
        return _invalid_link(request)
    with translation.override(alert.language):  # the language the visitor signed up in
        return _confirm(request, alert)


def _confirm(request, alert):
    if request.method == "GET" and not alert.confirmed_at:
        return _message(
            request,
            _("Start your job alert"),
            _("Click the button to get an e-mail once a week when there are new careers for this search."),
            alert=alert,
            action=_("Start my job alert"),
        )
    if not alert.confirmed_at:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
        goal_reached("alert")
    return _message(
        request,
        _("Your job alert is on"),
        _("From now on you get an e-mail once a week when there are new careers for this search."),
        alert=alert,
    )


@csrf_exempt  # mail clients post one-click unsubscribes (RFC 8058) without a form
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button; POST (the button, or a mail client's RFC 8058 one-click) deletes the alert."""
    if not is_signed("unsubscribe", token):
        return _invalid_link(request)
    alert = _alert_from_token(token, "unsubscribe")
    with translation.override(alert.language if alert else translation.get_language()):
        return _unsubscribe(request, alert)


def _unsubscribe(request, alert):
    if request.method == "GET" and alert is not None:
        return _message(
            request,
            _("Unsubscribe from this job alert?"),
            _("You will no longer get this e-mail, and we delete your e-mail address for it."),
            alert=alert,
            action=_("Unsubscribe"),
        )
    if alert is not None:
        alert.delete()
    # A valid link whose alert is already gone: unsubscribing twice is fine.
    return _message(
        request,
        _("You are unsubscribed"),
        _("You will not get this job alert any more. We have deleted your e-mail address for it."),
    )
