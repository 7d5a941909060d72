from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from events import booking as service
from events.forms import RegistrationForm
from home import ratelimit

STATE_MESSAGES = {
    "not_yet": lambda event: _("Registration opens on %(date)s.") % {"date": _local(event.registration_opens)},
    "closed": lambda event: _("Registration for this event is closed."),
    "off": lambda event: _("You cannot register online for this event."),
}


def _local(moment):
    return formats.date_format(timezone.localtime(moment), "j F Y, H:i")


OUTCOME_SALT = "events.registration.outcome"
OUTCOME_SECONDS = 15 * 60


def event_page(event, request):
    # A translation shows its own text but registers on the original: one list, one capacity.
    booking = event.booking_event()
    state = booking.registration_state()
    context = {"state": state, "state_message": STATE_MESSAGES[state](event) if state in STATE_MESSAGES else ""}
    if state == "open":
        form = RegistrationForm(request.POST if request.method == "POST" else None, event=event)
        context["form"] = form
        if request.method == "POST":
            outcome = _submit(booking, request, form)
            if outcome == "rate-limited":
                return ratelimit.too_many(request, _("Too many registrations from this connection. Try again later."))
            if outcome and outcome["kind"] in ("confirmed", "waiting"):
                # POST/redirect/GET: a refresh shows the outcome again and never posts twice. The address
                # stays out of the URL; the signed outcome says only "registered" or "waiting list".
                token = signing.dumps(outcome["kind"], salt=OUTCOME_SALT)
                return HttpResponseRedirect(f"{event.url}?{urlencode({'aanmelding': token})}#aanmelden", status=303)
            if outcome:
                context["outcome"] = outcome
    if request.method == "GET" and request.GET.get("aanmelding"):
        try:
            kind = signing.loads(request.GET["aanmelding"][:200], salt=OUTCOME_SALT, max_age=OUTCOME_SECONDS)
        except signing.BadSignature:
            kind = None
        if kind in ("confirmed", "waiting"):
            context["outcome"] = {"kind": kind}
            context["form"] = None
    # Counted once per request: the page, its panel and its structured data all show this number.
    context["places_left"] = event.places_left_now = booking.places_left()
    return event.render(request, context_overrides=context, template="events/event_page.html")


def _submit(event, request, form):
    if not form.is_valid():
        return None
    if form.cleaned_data["website"]:
        # A bot: answer as if it worked, store nothing.
        return {"kind": "confirmed", "email": form.cleaned_data["email"]}
    if not ratelimit.allow(request, f"register:{event.pk}", *settings.REGIO_REGISTRATION_RATE_LIMIT):
        return "rate-limited"
    data = form.cleaned_data
    registration, kind = service.register(
        event, data["name"], data["email"], data["postcode"], data["abroad"], data["target_group"], form.answers()
    )
    if kind == "duplicate":
        # Known address: the service mailed it its registration. Answer exactly as for a new
        # address, so the page never tells anyone whether an address is registered.
        kind = _answer_for_a_new_address(event)
    if kind == "full":
        form.add_error(None, _("Sorry, this event is full."))
        return {"kind": "full"}
    return {"kind": kind, "email": data["email"]}


def _answer_for_a_new_address(event):
    places = event.places_left()
    if places is None or places > 0:
        return "confirmed"
    return "waiting" if event.waiting_list else "full"


def cancel_page(event, request, token):
    request.regio_personal = True  # one person's registration: never in a shared cache
    registration = service.registration_from_token(event, token)
    if registration is None:
        response = event.render(request, template="events/cancel.html", context_overrides={"invalid": True})
        response.status_code = 400
        return response
    cancelled = False
    if request.method == "POST":
        registration, _promoted, cancelled = service.cancel(registration)
        cancelled = True
    return event.render(
        request,
        template="events/cancel.html",
        context_overrides={
            "registration": registration,
            "cancelled": cancelled or registration.status == "cancelled",
        },
    )
