"""The campaign editor's panel with every saved link: the tagged URL and its QR code (SVG, PNG)."""

from django.urls import reverse

from wagtail.admin.panels import Panel

from home.site_address import site_url


class CampaignLinksPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "analytics/admin/campaign_links_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            campaign = self.instance
            rows = []
            if campaign.pk:
                for link in campaign.links.all():
                    if link.pk:
                        rows.append(
                            {
                                "link": link,
                                "url": link.url(site_url(self.request, "/")),
                                "svg": reverse("analytics_qr", args=[link.pk, "svg"]),
                                "png": reverse("analytics_qr", args=[link.pk, "png"]),
                            }
                        )
            context["rows"] = rows
            return context
