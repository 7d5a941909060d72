import io

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.builders import make_fact, make_home, make_poster

pytestmark = pytest.mark.django_db


@pytest.fixture
def poster():
    home = make_home()
    facts = [
        make_fact(
            label="werknemers pendelen elke dag de regio uit",
            value=40000,
            source_name="CBS Statline",
            reference_year=2019,
        ),
        make_fact(
            label="vervangingsvraag tot 2030",
            value=17000,
            unit="fte",
            source_name="Etil arbeidsmarktanalyse",
            reference_year=2022,
        ),
    ]
    return make_poster(home, facts, call_to_action="Ontdek meer op midden-limburg.example")


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")


class TestPosterWebPage:
    def test_lists_facts_sources_and_downloads(self, client, poster):
        html = client.get("/in-feiten/").content.decode()
        assert "werknemers pendelen elke dag de regio uit" in html
        assert 'id="bronnen"' in html and "CBS Statline" in html
        assert 'href="/in-feiten/poster.pdf"' in html
        assert 'href="/in-feiten/poster-a3.pdf"' in html
        assert '<meta property="og:image" content="http://localhost/in-feiten/share.png">' in html


class TestPosterPdf:
    def test_a4_pdf_holds_every_fact_with_its_source(self, client, poster):
        response = client.get("/in-feiten/poster.pdf")
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
        reader, text = pdf_text(response.content)
        assert "werknemers pendelen elke dag de regio uit" in text
        assert "CBS Statline" in text and "2019" in text
        assert "Etil arbeidsmarktanalyse" in text
        assert "17.000" in text
        width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
        assert round(width_mm) == 210

    def test_a3_pdf_is_a3(self, client, poster):
        response = client.get("/in-feiten/poster-a3.pdf")
        reader, text = pdf_text(response.content)
        assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 297
        assert "werknemers pendelen elke dag de regio uit" in text

    def test_unknown_size_is_404(self, client, poster):
        assert client.get("/in-feiten/poster-a5.pdf").status_code == 404

    def test_editing_a_fact_changes_the_pdf(self, client, poster):
        client.get("/in-feiten/poster.pdf")
        fact = poster.facts()[0]
        fact.label = "forenzen verlaten dagelijks de regio"
        fact.save()
        _, text = pdf_text(client.get("/in-feiten/poster.pdf").content)
        assert "forenzen verlaten dagelijks de regio" in text
        assert "werknemers pendelen elke dag" not in text


class TestShareImage:
    def test_is_a_1200_by_630_png(self, client, poster):
        response = client.get("/in-feiten/share.png")
        assert response["Content-Type"] == "image/png"
        image = Image.open(io.BytesIO(response.content))
        assert image.format == "PNG"
        assert image.size == (1200, 630)

    def test_cached_until_a_fact_changes(self, client, poster):
        first = client.get("/in-feiten/share.png").content
        assert client.get("/in-feiten/share.png").content == first
        fact = poster.facts()[0]
        fact.value = 41000
        fact.save()
        assert client.get("/in-feiten/share.png").content != first

    def test_republishing_the_page_renews_the_image(self, client, poster):
        first = client.get("/in-feiten/share.png").content
        poster.title = "Een heel andere titel"
        poster.save_revision().publish()
        assert client.get("/in-feiten/share.png").content != first


def test_pdf_uses_the_sites_font_and_links_its_call_to_action(client, poster):
    from io import BytesIO

    poster.call_to_action = "Ontdek meer op midden-limburg.example"
    poster.save_revision().publish()
    reader = PdfReader(BytesIO(client.get("/in-feiten/poster.pdf").content))
    page = reader.pages[0]
    fonts = {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("Figtree" in name for name in fonts), fonts
    links = [annotation.get_object()["/A"].get("/URI") for annotation in page.get("/Annots", [])]
    assert any(str(uri).endswith("/in-feiten/") for uri in links if uri)
