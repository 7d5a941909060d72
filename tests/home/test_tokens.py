"""One signed-token helper for cancel, confirm and unsubscribe links."""

import pytest

from django.core import signing

from events import booking as service
from events.models import Registration
from home.tokens import address_hash, make_token, record_for_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def registration(agenda):
    registration, _outcome = service.register(agenda.event("Banenmarkt"), "Sanne", "Sanne@Example.org ", "6041 AB")
    return registration


def test_a_token_names_its_record_for_one_purpose_only(registration):
    token = make_token("cancel", registration)
    assert record_for_token("cancel", token, Registration.objects) == registration
    assert record_for_token("unsubscribe", token, Registration.objects) is None
    assert record_for_token("cancel", token[:-4], Registration.objects) is None


def test_a_token_dies_with_the_address(registration):
    token = make_token("cancel", registration)
    Registration.objects.filter(pk=registration.pk).update(email="")
    assert record_for_token("cancel", token, Registration.objects) is None


def test_addresses_are_normalised_the_same_everywhere():
    assert address_hash(" Sanne@Example.org ") == address_hash("sanne@example.org")


def test_links_mailed_before_the_unified_tokens_still_work(registration):
    legacy = signing.dumps(
        {"r": registration.pk, "h": address_hash(registration.email)}, salt="events.registration.cancel"
    )
    assert record_for_token("cancel", legacy, Registration.objects) == registration


@pytest.mark.parametrize("payload", [[1, 2], {"i": "1"}, {"i": None}, "x"])
def test_odd_payloads_are_refused(registration, payload):
    token = signing.dumps(payload, salt="events.registration.cancel")
    assert record_for_token("cancel", token, Registration.objects) is None
