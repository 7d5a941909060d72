"""Security headers: a Content-Security-Policy for every response and a Permissions-Policy.

The public site gets the strict policy of ``CONTENT_SECURITY_POLICY`` (no
inline script; the one inline ``<style>`` with the brand colours carries the
request's nonce). The Wagtail admin, whose editors are signed in and whose
interface still uses inline scripts and styles in places, gets the policy of
``REGIO_ADMIN_CONTENT_SECURITY_POLICY`` instead (django-csp's ``replace``).
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings


class RegioCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.REGIO_ADMIN_PATHS):
            return PolicyParts(parts.config, parts.update, settings.REGIO_ADMIN_CONTENT_SECURITY_POLICY, parts.nonce)
        return parts


class PermissionsPolicyMiddleware:
    """Switch off browser features the site never uses (``PERMISSIONS_POLICY`` setting)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response
