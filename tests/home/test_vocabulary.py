import datetime

import pytest
from freezegun import freeze_time

from django.core.exceptions import ValidationError

from home.models import Fact, Municipality, RegioSettings
from tests.builders import make_fact, make_municipality

pytestmark = pytest.mark.django_db


class TestFactValidation:
    def test_reference_year_in_the_future_is_refused_in_dutch(self):
        fact = Fact(value=1, label="x", source_name="CBS", reference_year=2031)
        with freeze_time("2026-06-01"), pytest.raises(ValidationError) as error:
            fact.full_clean()
        assert error.value.message_dict["reference_year"] == ["Het peiljaar kan niet in de toekomst liggen."]

    def test_current_year_is_accepted(self):
        with freeze_time("2026-06-01"):
            Fact(value=1, label="x", source_name="CBS", reference_year=2026).full_clean()

    def test_admin_form_requires_a_source_with_a_clear_message(self, admin_client):
        response = admin_client.post(
            "/admin/snippets/home/fact/add/",
            {"value": "40000", "label": "werknemers pendelen uit", "source_name": "", "reference_year": "2019"},
        )
        assert response.status_code == 200
        assert "Een feit heeft een bron nodig" in response.content.decode()
        assert not Fact.objects.exists()

    def test_admin_form_saves_a_valid_fact(self, admin_client):
        response = admin_client.post(
            "/admin/snippets/home/fact/add/",
            {"value": "40000", "label": "werknemers pendelen uit", "source_name": "CBS", "reference_year": "2019"},
        )
        assert response.status_code == 302
        assert Fact.objects.get().label == "werknemers pendelen uit"


class TestFactDisplay:
    @pytest.mark.parametrize(
        "value, unit, expected",
        [
            ("40000", "", "40.000"),
            ("17000", "fte", "17.000\u00a0fte"),
            ("3.10", "%", "3,1%"),
            ("330000", "€", "€\u00a0330.000"),
            ("2.25", "miljard euro", "2,25\u00a0miljard euro"),
        ],
    )
    def test_values_are_written_the_dutch_way(self, value, unit, expected):
        assert Fact(value=value, unit=unit).display_value == expected

    def test_facts_past_their_review_date_are_due(self):
        overdue = make_fact(review_by=datetime.date(2026, 1, 1))
        make_fact(review_by=datetime.date(2027, 1, 1))
        make_fact(review_by=None)
        with freeze_time("2026-06-01"):
            assert list(Fact.objects.due_for_review()) == [overdue]
            assert overdue.is_due_for_review


class TestMunicipality:
    def test_postcode_finds_its_municipality(self):
        roermond = make_municipality("Roermond", [(6040, 6047)])
        make_municipality("Weert", [(6000, 6006)])
        assert list(Municipality.objects.for_postcode("6041 AB")) == [roermond]
        assert list(Municipality.objects.for_postcode("6047")) == [roermond]

    @pytest.mark.parametrize("postcode", ["1012 AB", "", "abc", "60411", None])
    def test_postcode_outside_or_invalid_finds_nothing(self, postcode):
        make_municipality("Roermond", [(6040, 6047)])
        assert not Municipality.objects.for_postcode(postcode).exists()


class TestRegioSettings:
    def test_brand_colours_must_keep_text_readable(self):
        regio = RegioSettings(primary_colour="#f2b705", secondary_colour="#23265e", accent_colour="#f2b705")
        with pytest.raises(ValidationError) as error:
            regio.clean()
        assert "primary_colour" in error.value.message_dict
        assert "4.5:1" in error.value.message_dict["primary_colour"][0]
        assert "secondary_colour" not in error.value.message_dict

    def test_default_colours_pass_wcag_aa(self):
        RegioSettings().clean()
