"""Site-wide: search, sitemap, robots.txt, error pages and production settings."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.template.loader import render_to_string

from home.models import RegionStoryPage
from tests.builders import make_home, make_region_story

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def home():
    home = make_home()
    make_region_story(home, introduction="Tussen de Maasplassen en de Peel bouwen makers aan de toekomst.")
    return home


class TestSearch:
    def test_finds_pages_by_their_text(self, client, home):
        response = client.get("/search/", {"q": "Maasplassen"})
        html = response.content.decode()
        assert response.status_code == 200
        assert 'href="/ons-verhaal/"' in html
        assert "Eén resultaat voor “Maasplassen”." in html

    def test_no_results_suggests_another_word(self, client, home):
        html = client.get("/search/", {"q": "zzqqxx"}).content.decode()
        assert "0 resultaten" in html
        assert "Probeer een korter of ander woord" in html

    @pytest.mark.parametrize(
        "params", [{"q": "Maas", "page": "abc"}, {"q": "Maas", "page": "999"}, {"q": "<script>" * 100}, {}]
    )
    def test_odd_input_gives_a_normal_page(self, client, home, params):
        response = client.get("/search/", params)
        assert response.status_code == 200
        assert "<script><script>" not in response.content.decode()


class TestSitemapAndRobots:
    def test_sitemap_lists_live_pages_only(self, client, home):
        draft = RegionStoryPage(title="Concept", slug="concept", live=False)
        home.add_child(instance=draft)
        xml = client.get("/sitemap.xml").content.decode()
        assert "/ons-verhaal/</loc>" in xml
        assert "/concept/" not in xml

    def test_robots_txt_points_to_the_sitemap(self, client, home):
        response = client.get("/robots.txt", HTTP_HOST="other.example")
        assert response["Content-Type"].startswith("text/plain")
        assert "Sitemap: http://localhost/sitemap.xml" in response.content.decode()
        assert "Disallow: /admin/" in response.content.decode()


class TestErrorPages:
    def test_404_is_styled_and_dutch(self, client, home):
        response = client.get("/bestaat-niet/")
        html = response.content.decode()
        assert response.status_code == 404
        assert "Deze pagina bestaat niet (meer)" in html
        assert "site-header" in html

    def test_500_template_renders_without_context(self):
        html = render_to_string("500.html")
        assert "Er ging iets mis aan onze kant" in html


def deploy_check(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regiosite.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-key-" + "x9Qz" * 10,
        "ALLOWED_HOSTS": "regio.example",
        "CSRF_TRUSTED_ORIGINS": "https://regio.example",
        "REGIO_BASE_URL": "https://regio.example",
        **extra,
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    if "REDIS_URL" not in extra:
        env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = deploy_check(REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_without_a_shared_cache():
    """Without Redis, rate limits count per worker: check --deploy says so."""
    result = deploy_check()
    assert result.returncode != 0
    assert "regio.W001" in result.stdout + result.stderr


def test_base_settings_are_safe_without_environment(monkeypatch):
    import importlib

    from regiosite.settings import base

    for name in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    base = importlib.reload(base)
    assert base.DEBUG is False
    assert base.SECRET_KEY == ""
    assert base.ALLOWED_HOSTS == []
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_production_refuses_to_start_without_the_site_address():
    result = deploy_check(REGIO_BASE_URL="", REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode != 0
    assert "REGIO_BASE_URL" in result.stdout + result.stderr


@pytest.mark.django_db
def test_the_site_address_decides_every_absolute_link(settings, agenda):
    from django.core import mail

    from events.booking import register
    from home.models import RegioSettings
    from home.site_address import sync_default_site

    settings.REGIO_BASE_URL = "https://www.middenlimburg.example"
    site = sync_default_site()
    assert (site.hostname, site.port, site.root_url) == ("www.middenlimburg.example", 443, settings.REGIO_BASE_URL)
    contact = RegioSettings.for_site(site)
    contact.contact_email = "team@middenlimburg.example"
    contact.save()
    event = agenda.event("Banenmarkt", start="2027-03-10 15:00", capacity=10)
    register(event, "Sanne", "sanne@example.org", postcode="6041 AB")
    (message,) = mail.outbox
    links = set(re.findall(r"https?://[^/\s]+", message.body))
    assert links == {"https://www.middenlimburg.example"}
    assert message.reply_to == ["team@middenlimburg.example"]
    assert event.get_full_url().startswith("https://www.middenlimburg.example/")


@pytest.mark.django_db
def test_icons_in_the_regions_colours_and_a_branded_dutch_login(client):
    from home.models import RegioSettings
    from tests.builders import make_home

    home = make_home()
    regio = RegioSettings.for_site(home.get_site())
    regio.region_name, regio.primary_colour = "Midden-Limburg", "#0b5d4b"
    regio.save()
    svg = client.get("/favicon.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"#0b5d4b" in svg.content
    for url, size in (("/favicon.ico", 32), ("/apple-touch-icon.png", 180)):
        from PIL import Image

        image = Image.open(io.BytesIO(client.get(url).content))
        assert image.size == (size, size)
    html = client.get("/").content.decode()
    assert 'rel="icon" href="/favicon.svg"' in html and 'rel="apple-touch-icon"' in html
    login = client.get("/admin/login/").content.decode()
    assert "Inloggen bij Midden-Limburg" in login and "Gebruikersnaam" in login


@pytest.mark.django_db
def test_search_labels_each_result_with_its_kind_and_finds_word_prefixes(client):
    from tests.builders import (
        make_career,
        make_career_index,
        make_home,
        make_interview,
        make_municipality,
        make_organisation,
        make_story_index,
        make_theme,
    )

    home = make_home()
    careers = make_career_index(home)
    make_career(
        careers, "Verpleegkundige SEH", make_organisation(), make_theme("Zorg"), make_municipality(), kind="stage"
    )
    make_interview(make_story_index(home), "Verpleegkundige Lotte over haar werk")
    html = client.get("/search/", {"q": "verpleeg"}).content.decode()
    assert "Verpleegkundige SEH" in html and "Verpleegkundige Lotte" in html
    labels = re.findall(r'<span class="result__type">([^<]+)</span>', html)
    assert sorted(labels) == ["Interview", "Stage"]


def test_management_commands_run_without_the_site_address_outside_production():
    """The address is required in production (and by check --deploy), not for migrations or the test suite."""
    from django.core.management import call_command

    call_command("check", stdout=io.StringIO())


@pytest.mark.django_db
def test_a_broad_search_is_listed_newest_first_and_says_so(client, monkeypatch):
    """Ranking scores every match, so a search with very many matches is listed newest first instead."""
    from freezegun import freeze_time

    from home import views
    from tests.builders import make_home, make_story, make_story_index

    index = make_story_index(make_home())
    for day, title in enumerate(["Maas oud", "Maas midden", "Maas nieuw"], start=1):
        with freeze_time(f"2026-11-0{day} 10:00"):
            make_story(index, title)
    ranked = client.get("/search/", {"q": "maas"}).content.decode()
    assert "Nieuwste eerst" not in ranked
    monkeypatch.setattr(views, "RANKED_UP_TO", 2)
    broad = client.get("/search/", {"q": "maas"}).content.decode()
    assert "3 resultaten" in broad and "Nieuwste eerst" in broad
    order = [broad.index(title) for title in ("Maas nieuw", "Maas midden", "Maas oud")]
    assert order == sorted(order)
