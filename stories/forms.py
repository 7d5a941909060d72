from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm


class InterviewPageForm(WagtailAdminPageForm):
    """Refuses to publish an interview without the interviewee's consent for the web."""

    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data and not self.has_web_consent():
            from stories.models.pages import NO_CONSENT_MESSAGE

            self.add_error(None, NO_CONSENT_MESSAGE)
        return cleaned_data

    def has_web_consent(self):
        formset = self.formsets.get("consents")
        if formset is None or not formset.is_valid():
            return False
        today = timezone.localdate()
        for form in formset.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            if data.get("web") and data.get("given_on") and data.get("expires_on"):
                if data["given_on"] <= today <= data["expires_on"]:
                    return True
        return False
