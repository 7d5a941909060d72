"""Demo ambassadors: one employed, one volunteer, a year of interviews and activities. Idempotent.

Their logins (and the editor's) get the demo password from ``load_demo --admin``:
``logins(password)`` below.
"""

import contextlib
import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from ambassadors import review
from ambassadors.choices import ActivityKind, Engagement, Medium
from ambassadors.models import Activity, Ambassador, AmbassadorIndexPage
from ambassadors.roles import AMBASSADOR_GROUP, STAFF_GROUP
from ambassadors.views import create_interview
from home.demo.loader import demo_portrait, demo_scene
from home.models import HomePage, Municipality, TargetGroup, Theme

# username, first name, last name, e-mail, group
LOGINS = [
    ("sanne", "Sanne", "Peeters", "sanne@midden-limburg.example", AMBASSADOR_GROUP),
    ("joris", "Joris", "Hendriks", "joris@midden-limburg.example", AMBASSADOR_GROUP),
    ("redactie", "Eva", "Smeets", "redactie@midden-limburg.example", STAFF_GROUP),
]

AMBASSADORS = [
    # username, name, engagement, municipality, themes, bio, own target
    (
        "sanne",
        "Sanne Peeters",
        Engagement.EMPLOYED,
        "Roermond",
        ["maakindustrie", "chemie-en-materialen", "onderwijs"],
        "Sanne is de regio-ambassadeur van Midden-Limburg. Ze interviewt mensen die hier wonen, leren en werken, "
        "en vertelt op scholen en beurzen waarom je hier kunt groeien.",
        None,
    ),
    (
        "joris",
        "Joris Hendriks",
        Engagement.VOLUNTEER,
        "Weert",
        ["logistiek", "vrijetijdseconomie"],
        "Joris keerde na tien jaar Eindhoven terug naar Weert. Als vrijwillig ambassadeur spreekt hij "
        "jonge professionals die twijfelen over terugkomen.",
        10,
    ),
]

# days ago, name, role, organisation, municipality, speaks for, state
# state: published, review, changes, consent (link pending), draft
NEW_INTERVIEWS = {
    "sanne": [
        (330, "Mark Vossen", "operator", "Maasvallei Chemie", "Echt-Susteren", "werkzoekenden", "published"),
        (
            300,
            "Fatima El Idrissi",
            "verpleegkundige",
            "Laurentius Ziekenhuis",
            "Roermond",
            "werkzoekenden",
            "published",
        ),
        (
            270,
            "Tim Geurts",
            "student werktuigbouwkunde",
            "Gilde Opleidingen",
            "Roermond",
            "scholieren-en-studenten",
            "published",
        ),
        (240, "Anouk Linders", "logistiek planner", "Venlo Logistics", "Leudal", "young-professionals", "published"),
        (210, "Bas Crijns", "docent techniek", "Connect College", "Echt-Susteren", "scholieren-en-studenten", "draft"),
        (180, "Iris Moonen", "ondernemer", "Bakkerij Moonen", "Maasgouw", "young-professionals", "published"),
        (150, "Luuk Janssen", "monteur", "Windpark Maasgouw", "Maasgouw", "werkzoekenden", "draft"),
        (120, "Noor Hermans", "data-analist", "Smart Services Campus", "Roermond", "young-professionals", "published"),
        (90, "Pieter Lemmen", "boer", "Lemmen Akkerbouw", "Leudal", "werkzoekenden", "draft"),
        (60, "Sofie Kessels", "zorgassistent", "Zorggroep Roerdalen", "Roerdalen", "werkzoekenden", "changes"),
        (35, "Daan Peters", "procesoperator", "Maasvallei Chemie", "Roermond", "werkzoekenden", "review"),
        (
            20,
            "Lisa Wouters",
            "student verpleegkunde",
            "Gilde Opleidingen",
            "Weert",
            "scholieren-en-studenten",
            "review",
        ),
        (8, "Yusuf Demir", "lasser", "Staalbouw Nederweert", "Nederweert", "werkzoekenden", "consent"),
        (2, "Emma Smeets", "leerling havo 5", "Het College Weert", "Weert", "scholieren-en-studenten", "draft"),
    ],
    "joris": [
        (
            280,
            "Ruben Dirks",
            "software engineer",
            "Brightlands Smart Services",
            "Weert",
            "young-professionals",
            "published",
        ),
        (200, "Kim Verheijen", "teamleider", "Weert Logistics", "Weert", "young-professionals", "published"),
        (
            140,
            "Sander Bos",
            "recreatieondernemer",
            "Maasplassen Watersport",
            "Maasgouw",
            "young-professionals",
            "draft",
        ),
        (70, "Laura Coenen", "HR-adviseur", "Kempen Zorg", "Nederweert", "werkgevers", "review"),
        (15, "Thijs Maas", "terugkeerder", "Gemeente Weert", "Weert", "young-professionals", "draft"),
    ],
}

