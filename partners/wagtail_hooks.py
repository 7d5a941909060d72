from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from partners import builder
from partners.models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "slug", Column("kind", accessor="get_kind_display", label=_("kind")), "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


class PartnerGroup(SnippetViewSetGroup):
    items = (PartnerViewSet,)
    menu_icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"
    submenu_hook = "register_partners_menu_item"
    menu_order = 270


register_snippet(PartnerGroup)


class EmbedCodeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(builder.PERMISSION)


@hooks.register("register_partners_menu_item")
def embed_code_menu_item():
    return EmbedCodeMenuItem(_("Embed codes"), reverse("partners_embed_code"), icon_name="code", order=200)


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("partners/embed-code/", builder.embed_code, name="partners_embed_code")]


@hooks.register("regio_cache_watched_models")
def partner_models():
    return ["partners.Partner"]
