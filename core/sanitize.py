"""Rich text is cleaned on every save, whatever wrote it.

The admin's Draftail editor already keeps only whitelisted elements, but pages are
also written by code (imports, public forms, the demo command, a future API). Before a
page is saved, every RichTextField and every RichTextBlock in its StreamFields goes
through Wagtail's own whitelister: `<script>`, `on*=` attributes and `javascript:`
links are removed. Connected in `CoreConfig.ready` (see docs/editorial.md).
"""

import unicodedata

from django.db.models.signals import pre_save
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

# Every formatting feature any of our rich text fields may use: a field's own, narrower
# list is enforced by its editor; this list only decides what survives a save.
ALLOWED_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "hr",
    "link",
    "document-link",
    "image",
    "embed",
    "code",
    "superscript",
    "subscript",
    "strikethrough",
    "blockquote",
]
_converter = None


def clean_rich_text(html):
    global _converter  # noqa: PLW0603 - one converter per process, built lazily
    if not html:
        return html
    if _converter is None:
        _converter = EditorHTMLConverter(features=ALLOWED_FEATURES)
    return _converter.to_database_format(html)


def _clean_block_value(block, raw):
    """Clean the raw (JSON) value of `block`, recursing into structures."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(raw) if isinstance(raw, str) else raw
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return {
            name: _clean_block_value(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        cleaned = []
        for item in raw:
            if isinstance(item, dict) and "value" in item and "type" in item:
                cleaned.append(
                    {**item, "value": _clean_block_value(block.child_block, item["value"])}
                )
            else:
                cleaned.append(_clean_block_value(block.child_block, item))
        return cleaned
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        cleaned = []
        for child in raw:
            child_block = (
                block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            )
            if child_block is None:
                cleaned.append(child)
            else:
                cleaned.append(
                    {**child, "value": _clean_block_value(child_block, child.get("value"))}
                )
        return cleaned
    return raw


def clean_page_rich_text(page):
    for field in page._meta.concrete_fields:
        if isinstance(field, RichTextField):
            value = getattr(page, field.attname)
            if value:
                setattr(page, field.attname, clean_rich_text(value))
        elif isinstance(field, StreamField):
            value = getattr(page, field.attname)
            if not value:
                continue
            raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
            if isinstance(raw, str):
                continue
            cleaned = _clean_block_value(field.stream_block, list(raw))
            if cleaned != raw:
                setattr(page, field.attname, cleaned)


def sanitize_page(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    clean_page_rich_text(instance)


def connect():
    pre_save.connect(sanitize_page, dispatch_uid="core.sanitize.sanitize_page")


# --- plain text as people type it ------------------------------------------------------

# Bidirectional embeddings, overrides and isolates: they can make text display in
# another order than it is stored (a "Trojan Source" file name or name).
BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    None,
)
KEPT_CONTROLS = {"\n", "\r", "\t"}


def clean_text(value):
    """Text stored clean: Unicode NFC (so "é" typed two ways is one "é"), without
    control characters (newlines and tabs kept) and bidi overrides."""
    if not isinstance(value, str) or not value:
        return value
    value = unicodedata.normalize("NFC", value).translate(BIDI_CONTROLS)
    return "".join(
        char
        for char in value
        if char in KEPT_CONTROLS or unicodedata.category(char) not in ("Cc", "Cs")
    )
