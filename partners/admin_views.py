"""Partners in the admin: the embed-code builder (choose a widget, its filters and the partner; get the snippet
to paste) and the preview of this week's newsletter."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy

from careers.choices import Kind
from home.localized import localized
from home.models import Fact, Municipality, RegioSettings, TargetGroup, Theme
from home.site_address import site_url
from partners.embed import WIDGETS
from partners.models import Partner, Widget

PERMISSION = "partners.view_partner"
PREVIEW_PERMISSION = "partners.change_newsletterintro"
# A height that fits the default number of items without a scroll bar (iframes cannot grow without script).
HEIGHTS = {Widget.VACANCIES: (150, 96), Widget.EVENTS: (150, 92), Widget.STORIES: (150, 118), Widget.FACT: (300, 0)}


def _slugs(model):
    return [(row.slug, localized(row).name) for row in model.objects.canonical()]


class EmbedCodeForm(forms.Form):
    widget = forms.ChoiceField(label=gettext_lazy("Widget"), choices=Widget.choices)
    partner = forms.ModelChoiceField(
        label=gettext_lazy("Partner"),
        queryset=Partner.objects.all(),
        required=False,
        empty_label=gettext_lazy("(no partner: views and clicks are not attributed)"),
        to_field_name="slug",
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)
    count = forms.IntegerField(
        label=gettext_lazy("Number of items"),
        min_value=1,
        max_value=12,
        required=False,
        help_text=gettext_lazy("Empty: 5 vacancies, 3 events or 3 stories."),
    )
    sector = forms.MultipleChoiceField(label=gettext_lazy("Sectors (vacancies)"), required=False)
    soort = forms.MultipleChoiceField(label=gettext_lazy("Kinds (vacancies)"), required=False, choices=Kind.choices)
    gemeente = forms.MultipleChoiceField(label=gettext_lazy("Municipalities (vacancies, stories)"), required=False)
    doelgroep = forms.ChoiceField(label=gettext_lazy("Target group"), required=False)
    thema = forms.ChoiceField(label=gettext_lazy("Theme (events, stories, fact)"), required=False)
    feit = forms.ChoiceField(label=gettext_lazy("Fact"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        themes, places, groups = _slugs(Theme), _slugs(Municipality), _slugs(TargetGroup)
        blank = [("", "—")]
        self.fields["sector"].choices = themes
        self.fields["gemeente"].choices = places
        self.fields["doelgroep"].choices = blank + groups
        self.fields["thema"].choices = blank + themes
        self.fields["feit"].choices = blank + [
            (str(fact.pk), f"{localized(fact).display_value} {localized(fact).label}"[:90])
            for fact in Fact.objects.canonical()
        ]
        for name in ("sector", "soort", "gemeente"):
            self.fields[name].widget = forms.CheckboxSelectMultiple(choices=self.fields[name].choices)

    def embed_path(self):
        data = self.cleaned_data
        spec = WIDGETS[data["widget"]]
        params = []
        if data.get("partner"):
            params.append(("partner", data["partner"].slug))
        for name in spec.filters:
            value = data.get(name)
            for item in value if isinstance(value, list) else [value]:
                if item:
                    params.append((name, item))
        if data.get("count") and spec.max_count > 1:
            params.append(("aantal", data["count"]))
        with translation.override(data["language"]):
            path = reverse("embed_widget", args=[data["widget"]])
        return path + ("?" + urlencode(params) if params else "")

    def height(self):
        spec = WIDGETS[self.cleaned_data["widget"]]
        base, per_item = HEIGHTS[self.cleaned_data["widget"]]
        return base + per_item * (self.cleaned_data.get("count") or spec.default_count)


def embed_code(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = EmbedCodeForm(request.GET or None, initial={"language": settings.LANGUAGE_CODE})
    context = {"form": form}
    if form.is_valid():
        url = site_url(request, form.embed_path())
        regio = RegioSettings.for_request(request)
        spec = WIDGETS[form.cleaned_data["widget"]]
        with translation.override(form.cleaned_data["language"]):
            title = f"{spec.heading} – {regio.region_name}"
        height = form.height()
        context.update(
            url=url,
            height=height,
            # Plain text (the template escapes it again to show it), with the attribute values escaped.
            snippet=(
                f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="{height}" '
                f'style="border:0;max-width:40rem" loading="lazy"></iframe>'
            ),
        )
    return render(request, "partners/admin/embed_code.html", context)


class PreviewForm(forms.Form):
    target_groups = forms.MultipleChoiceField(
        label=gettext_lazy("Target groups"), required=False, widget=forms.CheckboxSelectMultiple
    )
    themes = forms.MultipleChoiceField(
        label=gettext_lazy("Topics"), required=False, widget=forms.CheckboxSelectMultiple
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_groups"].choices = [(str(g.pk), localized(g).name) for g in TargetGroup.objects.canonical()]
        self.fields["themes"].choices = [(str(t.pk), localized(t).name) for t in Theme.objects.canonical()]


def _preview_choices(request):
    form = PreviewForm(request.GET or None, initial={"language": settings.LANGUAGE_CODE})
    if form.is_valid():
        data = form.cleaned_data
        return form, [int(pk) for pk in data["target_groups"]], [int(pk) for pk in data["themes"]], data["language"]
    return form, [], [], settings.LANGUAGE_CODE


def newsletter_preview(request):
    """This week's newsletter for a choice of target groups and topics, as a subscriber would get it."""
    from django.utils import timezone

    from partners.digest import week_of
    from partners.models import NewsletterIntro

    if not request.user.has_perm(PREVIEW_PERMISSION):
        raise PermissionDenied
    form, _groups, _themes, _language = _preview_choices(request)
    week = week_of(timezone.now())
    intro = NewsletterIntro.objects.filter(week_of=week).first()
    if intro:
        intro_url = reverse("wagtailsnippets_partners_newsletterintro:edit", args=[intro.pk])
    else:
        intro_url = reverse("wagtailsnippets_partners_newsletterintro:add") + f"?week_of={week.isoformat()}"
    return render(
        request,
        "partners/admin/newsletter_preview.html",
        {"form": form, "week": week, "intro": intro, "intro_url": intro_url, "query": request.GET.urlencode()},
    )


def newsletter_preview_mail(request):
    """The HTML of the previewed newsletter (shown in the preview page's frame)."""
    import datetime

    from django.http import HttpResponse
    from django.template.loader import render_to_string
    from django.utils import timezone

    from careers.models import CareerPage
    from events.models import EventPage
    from partners.digest import contents, intro_for, newsletter_context, week_of
    from stories.models import StoryPage

    if not request.user.has_perm(PREVIEW_PERMISSION):
        raise PermissionDenied
    _form, groups, themes, language = _preview_choices(request)
    now = timezone.now()
    stories, events, careers = contents(groups, themes, now - datetime.timedelta(days=7), now)
    with translation.override(language):
        context = newsletter_context(
            (StoryPage, [page.pk for page in stories]),
            (EventPage, [page.pk for page in events]),
            CareerPage.objects.filter(pk__in=[page.pk for page in careers]).select_related("organisation"),
            intro_for(week_of(now), language),
            language,
        )
        context["unsubscribe_url"] = "#"
        html = render_to_string("partners/emails/newsletter.html", context)
    response = HttpResponse(html)
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