QUOTES = [
    "Hier ken je je collega's nog bij naam, en je ziet wat je werk oplevert.",
    "Ik dacht dat ik weg moest om verder te komen. Het omgekeerde bleek waar.",
    "Binnen tien minuten sta ik in de natuur, en toch werk ik aan de technologie van morgen.",
]

# days ago, kind, title, place, audience, reach, outlet, medium, url
ACTIVITIES = {
    "sanne": [
        (
            340,
            ActivityKind.MEDIA,
            "Interview over de regiocampagne",
            "",
            "inwoners",
            45000,
            "De Limburger",
            Medium.NEWSPAPER,
            "https://www.limburger.nl/",
        ),
        (
            320,
            ActivityKind.SCHOOL_VISIT,
            "Gastles 'Werken in de regio'",
            "Connect College, Echt",
            "scholieren-en-studenten",
            120,
            "",
            "",
            "",
        ),
        (
            300,
            ActivityKind.FAIR,
            "Stand op de Banenmarkt Roermond",
            "ECI Cultuurfabriek, Roermond",
            "werkzoekenden",
            800,
            "",
            "",
            "",
        ),
        (
            280,
            ActivityKind.MEDIA,
            "Te gast in 'Limburg Vandaag'",
            "",
            "inwoners",
            30000,
            "L1 Radio",
            Medium.RADIO,
            "https://l1.nl/",
        ),
        (
            250,
            ActivityKind.PRESENTATION,
            "Presentatie voor ondernemersvereniging",
            "Roermond",
            "werkgevers",
            60,
            "",
            "",
            "",
        ),
        (
            230,
            ActivityKind.MEDIA,
            "Reportage over terugkeerders",
            "",
            "young-professionals",
            80000,
            "L1 Nieuws",
            Medium.TV,
            "https://l1.nl/nieuws/",
        ),
        (
            200,
            ActivityKind.SCHOOL_VISIT,
            "Loopbaanmiddag havo 4",
            "Het College Weert",
            "scholieren-en-studenten",
            150,
            "",
            "",
            "",
        ),
        (
            180,
            ActivityKind.MEDIA,
            "Column 'Waarom ik hier blijf'",
            "",
            "inwoners",
            12000,
            "Roermond Nieuws",
            Medium.ONLINE,
            "https://www.example.org/roermond-nieuws/column",
        ),
        (
            160,
            ActivityKind.NETWORK,
            "Netwerkontbijt Brightlands",
            "Brightlands Campus Greenport, Venlo",
            "werkgevers",
            40,
            "",
            "",
            "",
        ),
        (
            140,
            ActivityKind.MEDIA,
            "Podcast 'Limburg Werkt' aflevering 12",
            "",
            "young-professionals",
            3500,
            "Limburg Werkt",
            Medium.PODCAST,
            "https://www.example.org/limburg-werkt/12",
        ),
        (
            110,
            ActivityKind.FAIR,
            "Open dag Gilde Opleidingen",
            "Gilde Opleidingen, Roermond",
            "scholieren-en-studenten",
            600,
            "",
            "",
            "",
        ),
        (
            90,
            ActivityKind.MEDIA,
            "Artikel over zorgbanen",
            "",
            "werkzoekenden",
            40000,
            "De Limburger",
            Medium.NEWSPAPER,
            "https://www.limburger.nl/regio",
        ),
        (
            60,
            ActivityKind.SCHOOL_VISIT,
            "Techniekdag groep 8",
            "Basisschool De Horst, Leudal",
            "scholieren-en-studenten",
            90,
            "",
            "",
            "",
        ),
        (
            40,
            ActivityKind.MEDIA,
            "Live-interview over de Banenmarkt",
            "",
            "werkzoekenden",
            25000,
            "ESTO Radio",
            Medium.RADIO,
            "https://www.example.org/esto",
        ),
        (20, ActivityKind.PRESENTATION, "Pitch bij de gemeenteraad", "Stadhuis Roermond", "inwoners", 35, "", "", ""),
        (
            5,
            ActivityKind.MEDIA,
            "Video 'Een dag met de ambassadeur'",
            "",
            "young-professionals",
            9000,
            "Instagram Midden-Limburg",
            Medium.ONLINE,
            "https://www.example.org/instagram",
        ),
    ],
    "joris": [
        (260, ActivityKind.NETWORK, "Borrel voor terugkeerders", "Weert", "young-professionals", 45, "", "", ""),
        (
            190,
            ActivityKind.MEDIA,
            "Interview 'Terug naar Weert'",
            "",
            "young-professionals",
            15000,
            "Weerter Nieuws",
            Medium.NEWSPAPER,
            "https://www.example.org/weerter-nieuws",
        ),
        (
            120,
            ActivityKind.PRESENTATION,
            "Talk op Young Professionals Day",
            "Roermond",
            "young-professionals",
            200,
            "",
            "",
            "",
        ),
        (
            75,
            ActivityKind.MEDIA,
            "Gast in podcast 'Thuis in Limburg'",
            "",
            "young-professionals",
            2500,
            "Thuis in Limburg",
            Medium.PODCAST,
            "https://www.example.org/thuis-in-limburg",
        ),
        (30, ActivityKind.FAIR, "Stand op de Weerter Beurs", "Weert", "inwoners", 500, "", "", ""),
        (10, ActivityKind.OTHER, "Rondleiding voor nieuwe inwoners", "Weert", "inwoners", 25, "", "", ""),
    ],
}


