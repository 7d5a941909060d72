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


@transaction.atomic
def load(stdout=None):
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
