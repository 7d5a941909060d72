import io
import json
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from careers.models import CareerPage, Organisation
from tests.builders import make_career_index, make_home, make_municipality, make_target_group, make_theme

pytestmark = pytest.mark.django_db
SAMPLE = Path(__file__).resolve().parents[2] / "careers" / "samples" / "partner_feed.csv"
HEADER = SAMPLE.read_text(encoding="utf-8").splitlines()[0]


@pytest.fixture
def region(db):
    home = make_home()
    index = make_career_index(home)
    for slug, name in [
        ("chemie-en-materialen", "Chemie en materialen"),
        ("zorg", "Zorg"),
        ("logistiek", "Logistiek"),
        ("maakindustrie", "Maakindustrie"),
        ("smart-services", "Smart services"),
        ("vrijetijdseconomie", "Vrijetijdseconomie"),
        ("onderwijs", "Onderwijs"),
        ("wonen-en-leefomgeving", "Wonen en leefomgeving"),
    ]:
        make_theme(name, slug=slug)
    for name, ranges in [
        ("Roermond", [(6040, 6047)]),
        ("Weert", [(6000, 6006)]),
        ("Nederweert", [(6030, 6035)]),
        ("Leudal", [(6080, 6089)]),
        ("Maasgouw", [(6050, 6052)]),
        ("Echt-Susteren", [(6100, 6106)]),
        ("Roerdalen", [(6061, 6065)]),
    ]:
        make_municipality(name, ranges)
    for slug, name in [
        ("scholieren-en-studenten", "Scholieren en studenten"),
        ("werkzoekenden", "Werkzoekenden"),
        ("young-professionals", "Young professionals"),
        ("uitpendelaars", "Uitpendelaars"),
        ("inwoners", "Inwoners"),
    ]:
        make_target_group(name, name.lower(), slug=slug)
    return index