@contextlib.contextmanager
def quiet_review_mails():
    """The demo plays a year of reviews; nobody needs those mails."""
    from wagtail.signals import task_rejected, workflow_approved, workflow_submitted

    pairs = [
        (workflow_submitted, review.on_submitted, "regio-workflow-submitted"),
        (task_rejected, review.on_changes_requested, "regio-task-rejected"),
        (workflow_approved, review.on_approved, "regio-workflow-approved"),
    ]
    for signal, handler, uid in pairs:
        signal.disconnect(handler, dispatch_uid=uid)
    try:
        yield
    finally:
        for signal, handler, uid in pairs:
            signal.connect(handler, dispatch_uid=uid)


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    from stories.models import StoryIndexPage

    index = StoryIndexPage.objects.child_of(home).first()
    users = {row[0]: _user(*row) for row in LOGINS}
    if not AmbassadorIndexPage.objects.exists():
        page = AmbassadorIndexPage(
            title="Ambassadeurs",
            slug="ambassadeurs",
            show_in_menus=True,
            introduction="Zij vertellen het verhaal van Midden-Limburg: op scholen, op beurzen, in de media en in "
            "gesprekken met de mensen die hier wonen en werken.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    created = 0
    with quiet_review_mails():
        for username, name, engagement, municipality, themes, bio, target in AMBASSADORS:
            if Ambassador.objects.filter(name=name).exists():
                continue
            ambassador = Ambassador(
                user=users[username],
                name=name,
                engagement=engagement,
                municipality=Municipality.objects.canonical().filter(name=municipality).first(),
                bio=bio,
                yearly_target=target,
                active_from=timezone.localdate() - datetime.timedelta(days=700 if target is None else 400),
                photo=demo_portrait(name, 300 + len(name)),
            )
            ambassador.save()
            ambassador.themes.set(Theme.objects.canonical().filter(slug__in=themes))
            if username == "sanne":
                link_existing_interviews(ambassador)
            if index is not None:
                created += add_interviews(index, ambassador, users[username], users["redactie"], username)
            add_activities(ambassador, users["redactie"], ACTIVITIES[username])
    if stdout:
        stdout.write(f"Ambassadors: {created} interviews logged.")


def _user(username, first, last, email, group):
    User = get_user_model()
    user, made = User.objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last, "email": email}
    )
    if made:
        user.set_unusable_password()
        user.save()
    group = Group.objects.filter(name=group).first()
    if group is not None:
        user.groups.add(group)
    return user


def logins(password, stdout=None):
    """Give the demo logins a password (``load_demo --admin``); returns their usernames."""
    User = get_user_model()
    names = []
    for username, *_rest in LOGINS:
        user = User.objects.filter(username=username).first()
        if user is not None and not user.has_usable_password():
            user.set_password(password)
            user.save(update_fields=["password"])
        if user is not None:
            names.append(username)
    if stdout and names:
        stdout.write(f"Demo logins ({password}): " + ", ".join(names))
    return names


