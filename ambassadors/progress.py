"""Progress against the yearly target: interviews held and published, reviews, activities and reach.

An interview counts from the day it was held (its interview date), published or
not; "published" counts those of them that are live. Every number for every
ambassador comes from a fixed handful of grouped queries, however many there are.
"""

import calendar
import datetime
import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, Sum
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from ambassadors.choices import ActivityKind, ReviewStatus
from ambassadors.models import Activity, Ambassador, AmbassadorSettings


@dataclass
class Progress:
    ambassador: Ambassador
    year: int
    target: int
    today: datetime.date
    held: int = 0
    published: int = 0
    awaiting: int = 0
    changes: int = 0
    activities: int = 0
    media: int = 0
    reach: int = 0
    submissions: list = field(default_factory=list)

    @property
    def expected(self):
        """Interviews that should have been held by today at an even pace through the year."""
        if self.today.year > self.year:
            return self.target
        if self.today.year < self.year:
            return 0
        days = 366 if calendar.isleap(self.year) else 365
        return math.floor(self.target * self.today.timetuple().tm_yday / days)

    @property
    def behind(self):
        return max(0, self.expected - self.held)

    @property
    def on_track(self):
        return self.behind == 0

    @property
    def percentage(self):
        return min(100, round(100 * self.held / self.target)) if self.target else 100


def site_target(site=None):
    from wagtail.models import Site

    site = site or Site.objects.filter(is_default_site=True).first()
    return AmbassadorSettings.for_site(site).yearly_interview_target if site else 25


def progress_for(ambassadors, year=None, today=None, site=None):
    """One Progress per ambassador, in the order given."""
    from stories.models import InterviewPage

    today = today or timezone.localdate()
    year = year or today.year
    default_target = site_target(site)
    ambassadors = list(ambassadors)
    found = {a.pk: Progress(a, year, a.target(default_target), today) for a in ambassadors}
    if not found:
        return []
    interviews = (
        InterviewPage.objects.filter(ambassador__in=found, interview_date__year=year)
        .order_by()
        .values("ambassador")
        .annotate(held=Count("pk"), published=Count("pk", filter=Q(live=True)))
    )
    for row in interviews:
        found[row["ambassador"]].held = row["held"]
        found[row["ambassador"]].published = row["published"]
    for ambassador_id, status in _review_states(found):
        if status == WorkflowState.STATUS_IN_PROGRESS:
            found[ambassador_id].awaiting += 1
        else:
            found[ambassador_id].changes += 1
    activities = (
        Activity.objects.filter(ambassador__in=found, date__year=year)
        .order_by()
        .values("ambassador")
        .annotate(
            count=Count("pk"),
            media=Count("pk", filter=Q(kind=ActivityKind.MEDIA)),
            reach=Sum("reach"),
        )
    )
    for row in activities:
        progress = found[row["ambassador"]]
        progress.activities, progress.media, progress.reach = row["count"], row["media"], row["reach"] or 0
    return [found[a.pk] for a in ambassadors]


def _review_states(found):
    """(ambassador id, status) for every open review of a page of these ambassadors."""
    from stories.models import StoryPage

    page_type = ContentType.objects.get_for_model(Page)
    pages = dict(StoryPage.objects.filter(ambassador__in=found).values_list("pk", "ambassador"))
    states = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id__in=[str(pk) for pk in pages],
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).values_list("object_id", "status")
    return [(pages[int(object_id)], status) for object_id, status in states]


def submissions(ambassador, limit=12):
    """The ambassador's latest interviews and stories with their review status, newest first."""
    from stories.models import StoryPage

    pages = list(StoryPage.objects.filter(ambassador=ambassador).order_by("-latest_revision_created_at", "-pk")[:limit])
    page_type = ContentType.objects.get_for_model(Page)
    open_states = dict(
        WorkflowState.objects.filter(
            base_content_type=page_type,
            object_id__in=[str(page.pk) for page in pages],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).values_list("object_id", "status")
    )
    rows = []
    for page in pages:
        status = open_states.get(str(page.pk))
        if status == WorkflowState.STATUS_IN_PROGRESS:
            review = ReviewStatus.AWAITING
        elif status == WorkflowState.STATUS_NEEDS_CHANGES:
            review = ReviewStatus.CHANGES
        elif page.live:
            review = ReviewStatus.PUBLISHED
        else:
            review = ReviewStatus.DRAFT
        rows.append((page, review, ReviewStatus(review).label))
    return rows


def totals(rows):
    keys = ("target", "held", "published", "awaiting", "changes", "activities", "media", "reach")
    result = defaultdict(int)
    for row in rows:
        for key in keys:
            result[key] += getattr(row, key)
    return dict(result)
