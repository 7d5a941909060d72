from events.models.pages import EventIndexPage, EventPage, EventQuestion, EventSeries  # noqa: F401
from events.models.registration import Origin, Registration, Status  # noqa: F401
