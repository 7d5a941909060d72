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
from ambassadors.demo_content import ACTIVITIES, AMBASSADORS, INTRODUCTIONS, NEW_INTERVIEWS, QUOTES, SCENES
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
