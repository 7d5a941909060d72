"""The interview editor's "Consent online" panel: the state of the links sent, and a button to send one."""

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import Panel


class ConsentRequestPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/consent_request_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            requests = list(page.consent_requests.select_related("consent").all()[:5]) if page.pk else []
            context.update(
                page=page,
                requests=requests,
                now=timezone.now(),
                send_url=reverse("interview_consent_send", args=[page.pk]) if page.pk else None,
            )
            return context
