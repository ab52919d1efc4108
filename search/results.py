"""One page of results as a reader sees them: each hit's page loaded (`.specific()`,
one query per content type) with its type label, date and a snippet of its short
text with the query words in `<mark>` (`highlight`); and the editors' promoted results
for the query (`wagtail.contrib.search_promotions`), only pages the viewer may see."""

from dataclasses import dataclass
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cop.permissions import public_pages
from search import vocabulary
from search.pages import type_label

SNIPPET_WORDS = 30

# Fields that hold a page's short text, in order of preference (as core_tags.teaser).
TEXT_FIELDS = ("summary", "lead", "intro", "description", "search_description")


@dataclass
class Result:
    page: Page
    url: str
    title: str
    type: str
    type_label: str
    snippet: str
    highlight: str
    date: object
    score: float | None = None
    promoted: bool = False


def page_text(page):
    for name in TEXT_FIELDS:
        value = getattr(page, name, "")
        if value and isinstance(value, str):
            text = " ".join(unescape(strip_tags(value)).split())
            if text:
                return text
    return ""


def highlight(text, words):
    """A snippet of `text` around the first matching word, the matches in <mark>."""
    if not text:
        return "", ""
    stems = {vocabulary.stem(word) for word in words if len(word) > 1}
    parts = text.split(" ")

    def hit(part):
        token = vocabulary.tokenize(part)
        return bool(token) and any(vocabulary.stem(t).startswith(s) for t in token for s in stems)

    first = next((i for i, part in enumerate(parts) if hit(part)), 0)
    start = max(0, first - 8)
    window = parts[start : start + SNIPPET_WORDS]
    snippet = " ".join(window)
    marked = " ".join(f"<mark>{escape(p)}</mark>" if hit(p) else escape(p) for p in window)
    if start > 0:
        snippet, marked = "… " + snippet, "… " + marked
    if start + SNIPPET_WORDS < len(parts):
        snippet, marked = snippet + " …", marked + " …"
    return snippet, mark_safe(marked)  # noqa: S308 - every part is escaped above


def results(ids, scores, request, words):
    """The `Result`s of the page ids `ids`, in that order, highlighting `words`."""
    pages = {
        page.pk: page for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific()
    }
    out = []
    for pk in ids:
        page = pages.get(pk)
        if page is None:
            continue
        snippet, marked = highlight(page_text(page), words)
        model = type(page)
        out.append(
            Result(
                page=page,
                url=page.get_url(request) or "",
                title=page.title,
                type=model._meta.model_name,
                type_label=type_label(model),
                snippet=snippet,
                highlight=marked,
                date=page.first_published_at,
                score=scores.get(pk),
            )
        )
    return out


def promotions(normalised, viewer_paths, request):
    """Editors' promoted results for this exact query, only pages the viewer may see."""
    try:
        from wagtail.contrib.search_promotions.models import SearchPromotion
    except ImportError:  # pragma: no cover - the app is installed in settings
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [p.page_id for p in picks if p.page_id]
    visible = set(
        public_pages(Page.objects.filter(pk__in=page_ids), None, viewer_paths).values_list(
            "pk", flat=True
        )
    )
    out = []
    for promotion in picks:
        if promotion.page_id and promotion.page_id in visible:
            page = promotion.page
            out.append(
                {
                    "title": page.title,
                    "url": page.get_url(request) or "",
                    "description": promotion.description,
                    "page_id": page.pk,
                }
            )
        elif not promotion.page_id and getattr(promotion, "external_link_url", ""):
            out.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                    "page_id": None,
                }
            )
    return out
