"""Staff views for registrations: overview with counts, CSV export, check-in, and deleting a person's data.

Only users with the registration permissions (the 'Communicatie' group in the
demo) may see them; everyone else gets 403.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from events import booking as service
from events.models import EventPage, Origin, Registration, Status
from home.queries import clean_text

EXPORT_COLUMNS = [
    "pk",
    "name",
    "email",
    "postcode",
    "get_origin_display",
    "target_group",
    "get_status_display",
    "created_at",
    "answers_text",
]


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
    page = Paginator(events, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "events/admin/events_overview.html", {"events": page, "page": page})


CHECK_IN_PER_PAGE = 100


def _status(*statuses):
    return Q(registrations__status__in=statuses)


class RegistrationFilterSet(WagtailFilterSet):
    class Meta:
        model = Registration
        fields = ["status", "origin", "target_group"]


class RegistrationsReport(ReportView):
    """One event's registrations: Wagtail's report listing with filters and CSV/XLSX export (formula-safe)."""

    template_name = "events/admin/registrations.html"
    header_icon = "list-ul"
    filterset_class = RegistrationFilterSet
    paginate_by = 100
    columns = [
        Column("name", label=_("Name")),
        Column("email", label=_("E-mail")),
        Column("target_group", label=_("Target group")),
        Column("get_origin_display", label=_("Comes from")),
        Column("get_status_display", label=_("Status")),
        DateColumn("created_at", label=_("Registered")),
    ]
    list_export = EXPORT_COLUMNS
    export_headings = {
        "pk": "id",
        "name": _("Name"),
        "email": _("E-mail"),
        "postcode": _("Postcode"),
        "get_origin_display": _("Comes from"),
        "target_group": _("Target group"),
        "get_status_display": _("Status"),
        "created_at": _("Registered"),
        "answers_text": _("Answers"),
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = get_object_or_404(EventPage, pk=kwargs["event_id"])

    def get_queryset(self):
        return self.event.registrations.select_related("target_group").order_by("created_at", "pk")

    def get_page_title(self):
        return self.event.title

    def get_page_subtitle(self):
        return _("Registrations")

    def get_index_url(self):
        return reverse("events_registrations", args=[self.event.pk])

    def get_index_results_url(self):
        return reverse("events_registrations_results", args=[self.event.pk])

    def get_filename(self):
        return f"aanmeldingen-{self.event.slug}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        present = self.event.registrations.exclude(status=Status.CANCELLED)
        by_status = dict(self.event.registrations.values_list("status").annotate(n=Count("pk")))
        by_origin = {row["origin"]: row["n"] for row in present.values("origin").annotate(n=Count("pk"))}
        context.update(
            event=self.event,
            statuses=[(label, by_status.get(value, 0)) for value, label in Status.choices],
            by_group=present.values("target_group__name").annotate(n=Count("pk")).order_by("-n"),
            by_origin=[(label, by_origin.get(value, 0)) for value, label in Origin.choices],
            places_left=self.event.places_left(),
        )
        return context


registrations = needs("view")(RegistrationsReport.as_view())
registrations_results = needs("view")(RegistrationsReport.as_view(results_only=True))


@needs("change")
def check_in(request, event_id):
    """The door list: search by name or e-mail, 100 people per page, tick who came."""
    event = get_object_or_404(EventPage, pk=event_id)
    if request.method == "POST":
        pk = request.POST.get("registration", "")
        if not pk.isascii() or not pk.isdigit():
            messages.error(request, _("Choose a registration from the list."))
            return redirect(request.path)
        registration = get_object_or_404(Registration, pk=int(pk), event=event)
        service.mark_attended(registration, attended=request.POST.get("attended") == "1")
        back = {"q": clean_text(request.POST.get("q")), "p": clean_text(request.POST.get("p"))[:6]}
        return redirect(f"{request.path}?{urlencode(back)}#r{registration.pk}")
    query = clean_text(request.GET.get("q"))
    rows = (
        event.registrations.filter(status__in=(Status.CONFIRMED, Status.ATTENDED))
        .select_related("target_group")
        .order_by("name", "pk")
    )
    if query:
        rows = rows.filter(name__icontains=query) | rows.filter(email__icontains=query)
    page = Paginator(rows, CHECK_IN_PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "events/admin/check_in.html",
        {
            "event": event,
            "rows": page.object_list,
            "page": page,
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
