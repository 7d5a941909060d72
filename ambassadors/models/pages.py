from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.search import index

from ambassadors.models.activity import Activity
from ambassadors.models.ambassador import Ambassador
from ambassadors.structured_data import person_json_ld
from home.models.mixins import RegioBasePage
from home.site_address import site_url


class AmbassadorIndexPage(RoutablePageMixin, RegioBasePage):
    """The region's ambassadors (/ambassadeurs/), with a profile per ambassador as a sub-page route."""

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    search_fields = RegioBasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("ambassador index")

    def ambassadors(self):
        """Active ambassadors, with their published interviews and stories counted."""
        from stories.models import StoryPage

        visible = StoryPage.objects.visible().values("pk")
        return (
            Ambassador.objects.active()
            .select_related("photo", "municipality")
            .annotate(story_count=Count("stories", filter=Q(stories__in=visible), distinct=True))
        )

    def profile_url(self, ambassador):
        return self.url + self.reverse_subpage("profile", args=[ambassador.slug])

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"ambassadors": self.ambassadors()})

    @re_path(r"^(?P<slug>[-a-z0-9]{1,80})/$", name="profile")
    def profile(self, request, slug):
        from stories.models import StoryPage

        ambassador = (
            Ambassador.objects.active()
            .select_related("photo", "municipality")
            .prefetch_related("themes", Prefetch("activities", queryset=Activity.objects.public()))
            .filter(slug=slug)
            .first()
        )
        if ambassador is None:
            raise Http404
        stories = (
            StoryPage.objects.visible()
            .for_cards()
            .filter(ambassador=ambassador)
            .select_related("municipality")
            .order_by("-publication_date", "-pk")
        )
        activities = list(ambassador.activities.all())
        return self.render(
            request,
            context_overrides={
                "ambassador": ambassador,
                "stories": stories,
                "activities": [a for a in activities if not a.is_media],
                "media": [a for a in activities if a.is_media],
                "person_json_ld": person_json_ld(
                    ambassador,
                    self.get_full_url(request) + self.reverse_subpage("profile", args=[slug]),
                    site_url(request, "/"),
                ),
            },
            template="ambassadors/ambassador_profile.html",
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for ambassador in Ambassador.objects.active().only("slug"):
            urls.append({"location": base + self.reverse_subpage("profile", args=[ambassador.slug])})
        return urls
