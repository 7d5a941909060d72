import pytest
from django.apps import apps
from django.core.management import call_command

from home.models import Fact, FactsPosterPage, HomePage, RegionStoryPage

pytestmark = pytest.mark.django_db


def counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_load_demo_is_idempotent(client):
    call_command("load_demo", "--admin", stdout=open("/dev/null", "w"))
    first = counts()
    call_command("load_demo", "--admin", stdout=open("/dev/null", "w"))
    assert counts() == first
    assert Fact.objects.count() >= 30
    assert HomePage.objects.count() == 1
    assert RegionStoryPage.objects.live().count() == 1
    assert FactsPosterPage.objects.live().count() >= 1
    assert all(fact.source_name and fact.reference_year for fact in Fact.objects.all())


def test_demo_site_serves_and_search_finds_it(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert "Ruimte om te groeien" in client.get("/").content.decode()
    assert client.get("/ons-verhaal/").status_code == 200
    html = client.get("/search/", {"q": "Maasplassen"}).content.decode()
    assert 'href="/ons-verhaal/"' in html
