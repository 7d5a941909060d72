"""The impact dashboard (admin), its CSV exports and board report, and the campaign links' QR codes."""

import csv
import io

import segno

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from analytics import charts, dashboard
from analytics.models import CampaignLink
from home.exports import safe_cell
from home.site_address import site_url

PERMISSION = "analytics.view_impact_dashboard"


def require_dashboard(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def figures(request):
    period = dashboard.parse_period(request.GET)
    reach_rows = dashboard.reach_by_group(period)
    tables = {
        "visitors": (
            _("Visitors per month"),
            [_("Month"), _("Views"), _("Unique visitors (sum of daily)")],
            dashboard.visitors_per_month(period),
        ),
        "reach": (
            _("Reach per target group (unique visitors), by method"),
            [_("Target group"), _("Self-declared"), _("Campaign"), _("Content")],
            dashboard.reach_totals(reach_rows),
        ),
        "reach_monthly": (
            _("Reach per target group per month"),
            [_("Month"), _("Target group"), _("Self-declared"), _("Campaign"), _("Content")],
            reach_rows,
        ),
        "top_content": (
            _("Top content per target group (self-declared)"),
            [_("Target group"), _("Page"), _("Views")],
            dashboard.top_content(period),
        ),
        "campaigns": (
            _("Campaigns"),
            [
                _("Campaign"),
                _("Aimed outside the region"),
                _("Visits"),
                _("Unique visitors"),
                _("Conversions"),
                _("Target: visits"),
                _("Target: conversions"),
            ],
            dashboard.campaign_comparison(period),
        ),
        "links": (
            _("Links and QR codes"),
            [_("Campaign"), _("Link"), _("Channel"), _("Visits"), _("Unique visitors"), _("Conversions")],
            dashboard.links_of_campaigns(period),
        ),
        "partners": (
            _("Partner widgets: views and clicks through, per partner"),
            [_("Partner"), _("Widget"), _("Views"), _("Clicks through"), _("Click rate (%)")],
            dashboard.partner_widgets(period),
        ),
        "origin": (
            _("Event registrations by origin"),
            [_("Origin"), _("Registrations")],
            dashboard.registrations_by_origin(period),
        ),
        "survey_reasons": (
            _("Survey: reasons to leave or to settle, by origin"),
            [_("Reason"), _("Origin"), _("Named by people who left"), _("Named by people who live here")],
            dashboard.survey_reasons(period),
        ),
        "survey_groups": (
            _("Survey answers by target group and origin"),
            [_("Target group"), _("Origin"), _("Answers"), _("Would consider living or working here")],
            dashboard.survey_by_group(period),
        ),
        "ambassadors": (
            _("Interviews per ambassador against pace"),
            [_("Ambassador"), _("Held"), _("Published"), _("Expected by now"), _("Yearly target"), _("Media")],
            dashboard.ambassadors_against_pace(period),
        ),
    }
    return period, dashboard.kpis(period, dashboard.settings_for(request)), tables


def chart_set(tables):
    visitors = tables["visitors"][2]
    reach = tables["reach"][2]
    campaigns = tables["campaigns"][2]
    origin = tables["origin"][2]
    people = tables["ambassadors"][2]
    return {
        "visitors": charts.line(
            tables["visitors"][0], [row[0] for row in visitors], [(_("Unique visitors"), [row[2] for row in visitors])]
        ),
        "reach": charts.bars(
            tables["reach"][0],
            [row[0] for row in reach],
            [
                (_("Self-declared"), [row[1] for row in reach]),
                (_("Campaign"), [row[2] for row in reach]),
                (_("Content"), [row[3] for row in reach]),
            ],
            horizontal=True,
        ),
        "campaigns": charts.bars(
            tables["campaigns"][0],
            [row[0] for row in campaigns],
            [(_("Visits"), [row[2] for row in campaigns]), (_("Conversions"), [row[4] for row in campaigns])],
        ),
        "origin": charts.bars(
            tables["origin"][0], [row[0] for row in origin], [(_("Registrations"), [row[1] for row in origin])]
        ),
        "ambassadors": charts.bars(
            tables["ambassadors"][0],
            [row[0] for row in people],
            [(_("Held"), [row[1] for row in people]), (_("Expected by now"), [row[3] for row in people])],
        ),
    }


def impact_dashboard(request):
    require_dashboard(request.user)
    period, cards, tables = figures(request)
    export = request.GET.get("export")
    if export:
        if export not in tables:
            return HttpResponse(_("Unknown table."), status=400, content_type="text/plain; charset=utf-8")
        return csv_response(f"{export}-{period.start}-{period.end}.csv", *tables[export][1:])
    drawn = chart_set(tables)
    return render(
        request,
        "analytics/admin/dashboard.html",
        {
            "period": period,
            "periods": dashboard.PERIODS,
            "cards": cards,
            "sections": [(key, drawn.get(key), table) for key, table in tables.items()],
            "surveys": dashboard.surveys(),
            "query": request.GET.copy().urlencode() if "export" not in request.GET else "",
        },
    )


def board_report(request):
    """One page for the board, as a PDF: the KPI cards and the charts of the chosen period."""
    from weasyprint import HTML

    require_dashboard(request.user)
    period, cards, tables = figures(request)
    html = render_to_string(
        "analytics/pdf/board_report.html",
        {"period": period, "cards": cards, "tables": tables, "charts": chart_set(tables), "made": timezone.now()},
        request=request,
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="impact-{period.start}-{period.end}.pdf"'
    return response


def csv_response(filename, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(str(cell)) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
def update_now(request):
    """Enqueue the rollup task (it also runs hourly from cron)."""
    from analytics.rollup import rollup

    require_dashboard(request.user)
    rollup.enqueue()
    messages.success(request, _("The figures are being updated; reload the page in a moment."))
    return redirect("analytics_dashboard")


def qr_code(request, link_id, kind):
    """The QR code of a campaign link, as print-quality SVG or PNG."""
    if not request.user.has_perm("analytics.change_campaign"):
        raise PermissionDenied
    if kind not in ("svg", "png"):
        raise Http404
    link = get_object_or_404(CampaignLink.objects.select_related("campaign"), pk=link_id)
    site = link.campaign.landing_page.get_site() if link.campaign.landing_page else None
    url = link.url(site.root_url if site else site_url(request, "/"))
    qr = segno.make(url, error="q", micro=False)
    buffer = io.BytesIO()
    name = f"qr-{link.campaign.slug}-{link.code}"
    if kind == "svg":
        qr.save(buffer, kind="svg", scale=10, border=4, dark="#000000", xmldecl=True)
        response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    else:
        qr.save(buffer, kind="png", scale=20, border=4, dpi=600)
        response = HttpResponse(buffer.getvalue(), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response


def survey_rows(responses):
    from events.choices import Origin

    origins = dict(Origin.choices)
    for response in responses:
        yield (
            response.created_at.strftime("%Y-%m-%d"),
            str(origins.get(response.origin, "")),
            response.target_group.name if response.target_group else "",
            response.get_relation_display(),
            response.get_consider_display(),
            ", ".join(reason.name for reason in response.reasons.all()),
            "; ".join(f"{key}: {value}" for key, value in response.answers.items() if value),
        )


def survey_answers(request, page_id):
    """The answers of one survey, without e-mail addresses; paged, and as a (formula-safe) CSV."""
    from django.core.paginator import Paginator

    from analytics.models import SurveyPage

    require_dashboard(request.user)
    survey = get_object_or_404(SurveyPage, pk=page_id)
    responses = survey.responses.select_related("target_group").prefetch_related("reasons").order_by("-created_at")
    header = [
        _("Date"),
        _("Origin"),
        _("Target group"),
        _("Lives here"),
        _("Would consider it"),
        _("Reasons"),
        _("Own questions"),
    ]
    if request.GET.get("export") == "csv":
        return csv_response(f"{survey.slug}-answers.csv", header, survey_rows(responses))
    paginator = Paginator(responses, 50)
    page_obj = paginator.get_page(request.GET.get("p"))
    return render(
        request,
        "analytics/admin/survey_answers.html",
        {
            "survey": survey,
            "rows": list(survey_rows(page_obj.object_list)),
            "page_obj": page_obj,
            "paginator": paginator,
        },
    )
