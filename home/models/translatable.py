"""Shared content in several languages: one Dutch original, translations beside it.

The shared vocabulary (target groups, themes, reasons, municipalities), facts, core
messages and organisations are Wagtail ``TranslatableMixin`` snippets, translated
with wagtail-localize. Everything that *refers* to them (pages, careers,
registrations, analytics) refers to the Dutch original, so filters, counts and
reports are the same in every language; only their words are translated
(``home.localized.localized`` swaps a row for its translation when it is shown).

Fields that are not words (a fact's value, source and year, a slug, an order) are
``synced_fields``: saving the original copies them to every translation, and a
translation always takes them from its original, so a figure changed once is
changed in every language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import TranslatableMixin


def canonical_choices():
    """``limit_choices_to`` of relations to shared content: only the Dutch originals can be chosen."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class CanonicalQuerySet(models.QuerySet):
    def canonical(self):
        """The Dutch originals (what pages, filters and reports refer to), without their translations."""
        return self.filter(canonical_choices())


class SharedContentForm(WagtailAdminModelForm):
    """The editor of shared content: in a translation, the shared fields are shown but cannot be changed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.locale_id and not instance.is_original:
            for name in instance.synced_fields:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _("The same in every language: change it in the Dutch original.")


class SharedTranslatableMixin(TranslatableMixin):
    """A translatable snippet whose ``synced_fields`` are the same in every language."""

    synced_fields = ()
    base_form_class = SharedContentForm

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def is_original(self):
        if self.locale_id is None:
            return True
        return self.locale.language_code == settings.LANGUAGE_CODE

    def original(self):
        """The Dutch original of a translation (None for an original, or one without an original)."""
        if self.is_original or self.translation_key is None:
            return None
        return (
            type(self)
            ._default_manager.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        source = self.original()
        if source is not None:
            for name in self.synced_fields:
                setattr(self, name, getattr(source, name))
        super().save(*args, **kwargs)
        if self.is_original and self.synced_fields:
            values = {name: getattr(self, name) for name in self.synced_fields}
            type(self)._default_manager.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
                **values
            )

    def delete(self, *args, **kwargs):
        """Deleting an original deletes its translations: nothing can refer to them on their own."""
        if self.is_original:
            for translation in self.get_translations():
                translation.delete()
        return super().delete(*args, **kwargs)
