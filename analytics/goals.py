"""Goals that no other record keeps (poster downloads, job-alert sign-ups, which alerts lose on unsubscribe)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from analytics.models import GoalCount


def count(goal, day=None):
    day = day or timezone.localdate()
    if GoalCount.objects.filter(day=day, goal=goal).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            GoalCount.objects.create(day=day, goal=goal, count=1)
    except IntegrityError:  # created by a parallel request in between
        GoalCount.objects.filter(day=day, goal=goal).update(count=F("count") + 1)
