"""Editors create every page type through the Wagtail admin."""

import datetime

import pytest
from freezegun import freeze_time

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import FactsPosterPage, HomePage, RegionStoryPage
from tests.builders import make_fact, make_home

pytestmark = pytest.mark.django_db


def add_page(client, model, parent, data):
    url = f"/admin/pages/add/home/{model._meta.model_name}/{parent.pk}/"
    assert client.get(url).status_code == 200
    return client.post(url, nested_form_data({**data, "action-publish": "publish"}))


def test_create_home_page(admin_client):
    root = Page.get_first_root_node()
    response = add_page(
        admin_client,
        HomePage,
        root,
        {
            "title": "Zuid-Limburg",
            "slug": "zuid-limburg",
            "hero_heading": "Leef, leer en werk hier",
            "core_messages_heading": "Waar wij voor staan",
            "body": streamfield([]),
        },
    )
    assert response.status_code == 302
    assert HomePage.objects.get(slug="zuid-limburg").live


def test_create_region_story_page_with_blocks(admin_client):
    home = make_home()
    fact = make_fact()
    response = add_page(
        admin_client,
        RegionStoryPage,
        home,
        {
            "title": "Ons DNA",
            "slug": "ons-dna",
            "introduction": "Wie we zijn.",
            "show_core_messages": "on",
            "body": streamfield(
                [
                    ("heading", {"text": "Makers", "level": "h2"}),
                    ("paragraph", rich_text("<p>Een regio van makers.</p>")),
                    ("fact", {"fact": fact.pk}),
                ]
            ),
        },
    )
    assert response.status_code == 302
    story = RegionStoryPage.objects.get(slug="ons-dna")
    assert [block.block_type for block in story.body] == ["heading", "paragraph", "fact"]
    assert story.body[2].value["fact"] == fact


def test_call_to_action_needs_page_or_url_not_both(admin_client):
    home = make_home()
    response = add_page(
        admin_client,
        RegionStoryPage,
        home,
        {
            "title": "Ons DNA",
            "slug": "ons-dna",
            "body": streamfield(
                [
                    (
                        "call_to_action",
                        {
                            "heading": "Kom kijken",
                            "button_label": "Ga",
                            "page": home.pk,
                            "link_url": "https://example.org",
                        },
                    )
                ]
            ),
        },
    )
    assert response.status_code == 200
    assert "Kies een pagina of een webadres, niet allebei." in response.content.decode()
    assert not RegionStoryPage.objects.exists()


def test_create_facts_poster_page(admin_client):
    home = make_home()
    facts = [make_fact(), make_fact()]
    response = add_page(
        admin_client,
        FactsPosterPage,
        home,
        {
            "title": "Regio in feiten",
            "slug": "regio-in-feiten",
            "call_to_action": "Kijk verder online",
            "poster_facts": inline_formset([{"fact": facts[0].pk}, {"fact": facts[1].pk}]),
        },
    )
    assert response.status_code == 302
    poster = FactsPosterPage.objects.get(slug="regio-in-feiten")
    assert poster.facts() == facts


def test_dashboard_lists_facts_due_for_review(admin_client):
    make_fact(label="verouderd cijfer over pendel", review_by=datetime.date(2026, 1, 1))
    make_fact(label="vers cijfer over banen", review_by=datetime.date(2027, 1, 1))
    with freeze_time("2026-06-01"):
        html = admin_client.get("/admin/").content.decode()
    assert "Feiten die gecontroleerd moeten worden" in html
    assert "verouderd cijfer over pendel" in html
    assert "vers cijfer over banen" not in html


def test_fact_list_filters_on_review_status(admin_client):
    make_fact(label="verouderd cijfer over pendel", review_by=datetime.date(2020, 1, 1))
    make_fact(label="vers cijfer over banen", review_by=datetime.date(2099, 1, 1))
    html = admin_client.get("/admin/snippets/home/fact/?due_for_review=true").content.decode()
    assert "verouderd cijfer over pendel" in html
    assert "vers cijfer over banen" not in html


def test_image_upload_requires_alt_text(admin_client):
    from wagtail.images.forms import get_image_form

    from home.forms import RegioImageForm
    from home.models import RegioImage

    form_class = get_image_form(RegioImage)
    assert issubclass(form_class, RegioImageForm)
    form = form_class(data={"title": "Maas", "description": ""}, user=None)
    form.is_valid()
    assert form.errors["description"] == ["Alt-tekst is verplicht: beschrijf wat er op de afbeelding staat."]
