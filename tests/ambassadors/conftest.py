"""A region with a story index, the ambassador index, two ambassadors and an editor of the 'Redactie' group.

The groups and the review workflow come from the migrations, as on every fresh install.
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from ambassadors.models import Ambassador, AmbassadorIndexPage
from ambassadors.roles import AMBASSADOR_GROUP, STAFF_GROUP
from ambassadors.views import create_interview
from tests.builders import make_home, make_story_index, make_target_group

PASSWORD = "een-lang-wachtwoord"


@pytest.fixture
def region(db):
    home = make_home()
    index = make_story_index(home)
    ambassadors_page = AmbassadorIndexPage(title="Ambassadeurs", slug="ambassadeurs")
    home.add_child(instance=ambassadors_page)
    ambassadors_page.save_revision().publish()
    return {"home": home, "index": index, "ambassadors_page": ambassadors_page, "group": make_target_group()}


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def make_ambassador(user, name, **kwargs):
    kwargs.setdefault("active_from", timezone.localdate() - datetime.timedelta(days=400))
    return Ambassador.objects.create(user=user, name=name, **kwargs)


@pytest.fixture
def people(region, django_user_model):
    sanne_user = make_user(django_user_model, "sanne", AMBASSADOR_GROUP)
    joris_user = make_user(django_user_model, "joris", AMBASSADOR_GROUP)
    staff = make_user(django_user_model, "eva", STAFF_GROUP)
    return {
        "sanne": make_ambassador(sanne_user, "Sanne Peeters"),
        "joris": make_ambassador(joris_user, "Joris Hendriks", engagement="volunteer", yearly_target=10),
        "staff": staff,
    }


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def log(region, ambassador, name="Mark Vossen", held=None, **extra):
    """An interview logged by ``ambassador`` as a draft (the phone flow's model function)."""
    data = {
        "interview_date": held or timezone.localdate(),
        "name": name,
        "role": "operator",
        "organisation": "Maasvallei Chemie",
        "municipality": None,
        "speaks_for": None,
        "quote": "",
        "notes": "",
        **extra,
    }
    return create_interview(region["index"], data, ambassador, ambassador.user)
