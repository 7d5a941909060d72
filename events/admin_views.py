"""Staff views for registrations: overview with counts, CSV export, check-in, and deleting a person's data.

Only users with the registration permissions (the 'Communicatie' group in the
demo) may see them; everyone else gets 403.
"""

import csv
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from events import booking as service
from events.models import EventPage, Origin, Registration, Status
from home.exports import safe_row
from home.queries import clean_text

CSV_COLUMNS = ("id", "name", "email", "postcode", "origin", "target_group", "status", "registered", "answers")


def needs(action):
    """Only users with events.<action>_registration; others get 403 (Wagtail would redirect a PermissionDenied)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(f"events.{action}_registration"):
                return HttpResponseForbidden(_("You may not see or change registrations."))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


@needs("view")
def events_overview(request):
    events = EventPage.objects.annotate(
        confirmed=Count("registrations", filter=_status(Status.CONFIRMED, Status.ATTENDED)),
        waiting=Count("registrations", filter=_status(Status.WAITING)),
    ).order_by("-start")
    return TemplateResponse(request, "events/admin/events_overview.html", {"events": events})


def _status(*statuses):
    from django.db.models import Q

    return Q(registrations__status__in=statuses)


@needs("view")
def registrations(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    status = request.GET.get("status")
    rows = event.registrations.select_related("target_group")
    if status in Status.values:
        rows = rows.filter(status=status)
    by_status = dict(event.registrations.values_list("status").annotate(n=Count("pk")))
    present = event.registrations.exclude(status=Status.CANCELLED)
    by_group = present.values("target_group__name").annotate(n=Count("pk")).order_by("-n")
    by_origin = {row["origin"]: row["n"] for row in present.values("origin").annotate(n=Count("pk"))}
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {
            "event": event,
            "rows": rows,
            "status": status,
            "statuses": [(value, label, by_status.get(value, 0)) for value, label in Status.choices],
            "by_group": by_group,
            "by_origin": [(label, by_origin.get(value, 0)) for value, label in Origin.choices],
            "places_left": event.places_left(),
        },
    )


@needs("view")
def registrations_csv(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="aanmeldingen-{event.slug}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in event.registrations.select_related("target_group"):
        writer.writerow(
            safe_row(
                [
                    row.pk,
                    row.name,
                    row.email,
                    row.postcode,
                    row.get_origin_display(),
                    row.target_group.name if row.target_group else "",
                    row.get_status_display(),
                    timezone.localtime(row.created_at).strftime("%Y-%m-%d %H:%M"),
                    "; ".join(f"{question}: {answer}" for question, answer in row.answers.items()),
                ]
            )
        )
    return response


@needs("change")
def check_in(request, event_id):
    event = get_object_or_404(EventPage, pk=event_id)
    if request.method == "POST":
        pk = request.POST.get("registration", "")
        if not pk.isascii() or not pk.isdigit():
            messages.error(request, _("Choose a registration from the list."))
            return redirect(request.path)
        registration = get_object_or_404(Registration, pk=int(pk), event=event)
        service.mark_attended(registration, attended=request.POST.get("attended") == "1")
        return redirect(f"{request.path}?{urlencode({'q': clean_text(request.POST.get('q'))})}#r{registration.pk}")
    query = clean_text(request.GET.get("q"))
    rows = event.registrations.filter(status__in=(Status.CONFIRMED, Status.ATTENDED)).order_by("name")
    if query:
        rows = rows.filter(name__icontains=query) | rows.filter(email__icontains=query)
    return TemplateResponse(
        request,
        "events/admin/check_in.html",
        {
            "event": event,
            "rows": rows,
            "query": query,
            "attended": event.registrations.filter(status=Status.ATTENDED).count(),
            "expected": event.registrations.filter(status__in=(Status.CONFIRMED, Status.ATTENDED)).count(),
        },
    )


@needs("delete")
@require_POST
def delete_person(request):
    """Delete every registration of one e-mail address (a request to be forgotten)."""
    field = forms.EmailField(max_length=254)
    try:
        email = field.clean(clean_text(request.POST.get("email"), 254)).lower()
    except ValidationError:
        messages.error(request, _("Fill in the e-mail address whose registrations must be deleted."))
        return redirect("events_registrations_overview")
    for registration in Registration.objects.filter(email=email).exclude(status=Status.CANCELLED):
        service.cancel(registration)  # frees the place for the waiting list first
    deleted, _detail = Registration.objects.filter(email=email).delete()
    messages.success(request, _("%(count)s registrations of %(email)s deleted.") % {"count": deleted, "email": email})
    return redirect("events_registrations_overview")
