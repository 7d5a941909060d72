"""Loads the demo region. Idempotent: what exists is left as it is."""

import datetime
import io

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.demo import region
from home.demo.facts import FACTS
from home.demo.images import SUBJECTS, TIMES, make_image
from home.demo.people import make_portrait
from home.models import (
    CoreMessage,
    Fact,
    FactsPosterPage,
    HomePage,
    Municipality,
    PostcodeRange,
    PosterFact,
    RegionStoryPage,
    RegioSettings,
    TargetGroup,
    Theme,
)

PALETTES = {
    "dusk": ((26, 60, 110), (240, 170, 110), (70, 110, 90), (30, 70, 55), (40, 40, 60)),
    "morning": ((120, 180, 220), (250, 225, 170), (110, 150, 110), (50, 100, 70), (60, 60, 80)),
    "evening": ((60, 30, 90), (250, 140, 90), (90, 80, 110), (40, 50, 70), (30, 30, 50)),
    "day": ((70, 140, 210), (200, 230, 245), (120, 170, 120), (60, 120, 80), (70, 80, 100)),
}


def stored_image(title, description, credit, draw, filename):
    """The library image with this title, or (the first time) one made from the bytes ``draw()`` returns."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    image = Image(title=title, description=description, credit=credit)
    image.file = ImageFile(io.BytesIO(draw()), name=filename)
    image.save()
    return image


def demo_image(title, alt, motif, palette, seed, credit="Illustratie: Regio demo"):
    """The demo image with this title, drawn the first time it is needed."""
    return stored_image(
        title, alt, credit, lambda: make_image(seed, motif, PALETTES[palette]), f"demo-{seed}-{motif}.jpg"
    )


def demo_scene(motif, palette, seed):
    """A drawn scene, titled by its subject ('Maasplassen met zeilboten, ochtend (3)') and described for alt text."""
    subject, alt = SUBJECTS[motif]
    return demo_image(f"{subject}, {TIMES[palette]} ({seed})", alt + " (illustratie)", motif, palette, seed)


def demo_portrait(name, seed):
    """A drawn portrait of a fictional person: clearly an illustration, never a likeness of anyone real."""
    return stored_image(
        f"Portret (illustratie): {name}",
        f"Getekend portret van {name}",
        "Illustratie: Regio demo, geen echte persoon",
        lambda: make_portrait(seed),
        f"portret-{seed}.jpg",
    )


class RegionLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def get_or_create(self, model, lookup, defaults):
        obj, created = model.objects.canonical().get_or_create(**lookup, defaults=defaults)
        self.created += created
        return obj, created

    @transaction.atomic
    def load(self):
        groups = self.load_vocabulary()
        facts = self.load_facts(groups)
        self.load_core_messages(facts)
        home = self.load_pages(facts)
        self.load_settings(home)
        self.log(f"Region: {self.created} objects created.")
        return home

    def load_vocabulary(self):
        groups = {}
        for order, (slug, name, label, intro) in enumerate(region.TARGET_GROUPS):
            groups[slug], _ = self.get_or_create(
                TargetGroup,
                {"slug": slug},
                {"name": name, "switcher_label": label, "intro": intro, "sort_order": order},
            )
        for order, (slug, name) in enumerate(region.THEMES):
            self.get_or_create(Theme, {"slug": slug}, {"name": name, "sort_order": order})
        for name, ranges in region.MUNICIPALITIES:
            municipality, created = self.get_or_create(Municipality, {"name": name}, {})
            if created:
                for start, end in ranges:
                    PostcodeRange.objects.create(municipality=municipality, start=start, end=end)
        return groups

    def load_facts(self, groups):
        themes = {theme.slug: theme for theme in Theme.objects.canonical()}
        today = timezone.localdate()
        facts = []
        for value, unit, label, (source, url), year, theme, group_slugs, review_days in FACTS:
            fact, created = self.get_or_create(
                Fact,
                {"label": label},
                {
                    "value": value,
                    "unit": unit,
                    "source_name": source,
                    "source_url": url,
                    "reference_year": year,
                    "theme": themes.get(theme),
                    "review_by": today + datetime.timedelta(days=review_days),
                },
            )
            if created:
                fact.target_groups.set([groups[slug] for slug in group_slugs])
            facts.append(fact)
        return facts

    def load_core_messages(self, facts):
        for order, (slug, title, summary, fact_numbers) in enumerate(region.CORE_MESSAGES):
            message, created = self.get_or_create(
                CoreMessage, {"slug": slug}, {"title": title, "summary": summary, "sort_order": order}
            )
            if created:
                message.facts.set([facts[n - 1] for n in fact_numbers])
                message.save()

    def load_pages(self, facts):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = HomePage.objects.first()
        if home is None:
            home = self.create_home(site, facts)
        story = RegionStoryPage.objects.child_of(home).first()
        if story is None:
            story = self.create_story(home, facts)
            home.region_story = story
            home.save_revision().publish()
        if not FactsPosterPage.objects.exists():
            poster = self.create_posters(home, story, facts)
            self.link_story_to_poster(story, poster)
        return home

    def create_home(self, site, facts):
        root = Page.get_first_root_node()
        hero = demo_image(
            "Maasvallei bij avond",
            "Vlak rivierlandschap van de Maasvallei met populieren en een kerktoren, bij avond (illustratie)",
            "valley",
            "dusk",
            1,
        )
        home = HomePage(
            title="Midden-Limburg",
            slug="midden-limburg",
            seo_title="Midden-Limburg: werken, leren en wonen met ruimte",
            hero_heading="Ruimte om te groeien",
            introduction="Werk met toekomst, opleidingen dichtbij en een leefomgeving die je elders niet vindt. Ontdek wat Midden-Limburg jou te bieden heeft.",
            hero_image=hero,
            hero_link_label="Ontdek ons verhaal",
            body=[
                {
                    "type": "facts_row",
                    "value": {
                        "heading": "Midden-Limburg in cijfers",
                        "facts": [facts[0].pk, facts[1].pk, facts[10].pk, facts[14].pk],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": "Ik reed elke dag anderhalf uur naar Eindhoven. Nu fiets ik in tien minuten naar een baan waar ik meer leer.",
                        "name": "Lotte Janssen",
                        "role": "engineer, terug in Weert sinds 2024",
                    },
                },
            ],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Midden-Limburg"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Midden-Limburg"
            )
        if (
            old_root
            and not isinstance(old_root.specific, HomePage)
            and old_root.depth == 2
            and not old_root.get_children().exists()
        ):
            old_root.delete()
        self.created += 1
        return home

    def create_story(self, home, facts):
        industry = demo_image(
            "Industrie aan de Maas",
            "Fabriek met opslagtanks en schoorstenen langs de Maas, bij zonsondergang (illustratie)",
            "industry",
            "evening",
            2,
        )
        city = demo_image(
            "Roermond met de kathedraal",
            "Binnenstad van Roermond met trapgevels en een kerk met twee torens aan de Maas (illustratie)",
            "town",
            "morning",
            3,
        )
        nature = demo_image(
            "De Groote Peel", "Paarse heide met berken en een ven in De Groote Peel (illustratie)", "heath", "day", 4
        )
        story = RegionStoryPage(
            title="Het verhaal van Midden-Limburg",
            slug="ons-verhaal",
            show_in_menus=True,
            introduction="Een regio van makers, tussen Maas en Peel, midden in Europa. Dit is wie we zijn, en waarom je hier je toekomst kunt bouwen.",
            hero_image=city,
            body=[
                {
                    # The figures come from the facts library: when a fact is updated, this text follows.
                    "type": "fact_text",
                    "value": {
                        "text": "<p>Midden-Limburg is de regio van Roermond, Weert en vijf gemeenten daaromheen. Hier wonen ruim {1} mensen, tussen de Maasplassen, de Peel en het Roerdal, met {2} water en natuur in de Maasplassen alleen. Het is een regio van aanpakkers: familiebedrijven die wereldspelers werden, boeren die hightech telers werden, en jongeren die hun eigen weg bouwen.</p>",
                        "facts": [facts[2].pk, facts[10].pk],
                    },
                },
                {"type": "heading", "value": {"text": "Een regio die werk zoekt: mensen", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>Tegelijk staat de regio voor een grote opgave. De bevolking vergrijst, jongeren vertrekken voor studie en blijven weg, en elke dag pendelen tienduizenden inwoners de regio uit. Ondertussen blijven vacatures in de zorg, de techniek en de logistiek open staan.</p>",
                },
                {
                    "type": "fact_text",
                    "value": {
                        "text": "<p>De cijfers laten zien hoe groot die opgave is: tot 2030 moeten werkgevers {1} vervangen door vergrijzing, terwijl {2} van de jongeren met een hbo- of wo-diploma vijf jaar later buiten de regio woont. Wie hier blijft of terugkomt, heeft de keuze: de werkloosheid is met {3} lager dan het Nederlands gemiddelde.</p>",
                        "facts": [facts[1].pk, facts[17].pk, facts[6].pk],
                    },
                },
                {"type": "fact", "value": {"fact": facts[0].pk}},
                {
                    "type": "image",
                    "value": {
                        "image": industry.pk,
                        "caption": "De maakindustrie is de ruggengraat van de regionale economie.",
                        "credit": "",
                    },
                },
                {"type": "heading", "value": {"text": "Drie redenen om te kiezen voor Midden-Limburg", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>Ons verhaal rust op drie boodschappen: een <b>innovatieve economie</b> met banen die groeien met de technologie, een <b>internationale ligging</b> midden in de Euregio, en een <b>inspirerende leefomgeving</b> met ruimte, natuur en cultuur. Onder elk van die boodschappen liggen feiten met een bron; je vindt ze hieronder.</p>",
                },
                {"type": "facts_row", "value": {"heading": "", "facts": [facts[4].pk, facts[7].pk, facts[28].pk]}},
                {
                    "type": "quote",
                    "value": {
                        "quote": "Wie hier een vak leert, heeft de keuze uit werkgevers. Dat zie je nergens anders zo.",
                        "name": "Ahmed el Idrissi",
                        "role": "docent werktuigbouwkunde, Gilde Opleidingen",
                    },
                },
                {
                    "type": "image",
                    "value": {
                        "image": nature.pk,
                        "caption": "Nationaal Park De Groote Peel: ruimte op tien minuten van je werk.",
                        "credit": "",
                    },
                },
            ],
        )
        home.add_child(instance=story)
        story.save_revision().publish()
        self.created += 1
        return story

    def create_posters(self, home, story, facts):
        posters = [
            (
                "Midden-Limburg in 12 feiten",
                "midden-limburg-in-feiten",
                "Wat de regio te bieden heeft, in twaalf cijfers met bron. Hang hem op in de klas, de kantine of het gemeentehuis.",
                [0, 1, 2, 4, 6, 7, 9, 10, 14, 17, 18, 28],
                "Ontdek meer op midden-limburg.example",
                story,
            ),
            (
                "Werken en leren in Midden-Limburg",
                "werken-en-leren-in-feiten",
                "De arbeidsmarkt in cijfers: waar de banen zijn en welke opleidingen erheen leiden.",
                [1, 5, 6, 8, 12, 13, 19, 20, 24, 28],
                "Vind je baan of opleiding op midden-limburg.example",
                home,
            ),
        ]
        created = []
        for number, (title, slug, intro, fact_indexes, cta, parent) in enumerate(posters):
            hero = demo_scene("wind" if number else "lakes", "day" if number else "morning", 10 + number)
            poster = FactsPosterPage(
                title=title,
                slug=slug,
                introduction=intro,
                call_to_action=cta,
                hero_image=hero,
                show_in_menus=False,  # linked from the home page; the menu stays on one line
            )
            for i in fact_indexes:
                poster.poster_facts.add(PosterFact(fact=facts[i]))
            parent.add_child(instance=poster)
            poster.save_revision().publish()
            self.created += 1
            created.append(poster)
        return created[0]

    def link_story_to_poster(self, story, poster):
        story = story.get_latest_revision_as_object()
        story.body.append(
            (
                "call_to_action",
                {
                    "heading": "Alle feiten op één poster",
                    "text": "Download de feitenposter voor in de klas, de kantine of de bibliotheek.",
                    "button_label": "Naar de feitenposter",
                    "page": poster,
                    "link_url": "",
                },
            )
        )
        story.save_revision().publish()

    def load_settings(self, home):
        site = Site.objects.get(root_page=home)
        regio = RegioSettings.for_site(site)
        if regio.region_name == RegioSettings._meta.get_field("region_name").default:
            regio.organisation_name = "Regio Midden-Limburg"
            regio.region_name = "Midden-Limburg"
            regio.tagline = "Ruimte om te groeien"
            regio.tagline_en, regio.tagline_de = "Room to grow", "Raum zum Wachsen"
            regio.primary_colour = "#0b5d4b"
            regio.secondary_colour = "#23265e"
            regio.accent_colour = "#f2b705"
            regio.contact_email = "info@midden-limburg.example"
            regio.address = "Stationsplein 1\n6041 GJ Roermond"
            regio.linkedin_url = "https://www.linkedin.com/company/midden-limburg-example"
            regio.instagram_url = "https://www.instagram.com/middenlimburg.example"
            regio.save()
            self.created += 1
        if regio.privacy_page_id is None:
            from home.demo.statements import create

            regio.privacy_page, regio.accessibility_page = create(home)
            regio.save()