def run(path, *args, failing=False):
    out, err = io.StringIO(), io.StringIO()
    if failing:  # rows failed: the command exits non-zero so cron notices, after saving the good rows
        with pytest.raises(CommandError) as error:
            call_command("import_careers", str(path), *args, stdout=out, stderr=err)
        assert error.value.returncode == 3
    else:
        call_command("import_careers", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, text, name="feed.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_sample_feed_creates_then_leaves_unchanged(region):
    out, err = run(SAMPLE, "--source", "partner")
    assert "20 aangemaakt, 0 bijgewerkt, 0 ongewijzigd, 0 mislukt" in out
    assert err == ""
    assert CareerPage.objects.live().count() == 20
    nurse = CareerPage.objects.get(external_id="WF-1003")
    assert nurse.organisation.name == "Laurentius Zorggroep"
    assert (nurse.kind, nurse.education_level, nurse.hours_min, nurse.hours_max) == ("vacature", "hbo", 24, 36)
    assert nurse.get_parent().specific == region
    assert nurse.revisions.count() == 1
    # A row without municipality gets it from its postcode.
    assert CareerPage.objects.get(external_id="WF-1004").municipality.name == "Weert"
    assert sorted(CareerPage.objects.get(external_id="WF-1002").target_groups.values_list("slug", flat=True)) == [
        "uitpendelaars",
        "young-professionals",
    ]
    out, _err = run(SAMPLE, "--source", "partner")
    assert "0 aangemaakt, 0 bijgewerkt, 20 ongewijzigd, 0 mislukt" in out
    assert CareerPage.objects.count() == 20
    assert nurse.revisions.count() == 1


def test_changed_rows_update_the_page(region, tmp_path):
    run(SAMPLE, "--source", "partner")
    text = SAMPLE.read_text(encoding="utf-8").replace("Verpleegkundige spoedeisende hulp", "SEH-verpleegkundige")
    out, _err = run(write(tmp_path, text), "--source", "partner")
    assert "0 aangemaakt, 1 bijgewerkt, 19 ongewijzigd" in out
    page = CareerPage.objects.get(external_id="WF-1003")
    assert page.title == "SEH-verpleegkundige" and page.live and page.revisions.count() == 2


def test_bad_rows_are_reported_with_line_numbers_and_create_nothing(region, tmp_path):
    rows = SAMPLE.read_text(encoding="utf-8").splitlines()
    good = next(line for line in rows if line.startswith("WF-1005"))
    text = (
        "\n".join(
            [
                HEADER,
                good,  # line 2: fine
                good.replace("WF-1005", "X-1").replace(",vmbo,", ",kleuterschool,"),  # line 3: unknown level
                good.replace("WF-1005", "X-2").replace(",32,40,", ",veertig,40,"),  # line 4: not a number
                good.replace("WF-1005", "X-3").replace("2027-01-10", "morgen"),  # line 5: bad date
                good.replace("WF-1005", "X-4").replace(",32,40,", ",40,32,"),  # line 6: hours reversed (model check)
                good,  # line 7: duplicate id
                good.replace("WF-1005", "X-5")
                .replace("Roerdal Logistics", "Nieuw Bedrijf")
                .replace(",logistiek,", ",ruimtevaart,"),
                good.replace("WF-1005", "X-6")
                .replace("Roerdal Logistics", "Nog Een Bedrijf")
                .replace("2027-01-10", "2026-01-10"),
            ]
        )
        + "\n"
    )
    out, err = run(write(tmp_path, text), "--source", "partner", failing=True)
    assert "1 aangemaakt" in out
    for line in (3, 4, 5, 6, 7, 8, 9):
        assert f"{line} (" in err, (line, err)
    assert "kleuterschool" in err and "veertig" in err and "morgen" in err and "ruimtevaart" in err
    assert "2" not in [line.split(" ")[1] for line in err.splitlines()]
    assert CareerPage.objects.count() == 1
    # The organisation of a failed row is not left behind either.
    assert not Organisation.objects.filter(name__in=["Nieuw Bedrijf", "Nog Een Bedrijf"]).exists()


def test_unpublish_missing(region, tmp_path):
    run(SAMPLE, "--source", "partner")
    rows = SAMPLE.read_text(encoding="utf-8").split("\nWF-1003")[0] + "\n"
    out, _err = run(write(tmp_path, rows), "--source", "partner", "--unpublish-missing")
    assert "18 gedepubliceerd" in out
    assert CareerPage.objects.live().count() == 2
    assert CareerPage.objects.count() == 20  # nothing deleted
    out, _err = run(SAMPLE, "--source", "partner")
    assert CareerPage.objects.live().count() == 20  # back in the feed: published again


def test_other_sources_are_left_alone(region, tmp_path):
    run(SAMPLE, "--source", "partner")
    out, _err = run(write(tmp_path, HEADER + "\n"), "--source", "other", "--unpublish-missing")
    assert CareerPage.objects.live().count() == 20


def test_json_feed(region, tmp_path):
    data = [
        {
            "external_id": "J-1",
            "title": "Lasser",
            "organisation": "Metaalwerken Echt",
            "kind": "vacancy",
            "sector": "Maakindustrie",
            "education_level": "MBO 2",
            "hours_min": 40,
            "municipality": "echt-susteren",
            "description": "Lassen.\n\nVeel lassen.",
            "apply_url": "https://example.org/lasser",
            "valid_through": "31-01-2027",
            "english_friendly": "yes",
        },
        "not a career",
    ]
    out, err = run(write(tmp_path, json.dumps(data), "feed.json"), "--source", "json", failing=True)
    assert "1 aangemaakt" in out
    assert "2 (" in err
    page = CareerPage.objects.get(external_id="J-1")
    assert (page.kind, page.education_level, page.hours_min, page.hours_max) == ("vacature", "mbo-2", 40, 40)
    assert page.description == "<p>Lassen.</p><p>Veel lassen.</p>"
    assert page.english_friendly


def test_html_in_a_feed_is_shown_as_text(region, tmp_path):
    data = [
        {
            "external_id": "J-2",
            "title": "Kok",
            "organisation": "Maasplassen Resort",
            "kind": "vacature",
            "sector": "vrijetijdseconomie",
            "education_level": "mbo-3",
            "municipality": "Maasgouw",
            "description": "<script>alert(1)</script>Koken",
            "apply_url": "https://example.org/kok",
            "valid_through": "2027-01-31",
        }
    ]
    run(write(tmp_path, json.dumps(data), "feed.json"), "--source", "json")
    assert "<script>" not in CareerPage.objects.get(external_id="J-2").description


@pytest.mark.parametrize(
    "content, encoding, message",
    [
        ("external_id,title\nX,Caf\u00e9\n", "cp1252", "UTF-8"),
        ("{not json", "utf-8", "JSON"),
        ("foo,bar\n1,2\n", "utf-8", "external_id"),
    ],
)
def test_unreadable_files_stop_with_a_clear_message(region, tmp_path, content, encoding, message):
    path = write(tmp_path, content, "feed.json" if content.startswith("{") else "feed.csv", encoding)
    with pytest.raises(CommandError, match=message):
        run(path)
    assert CareerPage.objects.count() == 0


def test_other_encoding_on_request(region, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8").replace("—", "-").replace("–", "-")
    out, _err = run(write(tmp_path, text, encoding="cp1252"), "--encoding", "cp1252", "--source", "partner")
    assert "20 aangemaakt" in out
    assert CareerPage.objects.count() == 20
    assert "patiënten" in CareerPage.objects.get(external_id="WF-1003").description


def test_progress_bar_on_large_files(region, tmp_path, capsys):
    good = next(line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.startswith("WF-1005"))
    rows = [good.replace("WF-1005", f"P-{n}").replace(",vmbo,", ",onbekend,") for n in range(250)]
    run(write(tmp_path, HEADER + "\n" + "\n".join(rows) + "\n"), failing=True)
    assert "250/250" in capsys.readouterr().err