def link_existing_interviews(ambassador):
    """The demo's published interviews were made by Sanne: link them, in the page and its latest revision."""
    from stories.models import InterviewPage

    for interview in InterviewPage.objects.filter(ambassador=None, author=ambassador.name):
        InterviewPage.objects.filter(pk=interview.pk).update(ambassador=ambassador)
        revision = interview.latest_revision
        if revision is not None:
            revision.content["ambassador"] = ambassador.pk
            revision.save(update_fields=["content"])


INTRODUCTIONS = [
    "{first} vertelt over het werk als {role} en over het leven in {place}.",
    "Waarom werkt {first} als {role} in {place}, en niet in de Randstad? Een gesprek over keuzes.",
    "Bij {organisation} vond {first} wat elders ontbrak: ruimte om te groeien.",
    "{first} ({role}) over collega's, de regio en de stap die het verschil maakte.",
    "Van twijfel naar trots: {first} over een baan als {role} in {place}.",
]
SCENES = ["workshop", "care", "logistics", "campus", "town", "orchard", "industry", "lakes"]


def add_interviews(index, ambassador, user, editor, username):
    from stories.models import ConsentRequest, InterviewConsent

    today = timezone.localdate()
    groups = {g.slug: g for g in TargetGroup.objects.canonical()}
    created = 0
    for number, (days_ago, name, role, organisation, municipality, speaks_for, state) in enumerate(
        NEW_INTERVIEWS[username]
    ):
        held = today - datetime.timedelta(days=days_ago)
        data = {
            "interview_date": held,
            "name": name,
            "role": role,
            "organisation": organisation,
            "municipality": Municipality.objects.canonical().filter(name=municipality).first(),
            "speaks_for": groups.get(speaks_for),
            "quote": QUOTES[number % len(QUOTES)],
            "notes": "Gesprek van een uur, op de werkplek. Foto's gemaakt.",
        }
        page = create_interview(index, data, ambassador, user)
        first = name.split()[0]
        page.introduction = INTRODUCTIONS[(number + len(name)) % len(INTRODUCTIONS)].format(
            first=first, role=role, organisation=organisation, place=municipality
        )
        page.portrait = demo_portrait(name, 600 + number + len(name))
        page.hero_image = demo_scene(SCENES[(number + len(name)) % len(SCENES)], "day", 700 + number + len(name))
        page.body = [
            {"type": "paragraph", "value": f"<p>{first} is {role} bij {organisation}.</p>"},
            {
                "type": "question_answer",
                "value": {"question": "Waarom hier?", "answer": f"<p>{QUOTES[(number + 1) % len(QUOTES)]}</p>"},
            },
        ]
        page.publication_date = held + datetime.timedelta(days=14)
        if state == "published":
            page.consents.add(
                InterviewConsent(
                    given_on=held + datetime.timedelta(days=7),
                    expires_on=held + datetime.timedelta(days=7 + 730),
                    web=True,
                    print=True,
                    how="Getekend formulier, in het interviewdossier",
                )
            )
            page.save_revision(user=user).publish(user=editor)
        else:
            page.save_revision(user=user)
        if state in ("review", "changes"):
            workflow = page.get_workflow()
            workflow_state = workflow.start(page, user)
            if state == "changes":
                task_state = workflow_state.current_task_state.specific
                task_state.task.specific.on_action(
                    task_state,
                    editor,
                    "reject",
                    comment="Mooi gesprek! Kun je de tweede alinea inkorten en een foto toevoegen?",
                )
        if state == "consent":
            consent_request = ConsentRequest(page=page, email="y.demir@example.org")
            consent_request.start(user)
            consent_request.save()
        created += 1
    return created


def add_activities(ambassador, editor, rows):
    today = timezone.localdate()
    groups = {g.slug: g for g in TargetGroup.objects.canonical()}
    for days_ago, kind, title, place, audience, reach, outlet, medium, url in rows:
        verified = days_ago > 15
        Activity.objects.create(
            ambassador=ambassador,
            kind=kind,
            title=title,
            date=today - datetime.timedelta(days=days_ago),
            place=place,
            audience=groups.get(audience),
            reach=reach,
            outlet=outlet,
            medium=medium,
            url=url,
            verified_at=timezone.now() if verified else None,
            verified_by=editor if verified else None,
        )
