"""The weekly newsletter: subscribe with target groups and topics, confirm by signed link, one-click unsubscribe.

The same protections as the job alerts (``careers/alerts.py``): a honeypot, a rate limit per
connection, and the same answer whether or not an address is already subscribed, so the form
never tells one visitor about another's address. Nothing but the address, the language and the
choices is kept; an address that is never confirmed is deleted after a week, and unsubscribing
deletes it at once. Why not wagtail-newsletter: it composes campaigns for Mailchimp, while a
region's subscribers each choose their own target groups and topics, and their addresses should
stay on the agency's own server; the job alerts' signed links and outbox already do this.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home import ratelimit
from home.csrf import origin_checked
from home.forms import LocalizedModelMultipleChoiceField
from home.mail import Message, mail_builder, mail_language, queue_mail
from home.models import TargetGroup, Theme
from home.tokens import is_signed, make_token, record_for_token
from partners.models import MailingList, Subscriber

CONFIRM_DAYS = 7
RESEND_AFTER = timedelta(minutes=10)
SUBSCRIBE_LIMIT = (5, 3600)  # per IP per hour


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Fill in your e-mail address."),
            "invalid": gettext_lazy("Fill in a valid e-mail address, like naam@voorbeeld.nl."),
        },
    )
    target_groups = LocalizedModelMultipleChoiceField(
        label=gettext_lazy("I am interested as"),
        queryset=TargetGroup.objects.canonical(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Choose none to get everything."),
    )
    themes = LocalizedModelMultipleChoiceField(
        label=gettext_lazy("Topics"),
        queryset=Theme.objects.canonical(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Choose none to get everything."),
    )
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"))


def token_url(purpose, subscriber):
    """The signed link for this subscriber, on the site's public address, in their language."""
    from wagtail.models import Site

    name = "newsletter_confirm" if purpose == "newsletter-confirm" else "newsletter_unsubscribe"
    with translation.override(subscriber.language):
        path = reverse(name, args=[make_token(purpose, subscriber)])
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.REGIO_BASE_URL.rstrip("/")) + path


@origin_checked  # the form carries no token for anonymous visitors (home/csrf.py)
@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.cleaned_data["website"]:
            if not ratelimit.allow(request, "newsletter", *SUBSCRIBE_LIMIT):
                return ratelimit.too_many(request, _("Too many sign-ups from this connection. Try again in an hour."))
            save_subscription(form.cleaned_data)
        # POST/redirect/GET: a refresh never signs up twice; known and new addresses get the same answer.
        return HttpResponseRedirect(reverse("newsletter_sent"), status=303)
    return render(request, "partners/newsletter/subscribe.html", {"form": form}, status=400 if form.errors else 200)


def sent(request):
    return _message(
        request,
        _("Check your mailbox"),
        _(
            "We have sent you an e-mail. Click the link in it to start your newsletter. "
            "No e-mail? Check your spam folder."
        ),
    )


@transaction.atomic  # the subscriber and their confirmation mail are stored together
def save_subscription(data, mailing_list=MailingList.NEWSLETTER):
    email = data["email"]
    subscriber = Subscriber.objects.filter(email__iexact=email, mailing_list=mailing_list).first()
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, language=mail_language(), mailing_list=mailing_list)
    elif subscriber.confirmed_at or subscriber.created_at > timezone.now() - RESEND_AFTER:
        return  # already subscribed (their choices are theirs to change), or a mail was sent moments ago
    else:
        subscriber.created_at, subscriber.language = timezone.now(), mail_language()
        subscriber.save(update_fields=["created_at", "language"])
    subscriber.target_groups.set(data.get("target_groups", []))
    subscriber.themes.set(data.get("themes", []))
    queue_mail("partners.newsletter_confirm", subscriber)


