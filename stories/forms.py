from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm


class StoryPageForm(WagtailAdminPageForm):
    """A story or interview an ambassador creates is linked to them (they do not see the field)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and self.for_user is not None and not self.instance.ambassador_id:
            from ambassadors.roles import ambassador_of

            self.instance.ambassador = ambassador_of(self.for_user)


class InterviewPageForm(StoryPageForm):
    """Refuses to publish (or approve) an interview without the interviewee's consent for the web."""

    def clean(self):
        cleaned_data = super().clean()
        approving = "action-workflow-action" in self.data and self.data.get("workflow-action-name") == "approve"
        if ("action-publish" in self.data or approving) and not self.has_web_consent():
            from stories.models.interviews import NO_CONSENT_MESSAGE

            self.add_error(None, NO_CONSENT_MESSAGE)
        return cleaned_data

    def has_web_consent(self):
        today = timezone.localdate()
        if self.instance.pk and self.online_consent_exists(today):
            return True
        formset = self.formsets.get("consents")
        if formset is None or not formset.is_valid():
            return False
        for form in formset.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE") or form.instance.is_online:
                continue  # consents given online count as they are in the database (above)
            if data.get("web") and data.get("given_on") and data.get("expires_on"):
                if data["given_on"] <= today <= data["expires_on"]:
                    return True
        return False

    def online_consent_exists(self, today):
        from stories.choices import ConsentMethod
        from stories.models import InterviewConsent

        return InterviewConsent.objects.filter(
            page_id=self.instance.pk,
            method=ConsentMethod.ONLINE,
            web=True,
            withdrawn_at__isnull=True,
            given_on__lte=today,
            expires_on__gte=today,
        ).exists()
