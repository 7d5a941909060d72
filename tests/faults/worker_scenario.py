"""Run in a separate process: an event with one registration, its mail queued in the database queue."""

import django

django.setup()

from events import booking  # noqa: E402
from tests.builders import make_home  # noqa: E402
from tests.events.conftest import Agenda  # noqa: E402

agenda = Agenda.__new__(Agenda)
from events.models import EventIndexPage  # noqa: E402

home = make_home()
agenda.index = EventIndexPage(title="Evenementen", slug="evenementen")
home.add_child(instance=agenda.index)
agenda.index.save_revision().publish()
event = Agenda.event(agenda, "Banenmarkt", start="2030-03-10 15:00")
registration, outcome = booking.register(event, "Sanne", "sanne@example.org", "6041 AB")
print(outcome)
