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


class AdminRefusalMiddleware:
    """A model that refuses to be saved in the admin (a ``ValidationError`` from ``save()``) says why.

    Some rules hold whatever publishes: an interview without consent is never
    live, also when a workflow approval publishes it. Wagtail's workflow actions
    do not expect the refusal; instead of a 500, the editor is taken back to the
    edit view with the reason as an error message. The workflow step ran in a
    transaction and is rolled back, so the page stays in review.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.core.exceptions import ValidationError
        from django.http import JsonResponse
        from django.shortcuts import redirect
        from django.urls import reverse

        from wagtail.admin import messages

        if not isinstance(exception, ValidationError) or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if not request.user.is_authenticated:
            return None
        messages.error(request, " ".join(exception.messages))
        match = getattr(request, "resolver_match", None)
        page_id = (match.kwargs.get("page_id") or match.kwargs.get("pk")) if match else None
        url = reverse("wagtailadmin_pages:edit", args=[page_id]) if page_id else reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return JsonResponse({"step": "success", "redirect": url})
        return redirect(url)
