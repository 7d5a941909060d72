from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import BodyStreamBlock


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "blocks/question_answer_block.html"
        label = _("Question and answer")
        description = _("One question from the interviewer and the interviewee's answer.")
        preview_value = {
            "question": "Waarom koos je voor Midden-Limburg?",
            "answer": "<p>Omdat ik hier binnen tien minuten op mijn werk ben, en in het weekend aan de Maas zit.</p>",
        }


class StoryBodyBlock(BodyStreamBlock):
    question_answer = QuestionAnswerBlock()
