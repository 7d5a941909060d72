"""Demo events: the annual Regiodag (three past editions, one upcoming) and ten other events with registrations.

Idempotent: events are matched on their slug; registrations are only added to events that have none.
"""

import datetime
import itertools

from django.db import transaction
from django.utils import timezone

from careers.models import Organisation
from events.booking import origin_for
from events.demo_content import EVENT_COPY, EVENT_SCENES, REGIODAG, REGIODAG_LOOKING_BACK
from events.models import (
    EventIndexPage,
    EventPage,
    EventQuestion,
    EventSeries,
    Registration,
    Status,
)
from home.dates import add_years
from home.demo.loader import demo_image, demo_scene
from home.models import HomePage, TargetGroup, Theme

FIRST = [
    "Sanne",
    "Luuk",
    "Fleur",
    "Daan",
    "Noor",
    "Bram",
    "Lotte",
    "Thijs",
    "Eva",
    "Joris",
    "Iris",
    "Milan",
    "Anouk",
    "Ruben",
    "Femke",
    "Sem",
]
LAST = ["Janssen", "Peeters", "Smeets", "Hendriks", "Willems", "Geurts", "Coenen", "Vossen", "Houben", "Driessen"]
POSTCODES = [
    "6041 AB",
    "6001 KL",
    "6031 RK",
    "6081 NL",
    "6051 AA",
    "6101 WX",
    "6061 CG",
    "5911 AA",
    "6211 LE",
    "3511 AB",
    "1012 JS",
    "6043 CV",
    "6002 SM",
]
# slug, title, days from today, start hour, hours, kind, capacity, waiting list, organiser, groups, themes, registrations
EVENTS = [
    (
        "banenmarkt-zorg-en-welzijn",
        "Banenmarkt zorg en welzijn",
        18,
        15,
        4,
        "venue",
        150,
        True,
        "Laurentius Zorggroep",
        ["werkzoekenden", "young-professionals"],
        ["zorg"],
        60,
    ),
    (
        "open-bedrijvendag-maakindustrie",
        "Open bedrijvendag maakindustrie",
        32,
        10,
        6,
        "venue",
        80,
        True,
        "Techniekhuis Leudal",
        ["scholieren-en-studenten", "werkzoekenden"],
        ["maakindustrie"],
        80,
    ),
    (
        "webinar-werken-in-smart-services",
        "Webinar: werken in smart services",
        9,
        19,
        1,
        "online",
        None,
        False,
        "Smart Region Labs",
        ["young-professionals", "uitpendelaars"],
        ["smart-services"],
        40,
    ),
    (
        "talent-thuiskomavond",
        "Talent-thuiskomavond",
        36,
        19,
        3,
        "venue",
        120,
        True,
        None,
        ["young-professionals", "uitpendelaars"],
        ["wonen-en-leefomgeving"],
        45,
    ),
    (
        "stagemarkt-gilde",
        "Stagemarkt Gilde Opleidingen",
        50,
        13,
        4,
        "venue",
        200,
        False,
        "Gilde Opleidingen",
        ["scholieren-en-studenten"],
        ["onderwijs"],
        30,
    ),
    (
        "logistiek-achter-de-schermen",
        "Logistiek achter de schermen",
        60,
        14,
        3,
        "venue",
        40,
        True,
        "Roerdal Logistics",
        ["scholieren-en-studenten", "werkzoekenden"],
        ["logistiek"],
        48,
    ),
    (
        "webinar-wonen-in-midden-limburg",
        "Webinar: wonen in Midden-Limburg",
        24,
        20,
        1,
        "mixed",
        None,
        False,
        None,
        ["uitpendelaars", "young-professionals"],
        ["wonen-en-leefomgeving"],
        25,
    ),
    (
        "banenmarkt-techniek-2026",
        "Banenmarkt techniek",
        -40,
        15,
        4,
        "venue",
        150,
        True,
        "Metaalwerken Echt",
        ["werkzoekenden"],
        ["maakindustrie"],
        90,
    ),
    (
        "open-dag-chemie-2026",
        "Open dag chemie",
        -75,
        10,
        5,
        "venue",
        100,
        True,
        "Maasvallei Chemie",
        ["scholieren-en-studenten", "inwoners"],
        ["chemie-en-materialen"],
        70,
    ),
    (
        "zomerbanenmarkt-2026",
        "Zomerbanenmarkt vrije tijd",
        -150,
        13,
        4,
        "venue",
        None,
        False,
        "Maasplassen Resort",
        ["werkzoekenden", "inwoners"],
        ["vrijetijdseconomie"],
        55,
    ),
]


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = EventIndexPage(
            title="Evenementen",
            slug="evenementen",
            show_in_menus=True,
            introduction="Banenmarkten, open bedrijvendagen, webinars en de jaarlijkse Regiodag: kom kijken wat Midden-Limburg te bieden heeft.",
            hero_image=demo_image(
                "Evenementen in de regio",
                "Tenten, lichtslingers en een menigte op een plein tussen oude huizen (illustratie)",
                "festival",
                "evening",
                51,
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    vocab = {
        "groups": {g.slug: g for g in TargetGroup.objects.canonical()},
        "themes": {t.slug: t for t in Theme.objects.canonical()},
        "organisations": {o.name: o for o in Organisation.objects.canonical()},
    }
    today = timezone.localdate()
    series, _created = EventSeries.objects.get_or_create(
        name="Regiodag",
        defaults={"description": "De jaarlijkse dag waarop Midden-Limburg laat zien wat het te bieden heeft."},
    )
    created = 0
    for years_ago in (3, 2, 1, 0):
        day = add_years(today, -years_ago) + datetime.timedelta(days=45 if years_ago == 0 else -20)
        title = f"Regiodag {day.year}"
        created += _event(
            index,
            vocab,
            f"regiodag-{day.year}",
            title,
            day,
            10,
            7,
            "venue",
            300,
            True,
            None,
            ["inwoners", "werkzoekenden", "scholieren-en-studenten", "uitpendelaars"],
            ["wonen-en-leefomgeving", "maakindustrie"],
            0 if years_ago == 0 else 180,
            series=series,
            number=years_ago,
        )
    for number, row in enumerate(EVENTS):
        slug, title, days, hour, hours, kind, capacity, waiting, organiser, groups, themes, count = row
        created += _event(
            index,
            vocab,
            slug,
            title,
            today + datetime.timedelta(days=days),
            hour,
            hours,
            kind,
            capacity,
            waiting,
            organiser,
            groups,
            themes,
            count,
            number=number + 10,
        )
    if stdout:
        stdout.write(f"Events: {created} pages created; {Registration.objects.count()} registrations in total.")


def _event(
    index,
    vocab,
    slug,
    title,
    day,
    hour,
    hours,
    kind,
    capacity,
    waiting,
    organiser,
    groups,
    themes,
    count,
    series=None,
    number=0,
):
    if EventPage.objects.filter(slug=slug).exists():
        return 0
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)
    venue = kind in ("venue", "mixed")
    introduction, paragraphs, venue_name, address = REGIODAG if series else EVENT_COPY[slug]
    if series and day < timezone.localdate():  # a past edition looks back
        introduction = REGIODAG_LOOKING_BACK[number % len(REGIODAG_LOOKING_BACK)].format(year=day.year)
    event = EventPage(
        title=title,
        slug=slug,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        introduction=introduction,
        venue_name=venue_name if venue else "",
        address=address if venue else "",
        online_url="https://example.org/live" if kind != "venue" else "",
        organiser=vocab["organisations"].get(organiser),
        capacity=capacity,
        waiting_list=waiting,
        series=series,
        registration_closes=start - datetime.timedelta(hours=2),
        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
        hero_image=demo_scene(
            "festival" if series else EVENT_SCENES[slug], ["evening", "day", "morning", "dusk"][number % 4], 60 + number
        ),
    )
    event.target_groups = [vocab["groups"][g] for g in groups if g in vocab["groups"]]
    event.themes = [vocab["themes"][t] for t in themes if t in vocab["themes"]]
    index.add_child(instance=event)
    EventQuestion.objects.create(
        event=event,
        label="Hoe heb je van dit evenement gehoord?",
        choices="Social media\nSchool of opleiding\nVrienden of familie\nKrant of radio",
    )
    event.save_revision().publish()
    _registrations(event, vocab, count, number)
    return 1


def _registrations(event, vocab, count, number):
    groups = list(vocab["groups"].values())
    now = timezone.now()
    past = event.end < now
    old = event.end < now - datetime.timedelta(days=30)
    names = itertools.cycle(itertools.product(FIRST, LAST))
    rows = []
    for n in range(count):
        first, last = next(names)
        postcode = POSTCODES[(n * 7 + number) % len(POSTCODES)]
        abroad = n % 17 == 5
        if event.capacity and n >= event.capacity:
            status = Status.WAITING
        elif past:
            status = Status.ATTENDED if n % 5 else Status.CONFIRMED
        else:
            status = Status.CANCELLED if n % 19 == 7 else Status.CONFIRMED
        created = min(now, event.start) - datetime.timedelta(days=30 - n % 25, hours=n)
        rows.append(
            Registration(
                event=event,
                name="" if old else f"{first} {last}",
                email="" if old else f"{first}.{last}.{number}.{n}@example.org".lower(),
                postcode="" if old else ("" if abroad else postcode),
                target_group=groups[(n * 3 + number) % len(groups)],
                origin=origin_for("", True) if abroad else origin_for(postcode),
                status=status,
                answers={}
                if old
                else {
                    "Hoe heb je van dit evenement gehoord?": [
                        "Social media",
                        "School of opleiding",
                        "Vrienden of familie",
                    ][n % 3]
                },
                created_at=created,
                consent_at=created,
                status_changed_at=created,
                anonymised_at=now if old else None,
            )
        )
    Registration.objects.bulk_create(rows)
