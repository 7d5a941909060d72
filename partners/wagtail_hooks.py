from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from partners import admin_views, press
from partners.models import NewsletterIntro, Partner, Subscriber


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "slug", Column("kind", accessor="get_kind_display", label=_("kind")), "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


class SubscriberViewSet(SnippetViewSet):
    """Subscribers: only their address and choices; listed only for staff with the 'view' permission."""

    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    list_display = ["email", "language", "created_at", "confirmed_at", "last_sent_at"]
    list_filter = ["language"]
    search_fields = ["email"]
    inspect_view_enabled = False


class NewsletterIntroViewSet(SnippetViewSet):
    model = NewsletterIntro
    icon = "edit"
    menu_label = _("Newsletter introductions")
    list_display = ["week_of", "intro"]


class PartnerGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, SubscriberViewSet, NewsletterIntroViewSet)
    menu_icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"
    submenu_hook = "register_partners_menu_item"
    menu_order = 270


register_snippet(PartnerGroup)


class EmbedCodeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_partners_menu_item")
def embed_code_menu_item():
    return EmbedCodeMenuItem(_("Embed codes"), reverse("partners_embed_code"), icon_name="code", order=200)


class NewsletterPreviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PREVIEW_PERMISSION)


@hooks.register("register_partners_menu_item")
def newsletter_preview_menu_item():
    return NewsletterPreviewMenuItem(
        _("Newsletter preview"), reverse("partners_newsletter_preview"), icon_name="mail", order=300
    )


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("partners/embed-code/", admin_views.embed_code, name="partners_embed_code"),
        path("partners/newsletter/", admin_views.newsletter_preview, name="partners_newsletter_preview"),
        path("partners/newsletter/mail/", admin_views.newsletter_preview_mail, name="partners_newsletter_preview_mail"),
        path("partners/press-release/<int:page_id>/mail/", press.mail_view, name="partners_mail_release"),
    ]


def _mail_release_button(page, user, priority):
    from wagtail.admin.widgets import Button

    from partners.models import PressReleasePage

    if page.specific_class is PressReleasePage and page.live and page.permissions_for_user(user).can_publish():
        yield Button(
            _("Mail to the press list"),
            reverse("partners_mail_release", args=[page.pk]),
            icon_name="mail",
            priority=priority,
        )


@hooks.register("register_page_listing_more_buttons")
def mail_release_listing_button(page, user, next_url=None):
    yield from _mail_release_button(page, user, 50)


@hooks.register("register_page_header_buttons")
def mail_release_header_button(page, user, view_name, next_url=None):
    yield from _mail_release_button(page, user, 50)


@hooks.register("regio_cache_watched_models")
def partner_models():
    return ["partners.Partner"]
