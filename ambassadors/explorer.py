"""Ambassadors see live pages and their own drafts in the admin; other people's drafts stay out of sight.

Wagtail applies the ``construct_explorer_page_queryset`` hook to the page explorer
but not to the admin page search, which lists every page the user may explore
(an ambassador may explore the whole story index, to add to it). The search view
is given the same filter through its permission policy.
"""

from django.db.models import Q

from wagtail import hooks
from wagtail.admin.views.pages.search import SearchView

from ambassadors.roles import AMBASSADOR_GROUP, is_staff_editor


def hide_other_drafts(pages, user):
    if user.is_superuser or is_staff_editor(user) or not user.groups.filter(name=AMBASSADOR_GROUP).exists():
        return pages
    return pages.filter(Q(live=True) | Q(owner=user))


class _ExplorerFilteredPolicy:
    def __init__(self, policy, request):
        self._policy, self._request = policy, request

    def explorable_instances(self, user, *args, **kwargs):
        pages = self._policy.explorable_instances(user, *args, **kwargs)
        for hook in hooks.get_hooks("construct_explorer_page_queryset"):
            pages = hook(None, pages, self._request)
        return pages

    def __getattr__(self, name):
        return getattr(self._policy, name)


def filter_admin_search():
    original = SearchView.get_queryset
    if getattr(original, "regio_filtered", False):
        return

    def get_queryset(self):
        self.permission_policy = _ExplorerFilteredPolicy(self.permission_policy, self.request)
        return original(self)

    get_queryset.regio_filtered = True
    SearchView.get_queryset = get_queryset
