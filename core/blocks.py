"""StreamField blocks shared by every page type with a body.

There is no RawHTMLBlock: members are not fully trusted editors.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
        help_text=_("Kop 2 voor een nieuw onderdeel, kop 3 daarbinnen."),
    )

    class Meta:
        label = _("Kop")
        icon = "title"
        template = "core/blocks/heading_block.html"
        preview_value = {"text": "Wat werkt in de praktijk", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        required=False,
        max_length=250,
        help_text=_("Beschrijf wat er te zien is. Leeg laten als de afbeelding alleen versiert."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        label = _("Afbeelding")
        icon = "image"
        template = "core/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(
        label=_("Van wie"), required=False, max_length=200, help_text=_("Naam en rol")
    )

    class Meta:
        label = _("Citaat")
        icon = "openquote"
        template = "core/blocks/quote_block.html"
        preview_value = {
            "quote": "Helpt dit de ontwikkelkansen van een kind te verbeteren?",
            "attribution": "Marijke Andeweg, programmamanager",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=200,
        help_text=_("Leeg laten om de titel van het document te tonen."),
    )

    class Meta:
        label = _("Document")
        icon = "doc-full"
        template = "core/blocks/document_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Alinea"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="core/blocks/paragraph_block.html",
        preview_value="<p>Samen al lerende doen wat werkt.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = EmbedBlock(
        label=_("Video of embed"),
        icon="media",
        help_text=_("Een link naar bijvoorbeeld een YouTube- of Vimeo-video."),
        template="core/blocks/embed_block.html",
    )

    class Meta:
        template = "core/blocks/body_block.html"
