from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class RegioImageForm(BaseImageForm):
    """Image form that insists on alt text, so no public image goes without one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            field = self.fields["description"]
            field.required = True
            field.label = _("Alt text")
            field.help_text = _(
                "Describe what the image shows for people who cannot see it, "
                "e.g. 'Students at work in the lab of Brightlands Campus'."
            )
            field.error_messages["required"] = _("Alt text is required: describe what the image shows.")


class LocalizedChoiceMixin:
    """Choices of shared content (target groups, reasons, …) named in the visitor's language.

    The values stay the Dutch originals' ids, so what is saved is the same in every language."""

    label_field = "name"

    def label_from_instance(self, obj):
        from home.localized import localized

        return getattr(localized(obj), self.label_field)


class LocalizedModelChoiceField(LocalizedChoiceMixin, forms.ModelChoiceField):
    pass


class LocalizedModelMultipleChoiceField(LocalizedChoiceMixin, forms.ModelMultipleChoiceField):
    pass
