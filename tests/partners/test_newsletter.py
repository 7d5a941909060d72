"""The weekly newsletter: double opt-in, identical answers, contents per choice, once a week, one-click unsubscribe."""

import re

import pytest
from freezegun import freeze_time

from django.core import mail
from django.core.management import call_command
from django.test import Client

from partners.models import NewsletterIntro, Subscriber
from stories.models import StoryPage
from tests.builders import make_story

pytestmark = pytest.mark.django_db
MONDAY = "2026-11-30 07:00"  # a Monday


def subscribe(client, email="jan@example.org", groups=(), themes=(), prefix="", **extra):
    data = {"email": email, "website": "", "target_groups": [g.pk for g in groups], "themes": [t.pk for t in themes]}
    return client.post(f"{prefix}/nieuwsbrief/", {**data, **extra}, follow=True)


def link(message, path):
    return re.search(rf"https?://[^/\s]+((?:/en)?/nieuwsbrief/{path}/[^/\s]+/)", message.body).group(1)


def confirmed(client, site, **kwargs):
    with freeze_time("2026-11-22 10:00"):
        subscribe(client, **kwargs)
        client.post(link(mail.outbox[-1], "bevestigen"))
    mail.outbox.clear()
    return Subscriber.objects.get(email=kwargs.get("email", "jan@example.org"))


def test_subscribe_confirm_by_post_and_nothing_before_it(client, site):
    response = subscribe(client, groups=[site.pupils], themes=[site.care])
    assert response.status_code == 200 and "Kijk in je mailbox" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmed_at is None
    assert {g.slug for g in subscriber.target_groups.all()} == {site.pupils.slug}
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["jan@example.org"]
    call_command("send_newsletter", "--force")
    assert len(mail.outbox) == 1  # unconfirmed: no newsletter
    confirm = link(mail.outbox[0], "bevestigen")
    assert client.get(confirm).status_code == 200
    assert Subscriber.objects.get().confirmed_at is None  # a link scanner's GET confirms nothing
    assert client.post(confirm).status_code == 200
    assert Subscriber.objects.get().confirmed_at is not None


def test_a_browser_signs_up_without_a_token_but_not_from_another_site(site):
    # The form carries no CSRF token for anonymous visitors (so its page may be cached): as for event
    # registrations, the browser's Fetch Metadata must say the post comes from this site.
    browser = Client(enforce_csrf_checks=True)
    data = {"email": "lies@example.org", "target_groups": [site.pupils.pk]}
    forged = browser.post("/nieuwsbrief/", data, headers={"Sec-Fetch-Site": "cross-site"})
    assert forged.status_code == 403 and not Subscriber.objects.exists() and mail.outbox == []
    signed_up = browser.post("/nieuwsbrief/", data, headers={"Sec-Fetch-Site": "same-origin"})
    assert signed_up.status_code == 303 and signed_up["Location"] == "/nieuwsbrief/verstuurd/"
    assert Subscriber.objects.get().email == "lies@example.org" and len(mail.outbox) == 1


def test_the_same_answer_for_known_and_new_addresses(client, site):
    confirmed(client, site, themes=[site.care])
    known = subscribe(Client(), email="JAN@example.org", themes=[site.logistics])
    new = subscribe(Client(), email="piet@example.org")
    strip = lambda response: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())  # noqa: E731
    assert known.status_code == new.status_code == 200 and strip(known) == strip(new)
    assert [message.to for message in mail.outbox] == [["piet@example.org"]]  # the known one gets nothing
    assert {t.slug for t in Subscriber.objects.get(email="jan@example.org").themes.all()} == {"zorg"}


def test_bad_input_and_bots(client, site):
    response = subscribe(client, email="geen-adres")
    assert response.status_code == 400 and "Vul een geldig e-mailadres in" in response.content.decode()
    assert subscribe(client, email="bot@example.org", website="http://spam").status_code == 200
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_sign_ups_are_rate_limited_per_connection(site):
    client = Client()
    for n in range(5):
        assert subscribe(client, email=f"a{n}@example.org").status_code == 200
    assert subscribe(client, email="a6@example.org").status_code == 429
    assert Subscriber.objects.count() == 5


