"""Least privilege: what an ambassador, another ambassador, staff ('Redactie') and anonymous may do.

Every admin URL and action an ambassador could reach is listed with the status each role gets.
Everything not granted is denied with 403 (never a redirect that hides it, never a 500).
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Workflow, WorkflowPage

from ambassadors.models import Activity
from ambassadors.roles import AMBASSADOR_GROUP, STAFF_GROUP, WORKFLOW_NAME
from careers.models import JobAlert
from stories.models import InterviewPage
from tests.ambassadors.conftest import client_for, log
from tests.builders import make_career_index

pytestmark = pytest.mark.django_db

LOGIN = 302  # anonymous: to the login page


@pytest.fixture
def world(region, people):
    sanne, joris = people["sanne"], people["joris"]
    return {
        **region,
        **people,
        "own_draft": log(region, sanne, "Mark Vossen"),
        "other_draft": log(region, joris, "Kim Verheijen"),
        "own_activity": Activity.objects.create(ambassador=sanne, kind="school", title="Gastles", reach=30),
        "other_activity": Activity.objects.create(ambassador=joris, kind="fair", title="Beurs", reach=300),
    }


def test_fresh_install_has_the_groups_and_the_review_workflow(region):
    """Made by migrations; a new story index gets the workflow and the ambassadors' add permission."""
    ambassadors, staff = Group.objects.get(name=AMBASSADOR_GROUP), Group.objects.get(name=STAFF_GROUP)
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert [task.specific.groups.get() for task in workflow.tasks] == [staff]
    assert WorkflowPage.objects.get(page=region["index"]).workflow == workflow
    assert {p.permission.codename for p in ambassadors.page_permissions.all()} == {"add_page"}
    assert {p.page_id for p in ambassadors.page_permissions.all()} == {region["index"].pk}
    assert not ambassadors.permissions.filter(codename__in=["view_registration", "view_jobalert"]).exists()
    assert {"publish_page", "change_page"} <= {p.permission.codename for p in staff.page_permissions.all()}


ROLES = ["sanne", "joris", "staff", None]


def user_of(world, role):
    if role is None:
        return None
    return world[role] if role == "staff" else world[role].user


# (description, url template, {role: expected status})
GET_MATRIX = [
    ("add an interview", "/admin/pages/add/stories/interviewpage/{index}/", (200, 200, 200, LOGIN)),
    ("add a story", "/admin/pages/add/stories/storypage/{index}/", (200, 200, 200, LOGIN)),
    ("edit own draft", "/admin/pages/{own_draft}/edit/", (200, 403, 200, LOGIN)),
    ("preview another's draft", "/admin/pages/{own_draft}/edit/preview/", (200, 403, 200, LOGIN)),
    ("revisions of another's draft", "/admin/pages/{own_draft}/history/", (200, 403, 200, LOGIN)),
    ("log an interview", "/admin/interviews/log/", (200, 200, 200, LOGIN)),
    ("send a consent link", "/admin/interviews/{own_draft}/consent/", (200, 403, 200, LOGIN)),
    ("list activities", "/admin/activities/", (200, 200, 200, LOGIN)),
    ("add an activity", "/admin/activities/new/", (200, 200, 200, LOGIN)),
    ("edit own activity", "/admin/activities/edit/{own_activity}/", (200, 403, 200, LOGIN)),
    ("delete own activity", "/admin/activities/delete/{own_activity}/", (200, 403, 200, LOGIN)),
    ("manage ambassadors", "/admin/ambassadors/", (403, 403, 200, LOGIN)),
    ("view registrations", "/admin/aanmeldingen/", (403, 403, 403, LOGIN)),
    ("view job alerts", "/admin/snippets/careers/jobalert/", (403, 403, 403, LOGIN)),
    ("view failed mails", "/admin/e-mails/", (403, 403, 403, LOGIN)),
    ("edit site settings", "/admin/settings/home/regiosettings/", (403, 403, 403, LOGIN)),
    ("edit ambassador settings", "/admin/settings/ambassadors/ambassadorsettings/", (403, 403, 403, LOGIN)),
    ("manage users", "/admin/users/", (403, 403, 403, LOGIN)),
    ("manage workflows", "/admin/workflows/list/", (403, 403, 403, LOGIN)),
]


@pytest.mark.parametrize(("what", "url", "expected"), GET_MATRIX, ids=[row[0] for row in GET_MATRIX])
def test_admin_pages_by_role(world, what, url, expected):
    url = url.format(**{key: getattr(value, "pk", value) for key, value in world.items()})
    for role, status in zip(ROLES, expected, strict=True):
        response = client_for(user_of(world, role)).get(url)
        assert response.status_code == status, (what, role, response.status_code)
        if status == LOGIN:
            assert "/admin/login/" in response["Location"]


def test_ambassador_lists_only_own_activities(world):
    html = client_for(world["sanne"].user).get("/admin/activities/").content.decode()
    assert "Gastles" in html and "Beurs" not in html
    staff_html = client_for(world["staff"]).get("/admin/activities/").content.decode()
    assert "Gastles" in staff_html and "Beurs" in staff_html


def test_ambassador_cannot_change_or_delete_another_ambassadors_activity(world):
    client = client_for(world["sanne"].user)
    other = world["other_activity"]
    assert client.post(f"/admin/activities/edit/{other.pk}/", {"title": "Gekaapt"}).status_code == 403
    assert client.post(f"/admin/activities/delete/{other.pk}/").status_code == 403
    other.refresh_from_db()
    assert other.title == "Beurs"


