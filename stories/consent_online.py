"""Consent collected online: a signed link, the interview as it will be published, agree or withdraw.

Staff or the ambassador send the interviewee a link (valid 14 days) from the
interview's edit view. The interviewee reads the latest saved version, chooses
where it may appear (web, print, social) and agrees; that records an
``InterviewConsent`` with the moment, the scope, "given online via link" and a
SHA-256 hash of the text they saw. The confirmation mail carries a withdrawal
link: withdrawing takes the interview offline at once and tells staff. The
interviewee's address is erased once the confirmation is sent, or when the link
expires (``manage.py expire_consents``).

The signed links live in ``stories.consent_links``, the mails in ``stories.consent_mails``.
"""

import hashlib

from django import forms
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.dates import add_years
from home.mail import queue_mail
from stories import consent_mails  # noqa: F401  (registers the consent mails with the outbox)
from stories.choices import ConsentMethod, ConsentRequestState
from stories.consent_links import REQUEST_SALT, WITHDRAW_SALT, payload
from stories.models import ConsentRequest, InterviewConsent, InterviewPage, StorySettings
from stories.models.pages import body_text

# The text agreed to ------------------------------------------------------------


def published_version(page):
    """The interview as it will be published: its latest saved revision (or the page itself)."""
    revision = page.get_latest_revision()
    return (revision.as_object() if revision else page), revision


def canonical_text(interview):
    """The words the interviewee agrees to, in a fixed order; the hash of this is stored with the consent."""
    parts = [
        interview.title,
        interview.introduction,
        interview.interviewee_name,
        interview.interviewee_role,
        interview.interviewee_organisation,
        interview.pull_quote,
        body_text(interview.body.raw_data),
    ]
    return "\n".join(" ".join(str(part or "").split()) for part in parts)


def text_hash(interview):
    return hashlib.sha256(canonical_text(interview).encode()).hexdigest()


# Sending the link --------------------------------------------------------------


class SendLinkForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address of the interviewee"),
        max_length=254,
        help_text=gettext_lazy("Used only for this link and the confirmation; erased afterwards."),
    )


@transaction.atomic
def send_link(page, email, user=None):
    """Send a new link; earlier open links of this interview stop working."""
    page.consent_requests.filter(state=ConsentRequestState.PENDING).exclude(sent_at=None).update(
        state=ConsentRequestState.CANCELLED, email=""
    )
    consent_request = page.consent_requests.filter(state=ConsentRequestState.PENDING, sent_at=None).first()
    consent_request = consent_request or ConsentRequest(page=page)
    consent_request.email = email.strip()
    consent_request.start(user)
    consent_request.save()
    queue_mail("stories.consent_request", consent_request)
    return consent_request


# The interviewee's page --------------------------------------------------------


class ConsentForm(forms.Form):
    web = forms.BooleanField(label=gettext_lazy("on the website"), required=False, initial=True)
    print = forms.BooleanField(label=gettext_lazy("in print (posters, brochures, magazines)"), required=False)
    social = forms.BooleanField(label=gettext_lazy("on social media"), required=False)
    agree = forms.BooleanField(
        label=gettext_lazy("I have read the interview and agree to its publication as shown above."),
        error_messages={"required": gettext_lazy("Tick this box to give your consent.")},
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("web") or cleaned.get("print") or cleaned.get("social")):
            self.add_error("web", _("Choose at least one place where the interview may appear."))
        return cleaned


