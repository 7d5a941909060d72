from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import LocalizedModelChoiceField
from home.models import TargetGroup
from home.postcodes import is_dutch_postcode


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=120,
        error_messages={"required": _("Fill in your name."), "max_length": _("Use at most 120 characters.")},
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in a valid e-mail address, like naam@voorbeeld.nl."),
        },
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=10,
        required=False,
        help_text=_("We only use it to count how many visitors come from the region."),
        error_messages={"max_length": _("Fill in a Dutch postcode, like 6041 AB.")},
    )
    abroad = forms.BooleanField(label=_("I live outside the Netherlands"), required=False)
    target_group = LocalizedModelChoiceField(
        label=_("I am mainly"),
        queryset=TargetGroup.objects.canonical(),
        required=False,
        empty_label=_("— choose —"),
        error_messages={"invalid_choice": _("Choose one of the options.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are used for this event, as described in the privacy statement."),
        error_messages={"required": _("Tick this box to register.")},
    )
    # Honeypot: hidden from people, filled in by bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    required_css_class = "field--required"

    def __init__(self, *args, event, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.event = event
        for name, autocomplete in (("name", "name"), ("email", "email"), ("postcode", "postal-code")):
            self.fields[name].widget.attrs["autocomplete"] = autocomplete
        self.fields["postcode"].help_text = _(
            "Required, unless you live outside the Netherlands. We only use it to count how many visitors come "
            "from the region."
        )
        self.fields["postcode"].widget.attrs["aria-required"] = "true"
        self.questions = event_questions(event)
        for question in self.questions:
            name = f"question_{question.pk}"
            messages = {"required": _("Answer this question."), "invalid_choice": _("Choose one of the options.")}
            if question.choice_list:
                choices = [("", _("— choose —"))] + [(choice, choice) for choice in question.choice_list]
                self.fields[name] = forms.ChoiceField(
                    label=question.label, choices=choices, required=question.required, error_messages=messages
                )
            else:
                self.fields[name] = forms.CharField(
                    label=question.label,
                    max_length=500,
                    required=question.required,
                    error_messages={**messages, "max_length": _("Use at most 500 characters.")},
                )

    def clean(self):
        data = super().clean()
        postcode = (data.get("postcode") or "").strip()
        if not data.get("abroad"):
            if not postcode:
                self.add_error("postcode", _("Fill in your postcode, or tick that you live outside the Netherlands."))
            elif not is_dutch_postcode(postcode):
                self.add_error("postcode", _("Fill in a Dutch postcode, like 6041 AB."))
        return data

    def answers(self):
        """{question: answer}, under the Dutch original's question and choice whatever the visitor's language."""
        originals = original_questions(self.questions)
        answers = {}
        for question in self.questions:
            answer = self.cleaned_data.get(f"question_{question.pk}", "")
            original = originals.get(question.translation_key, question)
            choices, original_choices = question.choice_list, original.choice_list
            if answer in choices and len(choices) == len(original_choices):
                answer = original_choices[choices.index(answer)]
            answers[original.label] = answer
        return answers

    def question_fields(self):
        return [self[f"question_{q.pk}"] for q in self.questions]


def original_questions(questions):
    """{translation key: the Dutch original} of translated questions (no query when all are originals)."""
    from events.models import EventQuestion
    from home.languages import default_locale_id

    keys = [question.translation_key for question in questions if question.locale_id != default_locale_id()]
    if not keys:
        return {}
    originals = EventQuestion.objects.filter(translation_key__in=keys, locale_id=default_locale_id())
    return {question.translation_key: question for question in originals}


def event_questions(event):
    """The event's own questions; those stored in the database are remembered under the content version
    (a preview's questions are in memory and used as they are)."""
    from modelcluster.queryset import FakeQuerySet

    from home.caching import remember

    questions = event.questions.all()
    if event.pk is None or isinstance(questions, FakeQuerySet):
        return list(questions)
    return list(remember(("event-questions", event.pk), lambda: list(questions)))
