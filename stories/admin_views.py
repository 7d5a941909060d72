"""Admin views of interviews: send the interviewee a consent link."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wagtail.admin import messages

from stories.choices import ConsentRequestState
from stories.consent_online import SendLinkForm, send_link
from stories.models import InterviewPage


def send_consent_link(request, page_id):
    page = get_object_or_404(InterviewPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    prepared = page.consent_requests.filter(state=ConsentRequestState.PENDING, sent_at=None).first()
    form = SendLinkForm(request.POST or None, initial={"email": prepared.email if prepared else ""})
    if request.method == "POST" and form.is_valid():
        if page.get_latest_revision() is None:
            form.add_error(None, _("Save the interview first, so there is a text to agree to."))
        else:
            send_link(page, form.cleaned_data["email"], request.user)
            messages.success(
                request,
                _("The consent link for '%(title)s' is on its way. It is valid for 14 days.") % {"title": page.title},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    return render(
        request,
        "stories/admin/send_consent_link.html",
        {"page": page, "form": form, "header_title": _("Consent online")},
    )
