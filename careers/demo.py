"""Demo careers: 15 organisations, the sample partner feed, generated careers and 4 pathways.

Idempotent: organisations and pathways are only added when missing, and the
careers go through the importer, which leaves unchanged rows alone.
"""

import datetime
import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.db import transaction
from django.utils import timezone

from careers.demo_content import (
    GROUPS_FOR_KIND,
    OFFERS,
    ORGANISATIONS,
    PATHWAYS,
    ROLE_COPY,
    ROLES,
    STUDY_COPY,
    STUDY_ROUTES,
)
from careers.importer import import_rows, read_feed
from careers.models import ApplyClick, CareerIndexPage, CareerPage, CareerPathwayPage, Organisation
from home.demo.loader import demo_scene, stored_image
from home.models import HomePage, Municipality, Theme

FEATURED = ["demo-001", "demo-006", "demo-019"]
SAMPLE_FEED = Path(__file__).parent / "samples" / "partner_feed.csv"
LOGO_COLOURS = ["#0b5d4b", "#2b2d6e", "#a0361c", "#7a2e5c", "#1f6f8b", "#6b5b12"]
PATHWAY_SCENES = {
    "zorg": "care",
    "maakindustrie": "workshop",
    "logistiek": "logistics",
    "chemie-en-materialen": "industry",
    "smart-services": "campus",
}
REQUIREMENTS = {
    "vacature": "Een diploma op niveau {level}, of ervaring die daarbij past. Zin om te leren weegt zwaarder dan je cv.",
    "stage": "Je volgt een opleiding op niveau {level} en zoekt een stageplek voor minstens twintig weken.",
    "traineeship": "Een afgeronde opleiding op niveau {level}, nieuwsgierigheid en goed Engels.",
    "werkleerplek": "Je wilt een opleiding op niveau {level} volgen; een vooropleiding in het vak is niet nodig.",
}
POSTCODES = {
    "Roermond": "6041",
    "Weert": "6001",
    "Nederweert": "6031",
    "Leudal": "6081",
    "Maasgouw": "6051",
    "Echt-Susteren": "6101",
    "Roerdalen": "6061",
}


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    index = CareerIndexPage.objects.child_of(home).first()
    if index is None:
        index = CareerIndexPage(
            title="Werken en leren",
            slug="werken-en-leren",
            show_in_menus=True,
            introduction="Vacatures, stages, traineeships, leerwerkplekken en opleidingen in Midden-Limburg. "
            "Zoek, filter en bewaar je zoekopdracht als vacaturealert.",
            hero_image=demo_scene("workshop", "day", 31),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    if home.hero_link_id is None:  # the home page's call to action leads to work and study
        home.hero_link, home.hero_link_label = index, "Ontdek werk en opleidingen"
        home.save_revision().publish()
    _organisations()
    today = timezone.localdate()
    feed = read_feed(SAMPLE_FEED.read_bytes(), SAMPLE_FEED.name)
    # The sample feed's dates are fixed; the demo keeps them current.
    for number, (_line, row) in enumerate(feed):
        row["date_posted"] = (today - datetime.timedelta(days=number * 2)).isoformat()
        row["valid_through"] = (today + datetime.timedelta(days=30 + number * 3)).isoformat()
    results = [
        import_rows(feed, index, "werkgeversfeed"),
        import_rows(list(enumerate(generated_rows(today), start=1)), index, "regio-demo"),
    ]
    CareerPage.objects.filter(external_source="regio-demo", external_id__in=FEATURED).update(featured=True)
    _pathways(index)
    _clicks()
    if stdout:
        created = sum(result.created for result in results)
        failed = sum(len(result.failed) for result in results)
        stdout.write(f"Careers: {created} pages created, {failed} failed; {CareerPage.objects.count()} in total.")


def _logo(name, number):
    colour = LOGO_COLOURS[number % len(LOGO_COLOURS)]

    def draw():
        canvas = PILImage.new("RGB", (480, 240), "white")
        pen = ImageDraw.Draw(canvas)
        pen.rounded_rectangle((10, 40, 170, 200), radius=36, fill=colour)
        initials = "".join(word[0] for word in name.split()[:2]).upper()
        pen.text((90, 120), initials, fill="white", font=ImageFont.load_default(size=72), anchor="mm")
        pen.text((190, 120), name.split()[0], fill=colour, font=ImageFont.load_default(size=44), anchor="lm")
        buffer = io.BytesIO()
        canvas.save(buffer, "PNG")
        return buffer.getvalue()

    return stored_image(f"Logo {name}", f"Logo van {name}", "Illustratie: Regio demo", draw, f"logo-{number}.png")


def _organisations():
    themes = {theme.slug: theme for theme in Theme.objects.canonical()}
    municipalities = {m.name: m for m in Municipality.objects.canonical()}
    for number, (name, sector, municipality, website, description) in enumerate(ORGANISATIONS):
        if not Organisation.objects.canonical().filter(name=name).exists():
            Organisation.objects.create(
                name=name,
                sector=themes.get(sector),
                municipality=municipalities.get(municipality),
                website=website,
                description=description,
                logo=_logo(name, number),
            )


def generated_rows(today):
    """Careers built from the role templates, spread over organisations, municipalities and dates."""
    organisations, descriptions = {}, {}
    for name, sector, municipality, _website, description in ORGANISATIONS:
        organisations.setdefault(sector, []).append((name, municipality))
        descriptions[name] = description
    rows, number = [], 0
    for sector, roles in ROLES.items():
        for position, (title, kind, level, h_min, h_max, contract, s_min, s_max, unit, english) in enumerate(roles):
            number += 1
            organisation, municipality = organisations[sector][position % len(organisations[sector])]
            # Every eleventh career closed recently, to show how closed careers look.
            closed = number % 11 == 0
            rows.append(
                {
                    "external_id": f"demo-{number:03d}",
                    "title": title,
                    "organisation": organisation,
                    "kind": kind,
                    "sector": sector,
                    "education_level": level,
                    "hours_min": h_min,
                    "hours_max": h_max,
                    "contract": contract,
                    "municipality": municipality,
                    "postal_code": f"{POSTCODES[municipality]} AA",
                    "salary_min": s_min,
                    "salary_max": s_max,
                    "salary_unit": unit,
                    "introduction": ROLE_COPY[title][0],
                    "description": f"{ROLE_COPY[title][1]}\n\nOver {organisation}: {descriptions[organisation]}\n\n"
                    f"{OFFERS[number % len(OFFERS)]}",
                    "requirements": REQUIREMENTS[kind].format(level=level),
                    "apply_url": f"https://example.org/vacatures/demo-{number:03d}",
                    "date_posted": (
                        today - datetime.timedelta(days=(number * 3) % 40 + (60 if closed else 0))
                    ).isoformat(),
                    "valid_through": (
                        today - datetime.timedelta(days=3)
                        if closed
                        else today + datetime.timedelta(days=20 + (number * 7) % 90)
                    ).isoformat(),
                    "english_friendly": "ja" if english else "nee",
                    "target_groups": GROUPS_FOR_KIND[kind],
                }
            )
    for title, sector, level, school, municipality in STUDY_ROUTES:
        number += 1
        rows.append(
            {
                "external_id": f"demo-{number:03d}",
                "title": title,
                "organisation": school,
                "kind": "opleiding",
                "sector": sector,
                "education_level": level,
                "contract": "geen",
                "municipality": municipality,
                "introduction": STUDY_COPY[title][0],
                "description": f"{STUDY_COPY[title][1]}\n\nAanbieder: {school}.",
                "apply_url": f"https://example.org/opleidingen/demo-{number:03d}",
                "date_posted": (today - datetime.timedelta(days=number % 30)).isoformat(),
                "valid_through": (today + datetime.timedelta(days=120)).isoformat(),
                "english_friendly": "nee",
                "target_groups": GROUPS_FOR_KIND["opleiding"],
            }
        )
    return rows


def _pathways(index):
    themes = {theme.slug: theme for theme in Theme.objects.canonical()}
    for number, (sector, title, introduction, routes) in enumerate(PATHWAYS):
        if CareerPathwayPage.objects.filter(sector__slug=sector).exists():
            continue
        pathway = CareerPathwayPage(
            title=title,
            sector=themes[sector],
            introduction=introduction,
            hero_image=demo_scene(
                PATHWAY_SCENES.get(sector, "campus"), ["day", "evening", "morning", "dusk"][number % 4], 40 + number
            ),
            routes=[
                (
                    "route",
                    {
                        "name": name,
                        "level": level,
                        "school": school,
                        "location": location,
                        "duration": duration,
                        "description": description,
                        "url": "",
                    },
                )
                for name, level, school, location, duration, description in routes
            ],
        )
        index.add_child(instance=pathway)
        pathway.save_revision().publish()


def _clicks():
    """A few weeks of apply clicks, so the dashboard shows what draws interest."""
    if ApplyClick.objects.exists():
        return
    now = timezone.now()
    careers = list(CareerPage.objects.order_by("pk")[:24])
    ApplyClick.objects.bulk_create(
        ApplyClick(career=career, clicked_at=now - datetime.timedelta(days=(n * 5 + k) % 28, hours=k))
        for n, career in enumerate(careers)
        for k in range((n * 7) % 9 + 1)
    )
