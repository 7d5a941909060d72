"""The brand and press kit: a press page with brand assets under usage terms, press releases with a PDF.

Assets are images (the original file, in print quality) or documents (logo packs, fonts,
colour sheets), each with a usage tier shown beside it. Downloads of assets and release PDFs
go through the press page, which counts them (the impact dashboard's "press downloads")
and then hands out the file. A press release can be mailed to the press list: journalists
who subscribed with a double opt-in (``Subscriber`` with the press list).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models.mixins import RegioBasePage
from home.models.pages import goal_reached

PRESS_GOAL = "press"


class UsageTier(models.TextChoices):
    EDITORIAL = "editorial", _("anyone, for editorial use")
    PARTNERS = "partners", _("partners, also for campaigns")
    NOT_POLITICAL = "not_political", _("anyone, but not for political use")


USAGE_TERMS = {
    UsageTier.EDITORIAL: _(
        "Free to use in news articles, reports and other editorial work, with the credit shown. Not for advertising."
    ),
    UsageTier.PARTNERS: _(
        "Partners of the region may also use this in their own campaigns for the region. Others: ask the press "
        "contact first."
    ),
    UsageTier.NOT_POLITICAL: _(
        "Free to use with the credit shown, but never for political parties, candidates or political campaigns."
    ),
}


class AssetKind(models.TextChoices):
    LOGO = "logo", _("logo")
    PHOTO = "photo", _("photo")
    FONT = "font", _("font")
    COLOURS = "colours", _("colours and style guide")
    OTHER = "other", _("other")


class PressKitPage(RoutablePageMixin, RegioBasePage):
    """'Pers': the press contact, the brand assets with their terms, the facts posters and the press releases."""

    contact_name = models.CharField(_("press contact"), max_length=120, blank=True)
    contact_role = models.CharField(_("role"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    brand_text = models.TextField(
        _("about the brand"),
        blank=True,
        help_text=_("How to use the name, logo and colours; shown above the brand assets."),
    )

    content_panels = RegioBasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Press contact"),
            help_text=_("A work address and number of the press officer; shown on the page and on every release."),
        ),
        FieldPanel("brand_text"),
        InlinePanel("assets", label=_("brand asset"), heading=_("Brand assets and photo bank")),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PressReleasePage"]
    max_count_per_parent = 1
    template = "partners/press_kit_page.html"

    class Meta:
        verbose_name = _("press and brand kit")

    def releases(self):
        return PressReleasePage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        from home.models import FactsPosterPage
        from partners.newsletter import PressListForm

        context = super().get_context(request, *args, **kwargs)
        context.update(
            releases=self.releases()[:20],
            assets=self.assets.select_related("image", "document").prefetch_related("image__renditions"),
            posters=FactsPosterPage.objects.live().public().filter(locale=self.locale),
            usage_terms={str(tier): text for tier, text in USAGE_TERMS.items()},
            press_form=PressListForm(prefix="press"),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("download/<int:asset_id>/", name="download")
    def download(self, request, asset_id):
        """Count the download, then hand out the asset's file (the original, for print)."""
        asset = get_object_or_404(BrandAsset, pk=asset_id, page=self)
        url = asset.file_url()
        if not url:
            raise Http404
        goal_reached(PRESS_GOAL)
        response = HttpResponseRedirect(url)
        response["Cache-Control"] = "no-store"
        return response

    @path("perslijst/", name="press_list")
    def press_list(self, request):
        from partners.newsletter import subscribe_press

        return subscribe_press(self, request)


class BrandAsset(Orderable):
    page = ParentalKey(PressKitPage, on_delete=models.CASCADE, related_name="assets")
    title = models.CharField(_("title"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=AssetKind.choices, default=AssetKind.PHOTO)
    image = models.ForeignKey(
        "home.RegioImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A photo or a logo from the image library; the original file is offered for print."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Or a file: a logo pack, a font, a style guide."),
    )
    tier = models.CharField(_("who may use it"), max_length=16, choices=UsageTier.choices, default=UsageTier.EDITORIAL)
    credit = models.CharField(_("credit"), max_length=120, blank=True, help_text=_("E.g. 'Photo: Jan Peeters'."))

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("image"), FieldPanel("document")]),
        FieldRowPanel([FieldPanel("tier"), FieldPanel("credit")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("brand asset")
        verbose_name_plural = _("brand assets")

    def __str__(self):
        return self.title

    def clean(self):
        if not self.image_id and not self.document_id:
            raise ValidationError({"image": _("Choose an image or a document.")})
        if self.image_id and self.document_id:
            raise ValidationError({"document": _("Choose an image or a document, not both.")})

    def file_url(self):
        if self.document_id and self.document:
            return self.document.url
        if self.image_id and self.image:
            return self.image.file.url
        return ""

    @property
    def terms(self):
        return USAGE_TERMS.get(self.tier, "")


class PressReleasePage(RoutablePageMixin, RegioBasePage):
    """A press release: date, text and contact, with a PDF for print and for the press list's mail."""

    date = models.DateField(_("release date"), default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("text"))
    contact = models.TextField(
        _("contact for the press"),
        blank=True,
        help_text=_("Shown under the release. Empty: the press contact of the press page."),
    )
    mailed_at = models.DateTimeField(_("mailed to the press list at"), null=True, blank=True, editable=False)

    content_panels = RegioBasePage.content_panels + [FieldPanel("date"), FieldPanel("body"), FieldPanel("contact")]
    search_fields = RegioBasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["partners.PressKitPage"]
    subpage_types = []
    template = "partners/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def contact_text(self):
        if self.contact:
            return self.contact
        kit = PressKitPage.objects.filter(pk=self.get_parent().pk).first()
        if kit is None:
            return ""
        return "\n".join(
            part for part in (kit.contact_name, kit.contact_role, kit.contact_email, kit.contact_phone) if part
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contact_text"] = self.contact_text()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("persbericht.pdf/", name="pdf")
    def pdf(self, request):
        from partners.press import release_pdf

        goal_reached(PRESS_GOAL)
        response = HttpResponse(release_pdf(self), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{self.slug}.pdf"'
        response["Cache-Control"] = "no-store"  # every download is counted; the PDF itself is cached (release_pdf)
        return response
