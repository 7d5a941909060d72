"""The press and brand kit: usage tiers, counted downloads, the release PDF, the press list and mailing a release."""

import re

import pytest

from django.core import mail
from django.test import Client

from analytics.models import GoalCount
from home.models import HomePage
from partners.models import BrandAsset, PressKitPage, PressReleasePage, Subscriber
from tests.builders import make_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def kit(db):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    home = make_home()
    kit = PressKitPage(title="Pers", slug="pers", contact_name="Persteam", contact_email="pers@example.org")
    home.add_child(instance=kit)
    photo = get_image_model().objects.create(title="Maasplassen", file=get_test_image_file())
    BrandAsset.objects.create(
        page=kit, title="Maasplassen", kind="photo", image=photo, tier="partners", credit="Foto: X"
    )
    kit.save_revision().publish()
    release = PressReleasePage(
        title="Regiodag 2027 met 40 werkgevers", slug="regiodag", introduction="Veertig werkgevers."
    )
    kit.add_child(instance=release)
    release.save_revision().publish()
    kit.release = release
    return kit


def test_the_press_page_shows_assets_with_their_usage_terms_and_counts_downloads(client, kit):
    html = client.get("/pers/").content.decode()
    assert "Regiodag 2027 met 40 werkgevers" in html and "Persteam" in html
    assert "partners, ook voor campagnes" in html and "Foto: X" in html
    asset = BrandAsset.objects.get()
    response = client.get(f"/pers/download/{asset.pk}/")
    assert response.status_code == 302 and response["Location"].endswith(asset.image.file.url.split("/")[-1])
    assert client.get("/pers/download/99999/").status_code == 404
    assert GoalCount.objects.get(goal="press").count == 1


def test_a_release_has_a_pdf_that_counts_as_a_download(client, kit, settings):
    settings.REGIO_PAGE_CACHE_SECONDS = 300  # a shared cache must not answer for the counter
    page = client.get("/pers/regiodag/").content.decode()
    assert "persbericht.pdf" in page and "Persteam" in page  # the kit's contact when the release names none
    response = client.get("/pers/regiodag/persbericht.pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client.get("/pers/regiodag/persbericht.pdf/").content == response.content
    assert GoalCount.objects.get(goal="press").count == 2


def test_press_list_double_opt_in_and_mailing_a_release(client, kit, admin_client):
    response = client.post(
        "/pers/perslijst/", {"press-email": "redactie@krant.example", "press-website": ""}, follow=True
    )
    assert response.status_code == 200
    assert "persberichten" in mail.outbox[0].body.lower()
    confirm = re.search(r"https?://[^/\s]+(/nieuwsbrief/bevestigen/[^/\s]+/)", mail.outbox[0].body).group(1)
    client.post(confirm)
    Subscriber.objects.create(email="nieuwsbrief@example.org", confirmed_at="2026-01-01T00:00:00Z")  # newsletter only
    Subscriber.objects.create(email="onbevestigd@example.org", mailing_list="press")
    mail.outbox.clear()
    url = f"/admin/partners/press-release/{kit.release.pk}/mail/"
    assert "1 bevestigd adres" in admin_client.get(url).content.decode()
    admin_client.post(url)
    assert [message.to for message in mail.outbox] == [["redactie@krant.example"]]
    message = mail.outbox[0]
    assert message.subject == "Regiodag 2027 met 40 werkgevers"
    assert message.attachments[0][0] == "regiodag.pdf" and message.attachments[0][1].startswith(b"%PDF")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert PressReleasePage.objects.get(pk=kit.release.pk).mailed_at is not None


def test_bad_press_list_input_is_explained(client, kit):
    response = client.post("/pers/perslijst/", {"press-email": "geen adres", "press-website": ""})
    assert response.status_code == 400 and "Vul een geldig e-mailadres in" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_only_publishers_may_mail_a_release(kit):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Alleen admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("lezer", password="x")
    user.groups.add(group)
    other = Client()
    other.force_login(user)
    assert other.post(f"/admin/partners/press-release/{kit.release.pk}/mail/").status_code == 403


def test_page_tree(db):
    assert PressKitPage in HomePage.allowed_subpage_models()
    assert PressReleasePage.allowed_parent_page_models() == [PressKitPage]
    assert PressReleasePage.allowed_subpage_models() == []
