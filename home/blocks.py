"""Self-describing StreamField blocks shared by every page type."""

import re

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from home.queries import is_visible


class FactChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("home.Fact", **kwargs)

    def get_preview_value(self):
        from home.models import Fact

        return Fact.objects.canonical().first()


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; use h2 for sections and h3 below them.")
        preview_value = {"text": "Werken waar anderen op vakantie gaan", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A full-width image with caption and photo credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    name = blocks.CharBlock(label=_("Name"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role or organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A striking quote from someone in the region.")
        preview_value = {
            "quote": "Hier bouw je in vijf jaar wat je in de Randstad in vijftien jaar doet.",
            "name": "Sanne Peeters",
            "role": "procesoperator, Chemelot",
        }


class FactBlock(blocks.StructBlock):
    fact = FactChooserBlock(label=_("Fact"))

    class Meta:
        icon = "pick"
        template = "blocks/fact_block.html"
        label = _("Fact")
        description = _("One sourced fact from the facts library, shown large with its source.")


class FactsRowBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    facts = blocks.ListBlock(FactChooserBlock(label=_("Fact")), min_num=2, max_num=6, label=_("Facts"))

    class Meta:
        icon = "table"
        template = "blocks/facts_row_block.html"
        label = _("Row of facts")
        description = _("Two to six facts side by side, each with its source.")


FACT_PLACEHOLDER = re.compile(r"\{(\d)\}")


class FactTextValue(blocks.StructValue):
    def facts(self):
        return [fact for fact in self.get("facts") or [] if fact is not None]

    def html(self):
        """The text with {1}, {2} … replaced by the facts' current values (a fact changed once changes here too)."""
        facts = self.facts()

        def value(match):
            number = int(match.group(1))
            if not 1 <= number <= len(facts):
                return ""
            return format_html('<strong class="fact-inline">{}</strong>', facts[number - 1].display_value)

        return mark_safe(FACT_PLACEHOLDER.sub(value, str(expand_db_html(self.get("text").source))))


class FactTextBlock(blocks.StructBlock):
    """Running text that names figures from the facts library, so the prose never goes stale."""

    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link"],
        help_text=_(
            "Type {1} where the first fact's figure belongs, {2} for the second, and so on. "
            "The figure always shows the fact's current value, and its source is listed below the text."
        ),
    )
    facts = blocks.ListBlock(FactChooserBlock(label=_("Fact")), min_num=1, max_num=5, label=_("Facts"))

    class Meta:
        icon = "pilcrow"
        template = "blocks/fact_text_block.html"
        label = _("Text with facts")
        description = _("Running text with figures taken from the facts library, with their sources.")
        value_class = FactTextValue

    def clean(self, value):
        value = super().clean(value)
        used = {int(n) for n in FACT_PLACEHOLDER.findall(value["text"].source)}
        count = len(value["facts"])
        unknown = sorted(n for n in used if not 1 <= n <= count)
        if not used:
            error = _("Type {1} in the text where the first fact's figure belongs.")
        elif unknown:
            error = _("The text refers to fact %(numbers)s, but only %(count)d fact(s) are chosen.") % {
                "numbers": ", ".join(f"{{{n}}}" for n in unknown),
                "count": count,
            }
        else:
            return value
        raise blocks.StructBlockValidationError(block_errors={"text": ErrorList([ValidationError(error)])})

    def get_searchable_content(self, value):
        return [strip_tags(value.html())]


class LinkStructValue(blocks.StructValue):
    def url(self):
        """The chosen page's URL, or the web address; "" when the chosen page is not public (any more)."""
        page = self.get("page")
        if page:
            return page.url if is_visible(page) else ""
        return self.get("link_url") or ""


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    link_url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A coloured band with a heading and one button to a page or web address.")
        value_class = LinkStructValue
        preview_value = {
            "heading": "Ontdek je toekomst in de regio",
            "text": "Honderden banen, stages en opleidingen dichtbij huis.",
            "button_label": "Bekijk vacatures",
            "link_url": "https://example.org/",
        }

    def clean(self, value):
        value = super().clean(value)
        page, link_url = value.get("page"), value.get("link_url")
        if page and link_url:
            error = _("Choose a page or a web address, not both.")
            raise blocks.StructBlockValidationError(block_errors={"link_url": ErrorList([ValidationError(error)])})
        if not page and not link_url:
            error = _("Choose a page or enter a web address for the button.")
            raise blocks.StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(error)])})
        return value


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video from YouTube or Vimeo.")


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Running text with links and lists."),
        preview_value="<p>Midden-Limburg ligt tussen Eindhoven, Venlo en Maastricht, op een uur van Düsseldorf.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    fact_text = FactTextBlock()
    fact = FactBlock()
    facts_row = FactsRowBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