def test_weekly_contents_follow_the_choices_once_a_week(client, site, agenda):
    StoryPage.objects.update(first_published_at="2026-11-01T08:00:00Z")  # before the sign-up
    pupil = confirmed(client, site, groups=[site.pupils])
    anyone = confirmed(client, site, email="alles@example.org")
    NewsletterIntro.objects.create(week_of="2026-11-30", intro="Welkom bij de nieuwsbrief van deze week.")
    with freeze_time("2026-11-25 09:00"):
        make_story(site.stories, "Scholieren bouwen een raceauto", groups=[site.pupils])
        make_story(site.stories, "Werkzoekenden aan de slag", groups=[site.seekers])
    with freeze_time("2026-11-29 07:00"):  # a Sunday: not the newsletter's day
        call_command("send_newsletter")
    assert mail.outbox == []
    with freeze_time(MONDAY):
        call_command("send_newsletter")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {pupil.email, anyone.email}
    mine = by_address[pupil.email]
    assert "Scholieren bouwen een raceauto" in mine.body and "Werkzoekenden" not in mine.body
    assert "Banenmarkt zorg" in mine.body  # the fair is for pupils
    assert "Openbaar verhaal" not in mine.body  # not new
    assert "Welkom bij de nieuwsbrief" in mine.body and "Welkom bij de nieuwsbrief" in mine.alternatives[0][0]
    assert "Werkzoekenden aan de slag" in by_address[anyone.email].body
    assert mine.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    mail.outbox.clear()
    with freeze_time("2026-12-01 07:00"):
        call_command("send_newsletter", "--force")
    assert mail.outbox == []  # at most once a week


def test_one_click_unsubscribe_deletes_the_address(client, site, agenda):
    subscriber = confirmed(client, site)
    with freeze_time(MONDAY):
        call_command("send_newsletter")
    unsubscribe = link(mail.outbox[0], "afmelden")
    assert client.get(unsubscribe).status_code == 200 and Subscriber.objects.exists()
    assert Client(enforce_csrf_checks=True).post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()
    assert client.post(unsubscribe).status_code == 200  # twice is fine
    assert client.get("/nieuwsbrief/afmelden/vervalst/").status_code == 400


def test_a_newsletter_in_the_language_of_the_sign_up(client, site, agenda):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    with freeze_time("2026-11-22 10:00"):
        for page in (site.home, site.agenda):
            page.copy_for_translation(english).save_revision().publish()
        fair = site.fair.copy_for_translation(english)
        fair.title = "Healthcare job fair"
        fair.save_revision().publish()
        subscribe(client, prefix="/en")
        assert "Confirm your newsletter subscription" in mail.outbox[0].subject
        client.post(link(mail.outbox[0], "bevestigen"))
    mail.outbox.clear()
    with freeze_time(MONDAY):
        call_command("send_newsletter")
    newsletter = mail.outbox[0]
    assert newsletter.subject == "What's new in the region this week"
    assert "/en/nieuwsbrief/afmelden/" in newsletter.body
    # The event once, in English: translations are not listed beside their originals.
    assert newsletter.body.count("Healthcare job fair") == 1 and "Banenmarkt zorg" not in newsletter.body


def test_unconfirmed_sign_ups_are_deleted_after_a_week(client, site):
    with freeze_time("2026-11-22 10:00"):
        subscribe(client)
    with freeze_time("2026-11-30 10:00"):
        call_command("send_newsletter")
    assert not Subscriber.objects.exists()


def test_subscribers_and_preview_are_for_staff_with_permission(client, site, agenda, admin_client):
    Subscriber.objects.create(email="geheim@example.org")
    listing = admin_client.get("/admin/snippets/partners/subscriber/")
    assert listing.status_code == 200 and "geheim@example.org" in listing.content.decode()
    choices = {"target_groups": [site.pupils.pk], "language": "nl"}
    preview = admin_client.get("/admin/partners/newsletter/mail/", choices)
    assert preview.status_code == 200 and "Banenmarkt zorg" in preview.content.decode()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    editors = Group.objects.create(name="Redactie zonder nieuwsbrief")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("redacteur", password="x")
    user.groups.add(editors)
    other = Client()
    other.force_login(user)
    assert other.get("/admin/snippets/partners/subscriber/").status_code in (302, 403)
    assert other.get("/admin/partners/newsletter/mail/").status_code in (302, 403)


def test_communication_staff_see_and_delete_subscribers_but_cannot_add_them(site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    subscriber = Subscriber.objects.create(email="weg@example.org", confirmed_at="2026-01-01T00:00:00Z")
    user = get_user_model().objects.create_user("redactie-test", password="x")
    user.groups.add(Group.objects.get(name="Redactie"))
    staff = Client()
    staff.force_login(user)
    assert "weg@example.org" in staff.get("/admin/snippets/partners/subscriber/").content.decode()
    assert staff.get("/admin/snippets/partners/subscriber/add/").status_code in (302, 403)
    staff.post(f"/admin/snippets/partners/subscriber/delete/{subscriber.pk}/")
    assert not Subscriber.objects.exists()
    assert staff.get("/admin/partners/newsletter/").status_code == 200
    assert staff.get("/admin/partners/embed-code/").status_code == 200
