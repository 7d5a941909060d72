"""The ambassador's round trip in a real browser: log an interview on a phone, send the consent link,
the interviewee agrees, the ambassador submits, staff approve, and the public profile shows it."""

import re
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from ambassadors.models import Ambassador, AmbassadorIndexPage
from ambassadors.roles import AMBASSADOR_GROUP, STAFF_GROUP
from stories.models import InterviewPage
from tests.browser.conftest import assert_accessible
from tests.builders import make_home, make_story_index

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
PASSWORD = "een-goed-wachtwoord"


def login(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def open_footer_menu(page):
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()


@pytest.fixture
def contexts(request, browser, browser_context_args):
    """New browser contexts (phone, desktop); on failure every open page is kept as a screenshot."""
    made = []

    def new(**extra):
        context = browser.new_context(**browser_context_args, **extra)
        made.append(context)
        return context

    yield new
    failed = getattr(request.node, "rep_call", None) is None or request.node.rep_call.failed
    for n, context in enumerate(made):
        for m, page in enumerate(context.pages):
            if failed and not page.is_closed():
                folder = Path(request.config.getoption("--output") or "test-results")
                folder.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(folder / f"{request.node.name}-{n}-{m}.png"), full_page=True)
        context.close()


def test_ambassador_logs_on_a_phone_staff_approve_and_the_profile_shows_it(live_server, contexts, django_user_model):
    home = make_home()
    make_story_index(home)
    ambassadors = AmbassadorIndexPage(title="Ambassadeurs", slug="ambassadeurs")
    home.add_child(instance=ambassadors)
    ambassadors.save_revision().publish()
    sanne = django_user_model.objects.create_user("sanne", "sanne@example.org", PASSWORD)
    sanne.groups.add(Group.objects.get(name=AMBASSADOR_GROUP))
    Ambassador.objects.create(user=sanne, name="Sanne Peeters", active_from=timezone.localdate())
    eva = django_user_model.objects.create_user("eva", "eva@example.org", PASSWORD)
    eva.groups.add(Group.objects.get(name=STAFF_GROUP))
    base = live_server.url

    # The ambassador, on a phone, right after the conversation.
    phone = contexts(**PHONE)
    page = phone.new_page()
    login(page, base, "sanne")
    page.get_by_role("link", name="Interview vastleggen").first.click()
    page.wait_for_url(re.compile(r"/admin/interviews/log/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    page.fill("#id_name", "Fatima El Idrissi")
    page.fill("#id_role", "verpleegkundige")
    page.fill("#id_organisation", "Laurentius Ziekenhuis")
    page.fill("#id_email", "fatima@example.org")
    page.fill("#id_quote", "Hier tel je mee.")
    page.get_by_role("button", name="Opslaan als concept en uitschrijven").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    interview = InterviewPage.objects.get(interviewee_name="Fatima El Idrissi")
    assert not interview.live and interview.ambassador.name == "Sanne Peeters"

    page.get_by_role("link", name="Stuur de geïnterviewde een toestemmingslink").click()
    assert page.input_value("#id_email") == "fatima@example.org"
    page.get_by_role("button", name="Link versturen").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    link = re.search(r"https?://[^/\s]+(/toestemming/\S+/)", mail.outbox[-1].body).group(1)

    open_footer_menu(page)
    page.locator("button[name='action-submit']").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$|/admin/$|/admin/pages/\d+/$"))
    interview.refresh_from_db()
    assert interview.workflow_in_progress
    assert any(message.to == ["eva@example.org"] for message in mail.outbox)

    # The interviewee reads it on their phone and agrees.
    reader = phone.new_page()
    reader.goto(base + link)
    reader.get_by_role("heading", name="Interview met Fatima El Idrissi").wait_for()
    assert_accessible(reader)
    reader.get_by_label("Ik heb het interview gelezen").check()
    reader.get_by_role("button", name="Ik geef toestemming").click()
    reader.get_by_role("heading", name="Dank je wel voor je toestemming").wait_for()

    # Staff approve it on a desktop.
    desktop = contexts()
    page = desktop.new_page()
    login(page, base, "eva")
    page.goto(f"{base}/admin/pages/{interview.pk}/edit/")
    open_footer_menu(page)
    page.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()
    page.wait_for_load_state()
    interview.refresh_from_db()
    assert interview.live
    assert any("Goedgekeurd en gepubliceerd" in message.subject for message in mail.outbox)

    # The public profile shows it, and the interview names its ambassador.
    page.goto(f"{base}/ambassadeurs/sanne-peeters/")
    page.get_by_role("link", name="Interview met Fatima El Idrissi").click()
    page.get_by_role("link", name="Sanne Peeters").first.wait_for()
    assert_accessible(page)