@mail_builder("partners.newsletter_confirm")
def confirmation_mail(subscriber, data):
    if subscriber.confirmed_at:
        return None
    press = subscriber.mailing_list == MailingList.PRESS
    return Message(
        _("Confirm your place on the press list") if press else _("Confirm your newsletter subscription"),
        [subscriber.email],
        "partners/emails/newsletter_confirm",
        {
            "confirm_url": token_url("newsletter-confirm", subscriber),
            "days": CONFIRM_DAYS,
            "choices": "" if press else describe_choices(subscriber),
            "press": press,
            "language": subscriber.language,
        },
    )


def describe_choices(subscriber):
    from home.localized import localized_list

    names = [item.name for item in localized_list(subscriber.target_groups.all())]
    names += [item.name for item in localized_list(subscriber.themes.all())]
    return ", ".join(names) or _("everything")


def _message(request, heading, message, status=200, action=None):
    context = {"heading": heading, "message": message, "action": action}
    return render(request, "message.html", context, status=status)


def _invalid_link(request):
    return _message(
        request,
        _("This link does not work"),
        _("The link is incomplete, changed or older than %(days)s days. Sign up again to get a new one.")
        % {"days": CONFIRM_DAYS},
        status=400,
    )


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); only the POST starts the newsletter."""
    subscriber = record_for_token(
        "newsletter-confirm", token, Subscriber.objects.all(), max_age=timedelta(days=CONFIRM_DAYS)
    )
    if subscriber is None:
        return _invalid_link(request)
    press = subscriber.mailing_list == MailingList.PRESS
    with translation.override(subscriber.language):
        if request.method == "GET" and not subscriber.confirmed_at:
            if press:
                return _message(
                    request,
                    _("Join the press list"),
                    _("Click the button to get our press releases by e-mail."),
                    action=_("Send me the press releases"),
                )
            return _message(
                request,
                _("Start your newsletter"),
                _("Click the button to get our newsletter once a week."),
                action=_("Start my newsletter"),
            )
        if not subscriber.confirmed_at:
            subscriber.confirmed_at = timezone.now()
            subscriber.save(update_fields=["confirmed_at"])
        if press:
            return _message(
                request, _("You are on the press list"), _("From now on you get our press releases by e-mail.")
            )
        return _message(
            request,
            _("Your newsletter is on"),
            _("From now on you get our newsletter once a week, with what is new for your choices."),
        )


@csrf_exempt  # mail clients post one-click unsubscribes (RFC 8058) without a form
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button; POST (the button, or a mail client's RFC 8058 one-click) deletes the subscriber."""
    if not is_signed("newsletter-unsubscribe", token):
        return _invalid_link(request)
    subscriber = record_for_token("newsletter-unsubscribe", token, Subscriber.objects.all())
    with translation.override(subscriber.language if subscriber else translation.get_language()):
        if request.method == "GET" and subscriber is not None:
            return _message(
                request,
                _("Unsubscribe?"),
                _("You will no longer get these e-mails, and we delete your e-mail address."),
                action=_("Unsubscribe"),
            )
        if subscriber is not None:
            subscriber.delete()
        return _message(
            request,
            _("You are unsubscribed"),
            _("You will not get these e-mails any more. We have deleted your e-mail address."),
        )


class PressListForm(forms.Form):
    email = SubscribeForm.base_fields["email"]
    website = SubscribeForm.base_fields["website"]


def subscribe_press(kit, request):
    """The press page's sign-up for the press list (POST from the page's form; the same protections)."""
    if request.method != "POST":
        return HttpResponseRedirect(kit.url)
    form = PressListForm(request.POST, prefix="press")
    if form.is_valid():
        if not form.cleaned_data["website"]:
            if not ratelimit.allow(request, "newsletter", *SUBSCRIBE_LIMIT):
                return ratelimit.too_many(request, _("Too many sign-ups from this connection. Try again in an hour."))
            save_subscription(form.cleaned_data, MailingList.PRESS)
        return HttpResponseRedirect(reverse("newsletter_sent"), status=303)
    response = kit.render(request, context_overrides={"press_form": form})
    response.status_code = 400
    return response
