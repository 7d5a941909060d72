"""Admin views of ambassadors: log an interview on a phone, right after the conversation."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.admin import messages

from ambassadors.forms import LogInterviewForm
from ambassadors.roles import ambassador_of, is_staff_editor


def story_index_for(user):
    """The first story index this user may add interviews to, or None."""
    from stories.models import InterviewPage, StoryIndexPage

    for index in StoryIndexPage.objects.order_by("path"):
        permissions = index.permissions_for_user(user)
        if permissions.can_add_subpage() and InterviewPage in index.specific_class.allowed_subpage_models():
            return index
    return None


def log_interview(request):
    if ambassador_of(request.user) is None and not is_staff_editor(request.user):
        raise PermissionDenied
    index = story_index_for(request.user)
    form = LogInterviewForm(request.POST or None, user=request.user)
    if index is None:
        form.add_error(None, _("There is no story index where you may add interviews. Ask the editors."))
    elif request.method == "POST" and form.is_valid():
        page = create_interview(index, form.cleaned_data, form.chosen_ambassador(), request.user)
        messages.success(
            request, _("Interview with %(name)s logged as a draft. Write it up here.") % {"name": page.interviewee_name}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render(request, "ambassadors/admin/log_interview.html", {"form": form, "index": index})


@transaction.atomic
def create_interview(index, data, ambassador, user):
    """A draft interview under ``index`` with a first revision, owned by ``user`` and linked to ``ambassador``."""
    from stories.models import ConsentRequest, InterviewPage

    title = _("Interview with %(name)s") % {"name": data["name"]}
    page = InterviewPage(
        title=title[:255],
        slug=_free_slug(index, slugify(f"{title} {data['interview_date']:%Y-%m-%d}")[:70] or "interview"),
        live=False,
        owner=user,
        ambassador=ambassador,
        interview_date=data["interview_date"],
        publication_date=timezone.localdate(),
        interviewee_name=data["name"],
        interviewee_role=data.get("role") or "",
        interviewee_organisation=data.get("organisation") or "",
        interviewee_municipality=data.get("municipality"),
        speaks_for=data.get("speaks_for"),
        pull_quote=data.get("quote") or "",
        notes=data.get("notes") or "",
    )
    if data.get("speaks_for"):
        page.target_groups = [data["speaks_for"]]
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    if data.get("email"):
        ConsentRequest.objects.create(page=page, email=data["email"], created_by=user)
    return page


def _free_slug(index, base):
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
