"""Demo partners and three months of their widgets' reach. Idempotent: nothing is added when they exist."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from partners.models import NewsletterIntro, Partner, PartnerKind, Widget, WidgetStat

PARTNERS = [
    # code, name, kind, website, hosts, {widget: views a day}
    (
        "gemeente-roermond",
        "Gemeente Roermond",
        PartnerKind.MUNICIPALITY,
        "https://www.roermond.nl",
        "www.roermond.nl",
        {Widget.VACANCIES: 60, Widget.EVENTS: 35},
    ),
    (
        "gilde-opleidingen",
        "Gilde Opleidingen",
        PartnerKind.SCHOOL,
        "https://www.gildeopleidingen.nl",
        "",
        {Widget.STORIES: 25},
    ),
    (
        "dagblad-de-limburger",
        "Dagblad De Limburger",
        PartnerKind.MEDIA,
        "https://www.limburger.nl",
        "",
        {Widget.FACT: 140, Widget.EVENTS: 40},
    ),
    ("vdl-nedcar", "VDL Nedcar", PartnerKind.EMPLOYER, "https://www.vdlnedcar.nl", "", {Widget.VACANCIES: 20}),
]
DAYS = 90


def load(stdout=None):
    load_partners(stdout)
    load_press_kit(stdout)


@transaction.atomic
def load_partners(stdout=None):
    if Partner.objects.filter(slug=PARTNERS[0][0]).exists():
        return
    rng = random.Random(16)
    today = timezone.localdate()
    stats = []
    for code, name, kind, website, hosts, widgets in PARTNERS:
        Partner.objects.create(slug=code, name=name, kind=kind, website=website, embed_domains=hosts)
        for widget, per_day in widgets.items():
            for days_ago in range(1, DAYS + 1):
                views = max(0, int(rng.gauss(per_day, per_day / 4)))
                clicks = sum(rng.random() < 0.045 for _view in range(views))
                day = today - datetime.timedelta(days=days_ago)
                stats.append(WidgetStat(day=day, partner=code, widget=widget, views=views, clicks=clicks))
    WidgetStat.objects.bulk_create(stats, batch_size=1000)
    NewsletterIntro.objects.get_or_create(
        week_of=today - datetime.timedelta(days=today.weekday()),
        defaults={
            "intro": "Deze week: de Banenmarkt Zorg en Welzijn komt eraan, en twee oud-inwoners vertellen waarom ze "
            "terugkwamen naar Midden-Limburg.",
            "intro_en": "This week: the healthcare job fair is coming up, and two former residents tell why they "
            "came back to Midden-Limburg.",
        },
    )
    if stdout:
        stdout.write(f"Partners: {len(PARTNERS)} partners, {len(stats)} days of widget figures.")


RELEASES = [
    (
        "Regiodag 2027: 40 werkgevers op één plein in Roermond",
        "regiodag-2027",
        12,
        "Op zaterdag 17 april presenteren veertig werkgevers uit Midden-Limburg zich op de Markt in Roermond: "
        "van procesoperator tot verpleegkundige.",
        "De regio zoekt de komende vijf jaar ruim 10.000 mensen voor werk in zorg, logistiek, chemie en techniek. "
        "Op de Regiodag laten werkgevers, scholen en ambassadeurs zien wat hier kan: proeflessen, rondleidingen "
        "en gesprekken met mensen die de stap al maakten.",
    ),
    (
        "25 interviews in één jaar: het verhaal van Midden-Limburg in eigen woorden",
        "25-interviews-in-een-jaar",
        40,
        "De regioambassadeur sprak dit jaar 25 mensen die in Midden-Limburg wonen, werken, leren of terugkwamen.",
        "Uit de gesprekken komt een duidelijk beeld: ruimte, korte afstanden en werk met perspectief. Alle interviews "
        "staan op de site en mogen door media en partners worden overgenomen, met bronvermelding.",
    ),
]
ASSETS = [
    # title, kind, motif, palette, seed, tier, credit
    ("Beeldmerk en logo (kleur)", "logo", None, None, None, "not_political", ""),
    ("Maasplassen met zeilboten", "photo", "lakes", "morning", 301, "editorial", "Illustratie: Regio demo"),
    ("Binnenstad aan de Maas", "photo", "town", "evening", 302, "partners", "Illustratie: Regio demo"),
    ("Maasvallei met populieren", "photo", "valley", "day", 303, "editorial", "Illustratie: Regio demo"),
]


@transaction.atomic
def load_press_kit(stdout=None):
    """A press page with the press contact, four brand assets and two press releases."""
    from wagtail.images import get_image_model
    from wagtail.models import Locale

    from home.demo.loader import demo_image
    from home.models import HomePage, RegioSettings
    from partners.models import BrandAsset, PressKitPage, PressReleasePage

    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None or PressKitPage.objects.exists():
        return
    kit = PressKitPage(
        title="Pers en merk",
        slug="pers",
        introduction="Nieuws, beeld en feiten over Midden-Limburg voor journalisten en partners.",
        contact_name="Persvoorlichting Regio Midden-Limburg",
        contact_role="Team communicatie",
        contact_email="pers@midden-limburg.example",
        contact_phone="077 000 00 00",
        brand_text="Gebruik de naam Midden-Limburg voluit. Het logo staat altijd op een rustige achtergrond, met "
        "ruimte eromheen; verander de kleuren niet.",
    )
    home.add_child(instance=kit)
    logo = RegioSettings.objects.filter(logo__isnull=False).values_list("logo", flat=True).first()
    for order, (title, kind, motif, palette, seed, tier, credit) in enumerate(ASSETS):
        if motif:
            image = demo_image(title, title + " (illustratie)", motif, palette, seed, credit)
        elif logo:
            image = get_image_model().objects.get(pk=logo)
        else:
            image = demo_image(title, "Beeldmerk van de regio", "valley", "dusk", 300)
        BrandAsset.objects.create(
            page=kit, sort_order=order, title=title, kind=kind, image=image, tier=tier, credit=credit
        )
    kit.save_revision().publish()
    today = timezone.localdate()
    for title, slug, days_ago, intro, text in RELEASES:
        release = PressReleasePage(
            title=title,
            slug=slug,
            introduction=intro,
            date=today - datetime.timedelta(days=days_ago),
            body=[("paragraph", f"<p>{text}</p>")],
        )
        kit.add_child(instance=release)
        release.save_revision().publish()
    if stdout:
        stdout.write(f"Press kit: {len(ASSETS)} brand assets, {len(RELEASES)} press releases.")
