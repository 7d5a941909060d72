"""Places left stay right on cached pages: a change to a registration renews the pages that count them."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save


def registration_changed(sender, instance, **kwargs):
    event_id = instance.event_id
    transaction.on_commit(lambda: purge_event_pages(event_id))


def purge_event_pages(event_id):
    """The event page, its index (cards say "vol" or "wachtlijst") and the home page (next events)."""
    from events.models import EventPage
    from home.page_cache import purge_paths

    event = EventPage.objects.filter(pk=event_id).first()
    if event is None:
        return
    paths = {"/"}
    # Every language version shows the same places left (they share the original's registrations).
    for version in event.get_translations(inclusive=True).specific():
        for page in (version, version.get_parent(), version.get_parent().get_parent() if version.depth > 3 else None):
            url = page.get_url() if page else None
            if url and url.startswith("/"):
                paths.add(url)
    purge_paths(paths)


def connect():
    from events.models import Registration

    post_save.connect(registration_changed, sender=Registration, dispatch_uid="regio-registration-page-cache")
    post_delete.connect(registration_changed, sender=Registration, dispatch_uid="regio-registration-page-cache-del")
