"""The research survey's standard questions, its one-time token, and how an answer is stored."""

import secrets

from django import forms
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from analytics.models import Consider, Relation, SurveyResponse
from home.forms import LocalizedModelChoiceField, LocalizedModelMultipleChoiceField
from home.models import Reason, TargetGroup
from home.postcodes import is_dutch_postcode

TOKEN_SALT = "analytics.survey"
TOKEN_MAX_AGE = 2 * 24 * 3600
STANDARD = ("postcode", "abroad", "target_group", "relation", "reasons", "consider", "results_email", "token")


def new_token():
    return signing.dumps(secrets.token_hex(16), salt=TOKEN_SALT)


class TokenField(forms.CharField):
    widget = forms.HiddenInput

    def clean(self, value):
        value = super().clean(value)
        try:
            nonce = signing.loads(value, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
        except signing.BadSignature:
            raise forms.ValidationError(_("This form has expired. Reload the page and fill it in again.")) from None
        if not isinstance(nonce, str) or SurveyResponse.objects.filter(token=nonce).exists():
            raise forms.ValidationError(_("You have already answered this survey. Thank you!"))
        return nonce


def add_standard_fields(form):
    """The questions every survey asks, before the editor's own."""
    standard = {
        "postcode": forms.CharField(
            label=_("Postcode"),
            max_length=10,
            required=False,
            help_text=_("Only to count answers from inside and outside the region."),
        ),
        "abroad": forms.BooleanField(label=_("I live outside the Netherlands"), required=False),
        "target_group": LocalizedModelChoiceField(
            label=_("I am mainly"),
            queryset=TargetGroup.objects.canonical(),
            required=False,
            empty_label=_("— choose —"),
        ),
        "relation": forms.ChoiceField(
            label=_("Do you live in the region?"), choices=Relation.choices, widget=forms.RadioSelect
        ),
        "reasons": LocalizedModelMultipleChoiceField(
            label=_("Why did you come, stay or leave?"),
            queryset=Reason.objects.canonical(),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        ),
        "consider": forms.ChoiceField(
            label=_("Would you consider living or working here (again)?"),
            choices=Consider.choices,
            widget=forms.RadioSelect,
            required=False,
        ),
        "results_email": forms.EmailField(
            label=_("E-mail, only if you want the results (optional)"),
            required=False,
            max_length=254,
            help_text=_("We keep it only to send you the results; leave it empty to answer anonymously."),
        ),
        "token": TokenField(),
    }
    form.label_suffix = ""
    form.required_css_class = "field--required"
    standard["postcode"].widget.attrs["autocomplete"] = "postal-code"
    standard["results_email"].widget.attrs["autocomplete"] = "email"
    extra = dict(form.fields)
    form.fields.clear()
    form.fields.update(standard)
    form.fields.update({key: value for key, value in extra.items() if key not in standard})
    if not form.is_bound:
        form.initial["token"] = new_token()
    original_clean = form.clean

    def clean():
        cleaned = original_clean()
        postcode = (cleaned.get("postcode") or "").strip()
        if postcode and not cleaned.get("abroad") and not is_dutch_postcode(postcode):
            form.add_error("postcode", _("Fill in a Dutch postcode, like 6041 AB."))
        return cleaned

    form.clean = clean


def origin(postcode, abroad):
    from events.booking import origin_for

    if not abroad and not (postcode or "").strip():
        return ""
    return origin_for(postcode, abroad)


def store(page, form):
    """A SurveyResponse; the postcode itself is not kept, only the origin it gives."""
    data = form.cleaned_data
    answers = {
        field.clean_name: _plain(data.get(field.clean_name))
        for field in page.get_form_fields()
        if field.clean_name in data and field.clean_name not in STANDARD
    }
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                page=page,
                token=data["token"],
                origin=origin(data.get("postcode"), data.get("abroad")),
                target_group=data.get("target_group"),
                relation=data["relation"],
                consider=data.get("consider") or "",
                answers=answers,
                email=data.get("results_email") or "",
            )
            response.reasons.set(data.get("reasons") or [])
    except IntegrityError:
        return None  # the same form sent twice at once: the first answer counts
    for func in _goal_hooks():
        func("survey")
    return response


def _goal_hooks():
    from wagtail import hooks

    return hooks.get_hooks("regio_goal_reached")


def _plain(value):
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return "" if value is None else str(value)


def serve(page, request, serve_form, *args, **kwargs):
    response = serve_form(request, *args, **kwargs)
    response["Cache-Control"] = "private, no-store"
    return response
