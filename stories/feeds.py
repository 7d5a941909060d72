from django.http import HttpResponse
from django.utils import feedgenerator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.site_address import site_url
from stories.models import StoryPage

FEED_SIZE = 20


def story_feed(index, request, listing):
    """RSS 2.0 feed of the index, with the same filters as the page that links to it."""
    regio_title = index.title
    active = ", ".join(str(value) for _label, value, _url in listing.active_filters())
    feed = feedgenerator.Rss201rev2Feed(
        title=f"{regio_title}: {active}" if active else regio_title,
        link=index.get_full_url(request),
        description=index.introduction or _("Stories and interviews from the region"),
        language=get_language(),
        feed_url=site_url(request, request.get_full_path()),
    )
    ids = listing.results[:FEED_SIZE]
    stories = StoryPage.objects.filter(pk__in=ids).in_bulk()
    for pk in ids:
        story = stories[pk]
        url = story.get_full_url(request)
        feed.add_item(
            title=story.title,
            link=url,
            description=story.summary,
            pubdate=publication_moment(story),
            unique_id=url,
            author_name=story.author or None,
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def publication_moment(story):
    """The story's publication date (what readers see), at 09:00 local time."""
    import datetime

    from django.utils import timezone

    moment = datetime.datetime.combine(story.publication_date, datetime.time(9, 0))
    return timezone.make_aware(moment)
