from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from ambassadors.models import Ambassador
from ambassadors.roles import ambassador_of
from home.forms import LocalizedModelChoiceField
from home.models import Municipality, TargetGroup


def clean_text(value):
    """Free text without control characters (NUL breaks PostgreSQL); line breaks stay."""
    text = str(value or "").replace("\r\n", "\n")
    return "".join(ch for ch in text if ch.isprintable() or ch in " \n").strip()


class LogInterviewForm(forms.Form):
    """Right after a conversation, on a phone: the essentials of an interview, as a draft to write up later."""

    ambassador = forms.ModelChoiceField(
        label=_("Ambassador"), queryset=Ambassador.objects.none(), help_text=_("Who held the interview.")
    )
    interview_date = forms.DateField(
        label=_("Date of the interview"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        initial=timezone.localdate,
    )
    name = forms.CharField(label=_("Name of the interviewee"), max_length=120)
    role = forms.CharField(
        label=_("Role"), max_length=120, required=False, help_text=_("E.g. 'process operator' or 'student'.")
    )
    organisation = forms.CharField(label=_("Organisation or school"), max_length=160, required=False)
    municipality = LocalizedModelChoiceField(
        label=_("Lives in"), queryset=Municipality.objects.canonical(), required=False, empty_label=_("(unknown)")
    )
    speaks_for = LocalizedModelChoiceField(
        label=_("Speaks for"),
        queryset=TargetGroup.objects.canonical(),
        required=False,
        empty_label=_("(choose a target group)"),
        help_text=_("The target group this person speaks to and for."),
    )
    email = forms.EmailField(
        label=_("E-mail of the interviewee (optional)"),
        max_length=254,
        required=False,
        help_text=_("Only to send them the consent link later; erased once they have answered."),
    )
    quote = forms.CharField(
        label=_("A first quote"), required=False, max_length=400, widget=forms.Textarea(attrs={"rows": 2})
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Anything to remember for writing it up. Never published."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.own = ambassador_of(user) if user else None
        if self.own:
            del self.fields["ambassador"]
        else:
            self.fields["ambassador"].queryset = Ambassador.objects.active()

    def clean_interview_date(self):
        day = self.cleaned_data["interview_date"]
        if day > timezone.localdate():
            raise ValidationError(_("Log an interview after it was held; this date is in the future."))
        if day.year < timezone.localdate().year - 1:
            raise ValidationError(_("This date is too long ago; log interviews of this year or last year."))
        return day

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "role", "organisation", "quote", "notes"):
            if cleaned.get(name):
                cleaned[name] = clean_text(cleaned[name])
        if "name" in cleaned and not cleaned["name"]:
            self.add_error("name", _("Enter the name of the person you interviewed."))
        return cleaned

    def chosen_ambassador(self):
        return self.own or self.cleaned_data.get("ambassador")


class ActivityForm(WagtailAdminModelForm):
    """An activity; staff also choose the ambassador and can verify it, an ambassador logs their own."""

    verified = forms.BooleanField(
        label=_("Verified"),
        required=False,
        help_text=_("Checked by the editors: it happened as described. Only verified activities are public."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "verified" in self.fields:  # staff only (the panel's permission)
            self.fields["verified"].initial = self.instance.verified_at is not None
        self.own = ambassador_of(self.for_user) if self.for_user else None
        if "ambassador" not in self.fields and not self.instance.ambassador_id and self.own:
            self.instance.ambassador = self.own

    def clean(self):
        cleaned = super().clean()
        if not self.instance.ambassador_id and "ambassador" not in self.fields:
            raise ValidationError(_("Your login is not linked to an ambassador; ask the editors to link it."))
        for name in ("title", "place", "outlet"):
            if cleaned.get(name):
                cleaned[name] = clean_text(cleaned[name])
        return cleaned

    def save(self, commit=True):
        activity = super().save(commit=False)
        if "verified" in self.fields:
            if self.cleaned_data.get("verified") and activity.verified_at is None:
                activity.verified_at, activity.verified_by = timezone.now(), self.for_user
            elif not self.cleaned_data.get("verified"):
                activity.verified_at, activity.verified_by = None, None
        elif self.changed_data and activity.pk:
            # An ambassador's change to a verified activity needs verifying again.
            activity.verified_at, activity.verified_by = None, None
        if commit:
            activity.save()
        return activity
