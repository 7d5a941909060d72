import uuid

from django.db import migrations


def forwards(apps, schema_editor):
    """Each question takes its event's language; the same question (by position) of the language
    versions of one event shares one translation key."""
    EventPage = apps.get_model("events", "EventPage")
    EventQuestion = apps.get_model("events", "EventQuestion")
    keys = {}
    events = EventPage.objects.filter(pk__in=EventQuestion.objects.values("event_id")).order_by("locale_id", "pk")
    for event in events.iterator():
        questions = EventQuestion.objects.filter(event_id=event.pk).order_by("sort_order", "pk")
        for position, pk in enumerate(questions.values_list("pk", flat=True)):
            key = keys.setdefault((event.translation_key, position), uuid.uuid4())
            EventQuestion.objects.filter(pk=pk).update(locale_id=event.locale_id, translation_key=key)


class Migration(migrations.Migration):
    dependencies = [("events", "0004_translatable_questions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
