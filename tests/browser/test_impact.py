"""Reach in a real browser: a pupil picks their group on the home page, follows a campaign's QR link,
registers for an event; after the rollup, staff see those numbers on the impact dashboard."""

import re

import pytest

from django.contrib.auth.models import Group

from analytics.models import Campaign, CampaignLink, PageView
from analytics.rollup import rollup_pending

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
# A desktop browser's user agent: the headless default names itself and is (rightly) not counted.
AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def beacon_sent(page):
    return page.expect_request(lambda request: request.url.endswith("/a/") and request.method == "POST")


def test_pupil_campaign_registration_then_the_dashboard(
    live_server, browser, browser_context_args, agenda, django_user_model
):
    event = agenda.event("Open dag techniek", start="2027-03-10 15:00", capacity=40, groups=[agenda.pupils])
    campaign = Campaign(slug="open-dagen", name="Open dagen techniek", landing_page=event)
    campaign.target_groups = [agenda.pupils]
    campaign.save()
    link = CampaignLink.objects.create(campaign=campaign, channel="poster", label="Poster school")
    base = live_server.url

    visitor = browser.new_context(**browser_context_args, user_agent=AGENT, viewport={"width": 390, "height": 844})
    page = visitor.new_page()
    with beacon_sent(page):
        page.goto(f"{base}/")
    with beacon_sent(page):
        page.get_by_role("link", name=re.compile("scholier", re.I)).first.click()
    with beacon_sent(page):
        page.goto(base + "/" + link.url().split("/", 3)[3])  # the QR code's address, on the test server
    page.get_by_label("Naam").fill("Tim Geurts")
    page.get_by_label("E-mailadres").fill("tim@example.org")
    page.get_by_label("Postcode").fill("6041 AB")
    page.get_by_label(re.compile("Ik ga akkoord")).check()
    with beacon_sent(page):
        page.get_by_role("button", name=re.compile("Aanmelden")).click()
    page.get_by_text("Je bent aangemeld").wait_for()
    page.wait_for_timeout(300)  # the registration goal's beacon follows the page view's
    visitor.close()

    views = PageView.objects.all()
    assert views.filter(target_group=agenda.pupils).exists()
    assert views.filter(campaign=campaign, link=link).count() >= 2 and views.filter(goal="registration").count() == 1
    rollup_pending()

    staff = django_user_model.objects.create_user("eva", "eva@example.org", "een-goed-wachtwoord")
    staff.groups.add(Group.objects.get(name="Redactie"))
    desk = browser.new_context(**browser_context_args)
    page = desk.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "eva")
    page.fill("#id_password", "een-goed-wachtwoord")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{base}/admin/impact/?period=month")
    card = page.locator(".impact-card", has_text="Unieke bezoekers (som per dag)")
    assert card.locator(".impact-card__value").inner_text() == "1"
    registrations = page.locator(".impact-card", has_text="Aanmeldingen voor evenementen")
    assert registrations.locator(".impact-card__value").inner_text() == "1"
    campaign_row = page.locator("#table-campaigns ~ div table tr", has_text="Open dagen techniek")
    cells = campaign_row.locator("td").all_inner_texts()
    assert cells[1:4] == [
        str(views.filter(campaign=campaign, goal="").count()),
        "1",
        "1",
    ]  # visits, visitors, conversions
    reach_row = page.locator("#table-reach ~ div table tr", has_text="Scholieren")
    assert reach_row.locator("td").all_inner_texts()[:2] == ["1", "1"]  # self-declared, campaign
    desk.close()