def test_ambassador_logs_an_activity_for_themselves_and_cannot_verify_it(world):
    client = client_for(world["sanne"].user)
    data = {
        "kind": "media",
        "date": timezone.localdate().isoformat(),
        "title": "Radio-interview",
        "reach": "5000",
        "outlet": "L1 Radio",
        "medium": "radio",
        "url": "https://l1.nl/",
        "public": "on",
        "ambassador": str(world["joris"].pk),  # not theirs to choose: ignored
        "verified": "on",  # not theirs to give: ignored
    }
    response = client.post("/admin/activities/new/", data)
    assert response.status_code == 302
    activity = Activity.objects.get(title="Radio-interview")
    assert activity.ambassador == world["sanne"] and activity.verified_at is None


def test_staff_verify_an_activity(world):
    activity = world["own_activity"]
    data = {
        "ambassador": str(activity.ambassador_id),
        "kind": "school",
        "date": activity.date.isoformat(),
        "title": "Gastles",
        "reach": "30",
        "public": "on",
        "verified": "on",
    }
    response = client_for(world["staff"]).post(f"/admin/activities/edit/{activity.pk}/", data)
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.verified_at is not None and activity.verified_by == world["staff"]


def test_media_appearance_needs_outlet_and_medium_with_a_dutch_message(world):
    client = client_for(world["sanne"].user)
    data = {"kind": "media", "date": timezone.localdate().isoformat(), "title": "Krant", "reach": "10", "url": "x"}
    response = client.post("/admin/activities/new/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Noem de krant, zender, site of podcast." in html
    assert not Activity.objects.filter(title="Krant").exists()


def test_explorer_hides_other_ambassadors_drafts(world):
    html = client_for(world["sanne"].user).get(f"/admin/pages/{world['index'].pk}/").content.decode()
    assert "Interview met Mark Vossen" in html
    assert "Kim Verheijen" not in html
    staff_html = client_for(world["staff"]).get(f"/admin/pages/{world['index'].pk}/").content.decode()
    assert "Kim Verheijen" in staff_html
    search = client_for(world["sanne"].user).get("/admin/pages/search/", {"q": "Interview"}).content.decode()
    assert "Interview met Mark Vossen" in search and "Kim Verheijen" not in search
    staff_search = client_for(world["staff"]).get("/admin/pages/search/", {"q": "Interview"}).content.decode()
    assert "Kim Verheijen" in staff_search


def test_ambassador_cannot_publish_but_can_submit(world):
    page = world["own_draft"]
    client = client_for(world["sanne"].user)
    form = edit_form(page)
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**form, "action-publish": "publish"})
    assert response.status_code in (200, 302, 403)
    assert not InterviewPage.objects.get(pk=page.pk).live
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**form, "action-submit": "submit"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live


def test_only_staff_approve_or_request_changes(world):
    page = world["own_draft"]
    client_for(world["sanne"].user).post(f"/admin/pages/{page.pk}/edit/", {**edit_form(page), "action-submit": "1"})
    task_state = page.current_workflow_task_state
    for action in ("approve", "reject"):
        url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
        for user in (world["sanne"].user, world["joris"].user):
            assert client_for(user).post(url, {"comment": "Prima"}).status_code == 403
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"


def test_ambassador_dashboard_shows_no_analytics_or_other_peoples_data(world):
    html = client_for(world["sanne"].user).get("/admin/").content.decode()
    assert "Mijn interviews dit jaar" in html
    assert "Ambassadeurs dit jaar" not in html  # the staff table
    assert "Klikken op solliciteren" not in html
    staff_html = client_for(world["staff"]).get("/admin/").content.decode()
    assert "Ambassadeurs dit jaar" in staff_html


def test_ambassador_sees_no_job_alert_addresses_even_with_a_careers_index(world):
    careers = make_career_index(world["home"])
    JobAlert.objects.create(index=careers, email="geheim@example.org")
    for url in ("/admin/snippets/careers/jobalert/", "/admin/", "/admin/pages/search/?q=geheim"):
        assert "geheim@example.org" not in client_for(world["sanne"].user).get(url).content.decode()


def edit_form(page):
    """The edit form as the editor shows it for the latest revision (consents included)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    page = page.get_latest_revision_as_object()
    consents = [
        {
            "given_on": c.given_on.isoformat(),
            "expires_on": c.expires_on.isoformat(),
            "web": "on" if c.web else "",
            "how": c.how,
        }
        for c in page.consents.all()
        if not c.is_online
    ]
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "interviewee_name": page.interviewee_name,
            "publication_date": (page.publication_date or datetime.date.today()).isoformat(),
            "interview_date": page.interview_date.isoformat(),
            "body": streamfield([]),
            "consents": inline_formset(consents),
        }
    )


def test_a_story_an_ambassador_creates_is_theirs(world):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from stories.models import StoryPage

    data = nested_form_data(
        {
            "title": "Werken aan de Maas",
            "slug": "werken-aan-de-maas",
            "publication_date": "2026-11-01",
            "body": streamfield([]),
            "ambassador": str(world["joris"].pk),  # not a field they see: ignored
        }
    )
    response = client_for(world["sanne"].user).post(f"/admin/pages/add/stories/storypage/{world['index'].pk}/", data)
    assert response.status_code == 302
    story = StoryPage.objects.get(slug="werken-aan-de-maas")
    assert story.ambassador == world["sanne"] and story.owner == world["sanne"].user and not story.live
