"""Places left stay right on cached pages: a change to a registration renews the pages that count them."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save


def registration_changed(sender, instance, **kwargs):
    event_id = instance.event_id
    transaction.on_commit(lambda: purge_event_pages(event_id))


def purge_event_pages(event_id):
    """The event page, its index (cards say "vol" or "wachtlijst") and the home page (next events)."""
    from events.models import EventPage
    from home.caching import remember
    from home.page_cache import purge_paths

    def build():
        event = EventPage.objects.filter(pk=event_id).first()
        if event is None:
            return None
        paths = {"/"}
        # Every language version shows the same places left (they share the original's registrations).
        for version in event.get_translations(inclusive=True).specific():
            parent = version.get_parent()
            for page in (version, parent, parent.get_parent() if version.depth > 3 else None):
                url = page.get_url() if page else None
                if url and url.startswith("/"):
                    paths.add(url)
        return sorted(paths)

    # The addresses only change with the content, so they are worked out once per content version.
    paths = remember(("event-purge-paths", event_id), build)
    if paths:
        purge_paths(set(paths))


def connect():
    from events.models import Registration

    post_save.connect(registration_changed, sender=Registration, dispatch_uid="regio-registration-page-cache")
    post_delete.connect(registration_changed, sender=Registration, dispatch_uid="regio-registration-page-cache-del")