def _message(request, heading, message, status=200, action=None):
    response = render(
        request,
        "message.html",
        {"heading": heading, "message": message, "action": action},
        status=status,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _invalid(request):
    return _message(
        request,
        _("This link does not work"),
        _("The link is incomplete or changed. Use the link from the e-mail, or ask for a new one."),
        status=400,
    )


def _load_request(page_id, token, lock=False):
    data = payload(token, REQUEST_SALT)
    if not data or data.get("p") != page_id or not isinstance(data.get("i"), int):
        return None
    queryset = ConsentRequest.objects.select_related("page", "consent")
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    return queryset.filter(pk=data["i"], page_id=page_id).first()


def _closed(request, consent_request):
    """The answer for a link that can no longer be used, or None when it is open."""
    state = consent_request.state
    if state == ConsentRequestState.GIVEN:
        withdrawn = consent_request.consent and consent_request.consent.withdrawn_at
        if withdrawn:
            return _message(
                request,
                _("You withdrew your consent"),
                _("The interview is no longer published with your consent. This link cannot be used again."),
                status=410,
            )
        return _message(
            request,
            _("You have already given your consent"),
            _("Thank you. You will find a link to withdraw your consent in the confirmation e-mail."),
        )
    if state == ConsentRequestState.WITHDRAWN:
        return _message(
            request,
            _("You withdrew your consent"),
            _("The interview is no longer published with your consent. This link cannot be used again."),
            status=410,
        )
    if state == ConsentRequestState.CANCELLED:
        return _message(
            request,
            _("This link has been replaced"),
            _("A newer link was sent for this interview. Use the link in the most recent e-mail."),
            status=410,
        )
    if not consent_request.is_open:
        return _message(
            request,
            _("This link has expired"),
            _("Links to give consent are valid for %(days)s days. Ask the person who interviewed you for a new one.")
            % {"days": ConsentRequest.LINK_DAYS},
            status=410,
        )
    return None


@never_cache
@require_http_methods(["GET", "POST"])
def consent(request, page_id, token):
    consent_request = _load_request(page_id, token)
    if consent_request is None:
        return _invalid(request)
    if closed := _closed(request, consent_request):
        return closed
    interview, revision = published_version(consent_request.page.specific)
    form = ConsentForm(initial={"revision": revision.pk if revision else None})
    if request.method == "POST":
        form = ConsentForm(request.POST)
        if form.is_valid():
            outcome = record(page_id, token, form.cleaned_data)
            if outcome == "changed":
                form.add_error(
                    None,
                    _("The interview was changed while you were reading it. Read the new version and agree again."),
                )
                interview, revision = published_version(consent_request.page.specific)
                form = _rebound(form, revision)
            elif outcome is None:
                return consent(_as_get(request), page_id, token)
            else:
                return _message(
                    request,
                    _("Thank you for your consent"),
                    _(
                        "We have recorded your consent until %(until)s. You will receive a confirmation by e-mail, "
                        "with a link to withdraw your consent at any time."
                    )
                    % {"until": outcome.expires_on.strftime("%d-%m-%Y")},
                )
    years = StorySettings.for_site(consent_request.page.get_site()).consent_years
    response = render(
        request,
        "stories/consent_page.html",
        {
            "interview": interview,
            "form": form,
            "expires_on": add_years(timezone.localdate(), years),
            "link_until": consent_request.expires_at,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _rebound(form, revision):
    data = form.data.copy()
    data["revision"] = revision.pk if revision else ""
    data.pop("agree", None)
    rebound = ConsentForm(data)
    rebound.is_valid()
    for error in form.non_field_errors():
        rebound.add_error(None, error)
    return rebound


def _as_get(request):
    request.method = "GET"
    return request


def record(page_id, token, data):
    """Record the consent; returns the InterviewConsent, "changed" when the text changed, or None when closed."""
    with transaction.atomic():
        consent_request = _load_request(page_id, token, lock=True)
        if consent_request is None or consent_request.state != ConsentRequestState.PENDING:
            return None
        if not consent_request.is_open:
            return None
        page = InterviewPage.objects.get(pk=page_id)
        interview, revision = published_version(page)
        if (revision.pk if revision else None) != data.get("revision"):
            return "changed"
        today = timezone.localdate()
        years = StorySettings.for_site(page.get_site()).consent_years
        given = InterviewConsent.objects.create(
            page=page,
            given_on=today,
            expires_on=add_years(today, years),
            web=data["web"],
            print=data["print"],
            social=data["social"],
            how=_("Given online via link (revision %(revision)s).") % {"revision": revision.pk if revision else "-"},
            method=ConsentMethod.ONLINE,
            given_at=timezone.now(),
            text_hash=text_hash(interview),
        )
        consent_request.state = ConsentRequestState.GIVEN
        consent_request.consent = given
        consent_request.answered_at = given.given_at
        consent_request.save(update_fields=["state", "consent", "answered_at"])
        queue_mail("stories.consent_confirmation", consent_request)
        queue_mail("stories.consent_given", consent_request)
    return given


# Withdrawing -------------------------------------------------------------------


def _load_consent(token, lock=False):
    data = payload(token, WITHDRAW_SALT)
    if not data or not isinstance(data.get("c"), int):
        return None
    queryset = InterviewConsent.objects.select_related("page")
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    return queryset.filter(pk=data["c"], page_id=data.get("p"), method=ConsentMethod.ONLINE).first()


@never_cache
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    """GET shows a button (mail scanners follow links); the POST withdraws and takes the interview offline."""
    consent = _load_consent(token)
    if consent is None:
        return _invalid(request)
    if consent.withdrawn_at:
        return _message(
            request,
            _("You withdrew your consent"),
            _("The interview is no longer published with your consent. This link cannot be used again."),
        )
    if request.method == "GET":
        return _message(
            request,
            _("Withdraw your consent?"),
            _(
                "If you withdraw your consent, the interview '%(title)s' is taken off the website at once and "
                "will not be used again."
            )
            % {"title": consent.page.title},
            action=_("Withdraw my consent"),
        )
    withdraw_consent(token)
    return _message(
        request,
        _("You withdrew your consent"),
        _("The interview is no longer published with your consent. The editors have been told."),
    )


def withdraw_consent(token):
    with transaction.atomic():
        consent = _load_consent(token, lock=True)
        if consent is None or consent.withdrawn_at:
            return None
        consent.withdrawn_at = timezone.now()
        consent.save(update_fields=["withdrawn_at"])
        page = InterviewPage.objects.get(pk=consent.page_id)
        unpublished = False
        if page.live and not page.valid_consent():
            page.unpublish(log_action="wagtail.unpublish")
            unpublished = True
        consent_request = ConsentRequest.objects.filter(consent=consent).first()
        if consent_request is not None:
            consent_request.state = ConsentRequestState.WITHDRAWN
            consent_request.email = ""
            consent_request.answered_at = consent.withdrawn_at
            consent_request.save(update_fields=["state", "email", "answered_at"])
            queue_mail("stories.consent_withdrawn", consent_request, {"unpublished": unpublished})
    return consent


def erase_expired(now=None):
    """Expire open links past their date and erase addresses that are no longer needed; returns the count."""
    now = now or timezone.now()
    expired = ConsentRequest.objects.filter(state=ConsentRequestState.PENDING, expires_at__lte=now)
    count = expired.update(state=ConsentRequestState.EXPIRED, email="")
    # Answered, cancelled or withdrawn: no address is needed any more once no mail to it waits.
    from home.choices import MailState

    done = ConsentRequest.objects.exclude(email="").exclude(state=ConsentRequestState.PENDING)
    for item in done:
        if not item.mails.exclude(state=MailState.SENT).exclude(state=MailState.FAILED).exists():
            item.email = ""
            item.save(update_fields=["email"])
            count += 1
    return count
