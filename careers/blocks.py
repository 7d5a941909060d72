"""Blocks for careers: what the region offers, and the education routes of a pathway."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from careers.choices import EducationLevel
from home.blocks import FactChooserBlock


class RegionOfferBlock(blocks.StreamBlock):
    fact = FactChooserBlock(label=_("Fact"), icon="info-circle")
    page = blocks.PageChooserBlock(
        label=_("Story or page"),
        page_type=["stories.StoryPage", "stories.InterviewPage", "home.RegionStoryPage", "careers.CareerPathwayPage"],
    )

    class Meta:
        label = _("What the region offers")
        block_counts = {"fact": {"max_num": 6}, "page": {"max_num": 3}}


class EducationRouteBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Programme"), max_length=160, help_text=_("E.g. 'Mechatronica (BOL)'."))
    level = blocks.ChoiceBlock(label=_("Level"), choices=EducationLevel.choices)
    school = blocks.CharBlock(label=_("School"), max_length=160)
    location = blocks.CharBlock(label=_("Location"), max_length=100, required=False)
    duration = blocks.CharBlock(label=_("Duration"), max_length=60, required=False, help_text=_("E.g. '4 years'."))
    description = blocks.TextBlock(label=_("What you learn"), required=False)
    url = blocks.URLBlock(label=_("Web address of the programme"), required=False)

    class Meta:
        icon = "graduation-cap"
        label = _("Education route")
        template = "careers/blocks/education_route.html"
        preview_value = {
            "name": "Mechatronica (BOL)",
            "level": "mbo-4",
            "school": "Gilde Opleidingen",
            "location": "Roermond",
            "duration": "4 jaar",
            "description": "Je bouwt, programmeert en onderhoudt machines en robots.",
        }


class EducationRoutesBlock(blocks.StreamBlock):
    route = EducationRouteBlock()

    class Meta:
        label = _("Education routes")
