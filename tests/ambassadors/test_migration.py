"""'Interviewed by' (free text) becomes a link to the Ambassador: matched by name, else kept and reported."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ambassadors.models import Ambassador
from stories.models import InterviewPage
from tests.builders import make_home, make_interview, make_story_index

BEFORE = [("stories", "0002_ambassadors_and_consent_online")]


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_interviewed_by_is_linked_to_the_ambassador_in_pages_and_revisions(capsys):
    index = make_story_index(make_home())
    matched = make_interview(index, "Met Sanne")
    unmatched = make_interview(index, "Met een onbekende")
    empty = make_interview(index, "Zonder naam")
    sanne = Ambassador.objects.create(name="Sanne Peeters")

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldInterview, Revision = old.get_model("stories", "InterviewPage"), old.get_model("wagtailcore", "Revision")
    for page, name in ((matched, "  sanne  PEETERS, regio-ambassadeur"), (unmatched, "Piet Onbekend")):
        OldInterview.objects.filter(pk=page.pk).update(interviewed_by=name)
        for revision in Revision.objects.filter(object_id=str(page.pk)):
            revision.content = {**revision.content, "interviewed_by": name}
            revision.save()

    executor = MigrationExecutor(connection)
    executor.migrate(latest())
    report = capsys.readouterr().out

    linked = InterviewPage.objects.get(pk=matched.pk)
    assert linked.ambassador == sanne and linked.get_latest_revision_as_object().ambassador == sanne
    kept = InterviewPage.objects.get(pk=unmatched.pk)
    assert kept.ambassador is None and "Piet Onbekend" in kept.notes
    assert "Piet Onbekend" in kept.get_latest_revision_as_object().notes
    assert InterviewPage.objects.get(pk=empty.pk).ambassador is None
    assert "1 interview(s)" in report and "Piet Onbekend" in report and "Met een onbekende" in report
