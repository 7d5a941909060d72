"""Staff view of the e-mail outbox: failed and waiting mails, with a button to send one again."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.choices import MailState
from home.mail import resend
from home.models import OutgoingMail

STATES = (MailState.FAILED, MailState.QUEUED, MailState.SENDING, MailState.SENT)


def outbox(request):
    if not request.user.has_perm("home.view_outgoingmail"):
        return HttpResponseForbidden(_("You may not see the e-mail outbox."))
    state = request.GET.get("state")
    state = state if state in MailState.values else MailState.FAILED
    mails = OutgoingMail.objects.filter(state=state).select_related("content_type").order_by("-created_at", "-pk")
    page = Paginator(mails, 50).get_page(request.GET.get("p"))
    counts = {value: OutgoingMail.objects.filter(state=value).count() for value in STATES}
    return TemplateResponse(
        request,
        "home/admin/outbox.html",
        {
            "page": page,
            "state": state,
            "states": [(value, MailState(value).label, counts[value]) for value in STATES],
            "can_resend": request.user.has_perm("home.change_outgoingmail"),
        },
    )


@require_POST
def outbox_resend(request, mail_id):
    if not request.user.has_perm("home.change_outgoingmail"):
        return HttpResponseForbidden(_("You may not resend e-mails."))
    mail = get_object_or_404(OutgoingMail, pk=mail_id, state=MailState.FAILED)
    resend(mail)
    messages.success(request, _("The e-mail is queued again."))
    return redirect("home_outbox")
