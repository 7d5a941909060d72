"""Facts in prose: a figure in running text follows the facts library."""

import pytest

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from home.blocks import BodyStreamBlock, FactTextBlock
from tests.builders import make_fact, make_home, make_region_story

pytestmark = pytest.mark.django_db


def fact_text(text, facts):
    return {"type": "fact_text", "value": {"text": text, "facts": [fact.pk for fact in facts]}}


@pytest.fixture
def story(image):
    inhabitants = make_fact(label="inwoners in zeven gemeenten", value=238000, reference_year=2024)
    water = make_fact(label="water en natuur", value=3000, unit="ha", reference_year=2023)
    home = make_home(hero_image=image)
    page = make_region_story(
        home,
        hero_image=image,
        body=[fact_text("<p>Hier wonen ruim {1} mensen, met {2} water.</p>", [inhabitants, water])],
    )
    return page, inhabitants, water


class TestFactText:
    def test_figures_and_sources_are_shown_in_the_text(self, client, story):
        page, inhabitants, _water = story
        html = client.get(page.url).content.decode()
        assert 'Hier wonen ruim <strong class="fact-inline">238.000</strong> mensen' in html
        assert '<strong class="fact-inline">3.000\xa0ha</strong> water.' in html
        assert "{1}" not in html and "{2}" not in html
        assert f"{inhabitants.source_name}</a>, 2024" in html

    def test_a_fact_changed_once_changes_the_text(self, client, story):
        page, inhabitants, _water = story
        client.get(page.url)  # rendered once, so fragments are cached
        inhabitants.value = "241500"
        inhabitants.save()
        html = client.get(page.url).content.decode()
        assert '<strong class="fact-inline">241.500</strong>' in html
        assert "238.000" not in html

    def test_site_search_finds_the_figure_not_the_placeholder(self, story):
        page, _inhabitants, _water = story
        content = FactTextBlock().get_searchable_content(page.specific.body[0].value)
        assert "Hier wonen ruim 238.000 mensen" in content[0]

    @pytest.mark.parametrize(
        "text, message",
        [
            ("<p>Hier wonen veel mensen.</p>", "{1}"),
            ("<p>Hier wonen {1} mensen en {3} bedrijven.</p>", "{3}"),
        ],
    )
    def test_placeholders_must_match_the_chosen_facts(self, text, message):
        fact = make_fact(label="inwoners", value=1000)
        block = BodyStreamBlock()
        value = block.to_python([fact_text(text, [fact])])
        with pytest.raises(StreamBlockValidationError) as error:
            block.clean(value)
        child_error = error.value.block_errors[0]
        assert isinstance(child_error, StructBlockValidationError)
        assert message in str(child_error.block_errors["text"])
