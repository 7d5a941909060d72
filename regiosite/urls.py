from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from analytics import beacon
from home import views as home_views
from home.sitemap import RegioSitemap
from partners import embed, newsletter
from partners.api import api_router
from partners.openapi import openapi_json
from stories import consent_online

PAGE_FILE_PATTERN = r"^((?:[\w\-]+/)*[\w\-]+\.(?:pdf|png|ics|xml))/?$"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": RegioSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.svg", home_views.favicon_svg, name="favicon_svg"),
    path("brand.css", home_views.brand_css, name="brand_css"),
    path("favicon.ico", home_views.app_icon, {"size": 32}, name="favicon_ico"),
    path("apple-touch-icon.png", home_views.app_icon, {"size": 180}, name="apple_touch_icon"),
    path("vacaturealert/", include("careers.urls")),
    path("a/", beacon.collect, name="analytics_beacon"),
    path("api/v2/openapi.json", openapi_json, name="partners_openapi"),
    path("api/v2/", api_router.urls),
    path("embed/teller.gif", embed.counter, name="embed_counter"),
    path("toestemming/intrekken/<str:token>/", consent_online.withdraw, name="interview_consent_withdraw"),
    path("toestemming/<int:page_id>/<str:token>/", consent_online.consent, name="interview_consent"),
]

if settings.REGIO_BENCH_VIEW:
    urlpatterns.append(path("__bench__/bare/", home_views.bench_bare))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.REGIO_SERVE_MEDIA:
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", home_views.media_file))

# The public site in every language: Dutch without a prefix, /en/ and /de/ (home/languages.py).
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("embed/<slug:name>/", embed.widget, name="embed_widget"),
    path("nieuwsbrief/", newsletter.subscribe, name="newsletter_subscribe"),
    path("nieuwsbrief/verstuurd/", newsletter.sent, name="newsletter_sent"),
    path("nieuwsbrief/bevestigen/<str:token>/", newsletter.confirm, name="newsletter_confirm"),
    path("nieuwsbrief/afmelden/<str:token>/", newsletter.unsubscribe, name="newsletter_unsubscribe"),
    # Files served by page routes, such as <page-url>poster.pdf: Wagtail's own
    # pattern only takes paths ending in a slash.
    re_path(PAGE_FILE_PATTERN, wagtail_views.serve, name="wagtail_serve_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
