"""The one search service (DESIGN.md §5).

    search(query, filters, sort, page, user) -> SearchResponse

The HTML page (`/zoeken/`), the JSON API (`/api/search/`) and autocomplete
(`/api/search/autocomplete/`) all call this module. How it works:

1. The query text is cut to `MAX_QUERY_LENGTH` characters and reduced to words: no
   punctuation, no operators, so SQL or Lucene syntax is just text.
2. Concepts expand it with the other domains' words (`search.vocabulary`).
3. The configured backend (database, Elasticsearch or OpenSearch) ranks up to
   `MAX_HITS` live pages. If an external backend fails or times out, the database
   backend answers instead and the response says so (`fallback`).
4. In the database, in a fixed number of queries: the hits are narrowed to what the
   viewer may see, each hit's facet values are read (type, domain, theme, age group,
   region, evidence level, space), filters are applied and the facet counts are
   computed on the viewer's own result set (disjunctive: a facet's counts ignore its
   own selection so that choices within one facet combine with OR).
5. One page of results is loaded with `.specific()` and highlighted.
"""

import difflib
import hashlib
import json
import logging
import math
from dataclasses import dataclass, field
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelsearch.query import Or, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cop.permissions import hidden_page_paths, public_pages, public_pages_sql
from core.cache import cached_per_generation, generation
from search import vocabulary

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_HITS = 1000
PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_FILTER_VALUES = 20
ID_CHUNK = 500
SNIPPET_WORDS = 30
SORTS = ("relevantie", "datum")
FALLBACK_BACKEND = "database"

# Facet name (query parameter) -> label. The order is the order on the page.
FACETS = {
    "type": _("Soort"),
    "domein": _("Domein"),
    "thema": _("Thema"),
    "leeftijd": _("Leeftijd"),
    "regio": _("Regio"),
    "niveau": _("Bewijsniveau"),
    "ruimte": _("Community, fieldlab of dialoog"),
}

# Fields that hold a page's short text, in order of preference (as core_tags.teaser).
TEXT_FIELDS = ("summary", "lead", "intro", "description", "search_description")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list


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


@dataclass
class SearchResponse:
    query: str = ""
    terms: list = field(default_factory=list)
    results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    num_pages: int = 1
    facets: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)
    ignored_filters: list = field(default_factory=list)
    sort: str = "relevantie"
    expand: bool = True
    expansions: list = field(default_factory=list)
    suggestion: str = ""
    backend: str = "default"
    fallback: bool = False
    truncated: bool = False

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


# ---------------------------------------------------------------------------
# Input


def clean_query(text):
    text = (text or "")[:MAX_QUERY_LENGTH]
    return " ".join(text.split())


def clean_filters(raw):
    """{name: [values]} for the known facets; unknown names are returned apart."""
    filters, ignored = {}, []
    for name, values in (raw or {}).items():
        if name not in FACETS:
            ignored.append(str(name)[:50])
            continue
        if isinstance(values, str):
            values = [values]
        cleaned = []
        for value in list(values)[:MAX_FILTER_VALUES]:
            value = str(value).strip()[:100]
            if value and value not in cleaned:
                cleaned.append(value)
        if cleaned:
            filters[name] = cleaned
    return filters, ignored


def clean_page(value):
    try:
        number = int(str(value).strip()[:9])
    except (TypeError, ValueError):
        return 1
    return max(1, number)


# ---------------------------------------------------------------------------
# Backends


def _backend_names():
    from django.conf import settings

    return list(getattr(settings, "WAGTAILSEARCH_BACKENDS", {}) or {"default": {}})


def _is_database(backend):
    return ".database" in type(backend).__module__


def _build_query(tokens, extra):
    base = PlainText(" ".join(tokens), operator="and")
    if not extra:
        return base
    return Or([base, *(PlainText(term, operator="and") for term in extra)])


def _sqlite_ranked_ids(tokens, extra, viewer_paths, autocomplete=False):
    """Rank with SQLite FTS5 directly: one indexed MATCH, ordered by bm25 with the title
    weighted double, over live pages outside the viewer's hidden subtrees only.

    The hidden subtrees are left out in SQL, before ORDER BY and LIMIT: a page the
    viewer may not see takes no place among the `MAX_HITS` ranked hits, so it cannot
    push a viewable page out of them nor show in `truncated` or in any count.

    modelsearch's SQLite compiler scores each hit with a correlated subquery that runs
    the MATCH again per row, which takes tens of seconds for an expanded query over
    10,000 pages. This reads the same index (kept by Wagtail) in one statement. Words
    are `\\w+` tokens, quoted as FTS5 strings, so no query syntax gets through.
    """
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry

    def group(words):
        return "(" + " ".join(f'"{word}"' for word in words) + ")"

    if autocomplete:
        words = [f'"{word}"' for word in tokens[:-1]] + [f'"{tokens[-1]}" *']
        match = "{autocomplete title} : (" + " ".join(words) + ")"
    else:
        parts = [group(tokens)] + [group(term.split()) for term in extra if term.split()]
        match = "{title body} : (" + " OR ".join(parts) + ")"
    table = connection.ops.quote_name(IndexEntry._meta.db_table)
    fts = connection.ops.quote_name(f"{IndexEntry._meta.db_table}_fts")
    pages = connection.ops.quote_name(Page._meta.db_table)
    content_types = get_descendants_content_types_pks(Page)
    placeholders = ", ".join(["%s"] * len(content_types))
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    sql = (
        f"SELECT e.object_id, bm25({fts}, 0.0, 1.0, 2.0) AS score "  # noqa: S608 - names only
        f"FROM {fts} JOIN {table} e ON e.id = {fts}.rowid "
        f"JOIN {pages} p ON p.id = CAST(e.object_id AS INTEGER) "
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders}) "
        f"AND {visible} "
        f"ORDER BY score LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *content_types, *visible_params, MAX_HITS])
        rows = cursor.fetchall()
    ids = [int(object_id) for object_id, _score in rows]
    return ids, {int(object_id): -score for object_id, score in rows}


def _postgres_ranked_ids(backend, tokens, extra, viewer_paths):
    """Rank with PostgreSQL's full text search directly: one statement, one ts_rank per
    column, the hidden subtrees left out in SQL.

    modelsearch's PostgreSQL compiler matches `title || body` (no index can serve that
    expression, so every index entry is read) and ranks an expanded query with a
    ts_rank per alternative and per column: 16 ranks per matching page for
    "thuiszitters" and its seven concept terms, over thousands of pages at 10,000
    practices (p95 ≈ 4 s). Here the words and each concept term become one tsquery
    (`plainto_tsquery`, so no query syntax gets through) joined with OR, matched on
    the indexed title and body columns, and ranked with the same weights and title
    norm modelsearch uses.
    """
    from modelsearch.backends.database.postgres.weights import get_sql_weights
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry

    config = backend.config  # None: the database's default_text_search_config
    groups = [" ".join(tokens), *(term for term in extra if term.split())]
    tsquery = " || ".join(
        ["plainto_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)"] * len(groups)
    )
    query_params = [value for group in groups for value in (config, group)]
    content_types = get_descendants_content_types_pks(Page)
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    pages = connection.ops.quote_name(Page._meta.db_table)
    sql = (
        "SELECT p.id, ts_rank(%s::float4[], e.title, q.query) * e.title_norm "  # noqa: S608
        "+ ts_rank(%s::float4[], e.body, q.query) AS score "
        f"FROM (SELECT {tsquery} AS query) q, {entries} e "
        f"JOIN {pages} p ON e.object_id = p.id::text "
        "WHERE (e.title @@ q.query OR e.body @@ q.query) "
        f"AND e.content_type_id IN ({', '.join(['%s'] * len(content_types))}) "
        f"AND {visible} "
        "ORDER BY score DESC, p.id LIMIT %s"
    )
    weights = get_sql_weights()
    params = [
        weights,
        weights,
        *query_params,
        *content_types,
        *visible_params,
        MAX_HITS,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [pk for pk, _score in rows], dict(rows)


def _ranked_ids(backend, query, viewer_paths, autocomplete=False):
    if type(backend).__name__ == "SQLiteSearchBackend":
        if autocomplete:
            return _sqlite_ranked_ids(query.split(), [], viewer_paths, autocomplete=True)
        return _sqlite_ranked_ids(*query, viewer_paths)
    if type(backend).__name__ == "PostgresSearchBackend" and not autocomplete:
        return _postgres_ranked_ids(backend, *query, viewer_paths)
    if isinstance(query, tuple):
        query = _build_query(*query)
    queryset = Page.objects.live().filter(depth__gt=1)
    if _is_database(backend):
        # The database backend filters in SQL: hidden pages take no place in the top hits.
        queryset = public_pages(Page.objects.all(), None, viewer_paths)
    queryset = queryset.only("id")
    if autocomplete:
        results = backend.autocomplete(query, queryset)
    else:
        results = backend.search(query, queryset).annotate_score("_score")
    ids, scores = [], {}
    for page in results[:MAX_HITS]:
        ids.append(page.pk)
        scores[page.pk] = getattr(page, "_score", None)
    return ids, scores


def run_backend(query, viewer_paths, autocomplete=False):
    """(ids in rank order, scores, backend name, fell back?, backend weighs fields?)."""
    names = _backend_names()
    try:
        backend = get_search_backend("default")
        ids, scores = _ranked_ids(backend, query, viewer_paths, autocomplete)
        return ids, scores, "default", False, _weighs_fields(backend)
    except Exception:
        if FALLBACK_BACKEND not in names:
            raise
        logger.exception("Search backend 'default' failed; answering from the database")
    backend = get_search_backend(FALLBACK_BACKEND)
    ids, scores = _ranked_ids(backend, query, viewer_paths, autocomplete)
    return ids, scores, FALLBACK_BACKEND, True, _weighs_fields(backend)


def _weighs_fields(backend):
    """Whether the backend ranks a title match above a body match by itself.

    The database backends do not, in practice: SQLite's FTS5 ranks all columns alike,
    and PostgreSQL's index entry keeps the body without per-field weights, so a word
    in a long body can outscore the title. For them the service puts title matches
    first (docs/search.md).
    """
    return not _is_database(backend)


def _title_hit(title, stems):
    title_stems = [vocabulary.stem(word) for word in vocabulary.tokenize(title)]
    return all(any(word.startswith(s) for word in title_stems) for s in stems)


# ---------------------------------------------------------------------------
# Facet values of the hits, read from the database in a fixed number of queries


def _chunks(ids):
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:
        return None


def _space_models():
    from cop.models import SpaceBase

    return [model for model in SpaceBase.__subclasses__() if not model._meta.abstract]


def _read_docs(ids, viewer_paths):
    """{page id: {"ct", "path", "date", facet: set(values)}} for the viewable hits."""
    docs = {}
    for chunk in _chunks(ids):
        rows = public_pages(Page.objects.filter(pk__in=chunk), None, viewer_paths).values_list(
            "pk", "content_type_id", "path", "first_published_at", "title"
        )
        for pk, ct, path, date, title in rows:
            docs[pk] = {
                "ct": ct,
                "path": path,
                "date": date,
                "title": title,
                **{name: set() for name in FACETS},
            }
            docs[pk]["type"].add(str(ct))
    by_ct = {}
    for pk, doc in docs.items():
        by_ct.setdefault(doc["ct"], []).append(pk)

    space_cts = {ContentType.objects.get_for_model(model).pk for model in _space_models()}
    spaces_by_path = {}
    for ct, pks in by_ct.items():
        model = ContentType.objects.get_for_id(ct).model_class()
        if model is None:
            continue
        for facet, name in (("domein", "domains"), ("leeftijd", "age_groups")):
            m2m = _field(model, name)
            if m2m is None or not m2m.many_to_many:
                continue
            through = m2m.remote_field.through
            source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            for chunk in _chunks(pks):
                for pk, value in through.objects.filter(**{f"{source}_id__in": chunk}).values_list(
                    f"{source}_id", f"{target}_id"
                ):
                    docs[pk][facet].add(str(value))
        themes = _field(model, "themes")
        if themes is not None:
            through = themes.remote_field.through
            for chunk in _chunks(pks):
                for pk, value in through.objects.filter(content_object_id__in=chunk).values_list(
                    "content_object_id", "tag_id"
                ):
                    docs[pk]["thema"].add(str(value))
        fks = [
            (facet, name)
            for facet, name in (
                ("niveau", "evidence_level"),
                ("regio", "region"),
                ("ruimte", "space"),
            )
            if _field(model, name) is not None and _field(model, name).many_to_one
        ]
        if fks:
            columns = [f"{name}_id" for _facet, name in fks]
            for chunk in _chunks(pks):
                for pk, *values in model.objects.filter(pk__in=chunk).values_list("pk", *columns):
                    for (facet, _name), value in zip(fks, values, strict=True):
                        if value is not None:
                            docs[pk][facet].add(str(value))
        if model._meta.label_lower == "regions.regionpage":
            for pk in pks:
                docs[pk]["regio"].add(str(pk))
        if ct in space_cts:
            for pk in pks:
                docs[pk]["ruimte"].add(str(pk))
        elif model._meta.label_lower == "cop.spacepage":
            if not spaces_by_path:
                spaces_by_path = dict(
                    Page.objects.filter(content_type_id__in=space_cts).values_list("path", "pk")
                )
            for pk in pks:
                path = docs[pk]["path"]
                for length in range(Page.steplen, len(path), Page.steplen):
                    if path[:length] in spaces_by_path:
                        docs[pk]["ruimte"].add(str(spaces_by_path[path[:length]]))
                        break
    return docs


def _labels(docs):
    """{facet: {value: label}} for every value that occurs in the hits: one query per facet."""
    from taxonomy.models import AgeGroup, Domain, EvidenceLevel, Theme

    wanted = {name: set() for name in FACETS}
    for doc in docs.values():
        for name in FACETS:
            wanted[name] |= doc[name]
    labels = {name: {} for name in FACETS}
    for value in wanted["type"]:
        model = ContentType.objects.get_for_id(int(value)).model_class()
        labels["type"][value] = capfirst(model._meta.verbose_name) if model else value
    for name, model, attr in (
        ("domein", Domain, "name"),
        ("thema", Theme, "name"),
        ("niveau", EvidenceLevel, "name"),
    ):
        if wanted[name]:
            ids = [int(v) for v in wanted[name]]
            labels[name] = {
                str(pk): label
                for pk, label in model.objects.filter(pk__in=ids).values_list("pk", attr)
            }
    if wanted["leeftijd"]:
        for group in AgeGroup.objects.filter(pk__in=[int(v) for v in wanted["leeftijd"]]):
            labels["leeftijd"][str(group.pk)] = str(group)
    page_ids = [int(v) for v in wanted["regio"] | wanted["ruimte"]]
    if page_ids:
        titles = {
            str(pk): title
            for pk, title in Page.objects.filter(pk__in=page_ids).values_list("pk", "title")
        }
        labels["regio"] = {v: titles.get(v, v) for v in wanted["regio"]}
        labels["ruimte"] = {v: titles.get(v, v) for v in wanted["ruimte"]}
    return labels


def _slug_maps(docs):
    """{facet: {internal value: public value}}: slugs for types, domains, themes, levels."""
    from taxonomy.models import AgeGroup, Domain, EvidenceLevel, Theme

    wanted = {name: set() for name in FACETS}
    for doc in docs.values():
        for name in FACETS:
            wanted[name] |= doc[name]
    maps = {name: {} for name in FACETS}
    for value in wanted["type"]:
        model = ContentType.objects.get_for_id(int(value)).model_class()
        maps["type"][value] = model._meta.model_name if model else value
    for name, model, attr in (
        ("domein", Domain, "slug"),
        ("thema", Theme, "slug"),
        ("niveau", EvidenceLevel, "slug"),
        ("leeftijd", AgeGroup, "label"),
    ):
        if wanted[name]:
            ids = [int(v) for v in wanted[name]]
            maps[name] = {
                str(pk): slug
                for pk, slug in model.objects.filter(pk__in=ids).values_list("pk", attr)
            }
    for name in ("regio", "ruimte"):
        maps[name] = {v: v for v in wanted[name]}
    return maps


def _matches(doc, selected, skip=None):
    for name, values in selected.items():
        if name == skip:
            continue
        if not doc[name] & values:
            return False
    return True


def _facets(docs, selected, public, labels, filters):
    facets = []
    for name, label in FACETS.items():
        counts = {}
        for doc in docs.values():
            if _matches(doc, selected, skip=name):
                for value in doc[name]:
                    counts[value] = counts.get(value, 0) + 1
        values = []
        chosen = set(filters.get(name, []))
        for value, count in counts.items():
            public_value = public[name].get(value, value)
            values.append(
                FacetValue(
                    public_value,
                    labels[name].get(value, public_value),
                    count,
                    public_value in chosen,
                )
            )
        shown = {value.value for value in values}
        for value in filters.get(name, []):
            if value not in shown:
                values.append(FacetValue(value, value, 0, True))
        values.sort(key=lambda v: (-v.count, str(v.label).lower()))
        if values:
            facets.append(Facet(name, label, values))
    return facets


# ---------------------------------------------------------------------------
# Output


def _page_text(page):
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


def _results(ids, scores, request, words, public_types):
    pages = {
        page.pk: page for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific()
    }
    results = []
    for pk in ids:
        page = pages.get(pk)
        if page is None:
            continue
        snippet, marked = highlight(_page_text(page), words)
        model = type(page)
        results.append(
            Result(
                page=page,
                url=page.get_url(request) or "",
                title=page.title,
                type=model._meta.model_name,
                type_label=capfirst(model._meta.verbose_name),
                snippet=snippet,
                highlight=marked,
                date=page.first_published_at,
                score=scores.get(pk),
            )
        )
    return results


def _promotions(normalised, viewer_paths, request):
    """Editors' promoted results for this exact query, only pages the viewer may see."""
    try:
        from wagtail.contrib.search_promotions.models import SearchPromotion
    except ImportError:  # pragma: no cover - the app is installed in settings
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [p.page_id for p in promotions if p.page_id]
    visible = set(
        public_pages(Page.objects.filter(pk__in=page_ids), None, viewer_paths).values_list(
            "pk", flat=True
        )
    )
    out = []
    for promotion in promotions:
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


SUGGEST_KEY = "search:suggest-words:v2"
SUGGEST_SECONDS = 600


def suggest_words():
    """The words 'Bedoelde u ...' may offer: concept terms, themes, domains and the words
    of the titles an anonymous visitor may see.

    Never a title behind a view restriction, for anyone: a suggestion built from
    members-only titles would answer a misspelt secret word with the secret word. Every
    viewer gets the same public list (members get no suggestions from members-only
    words). Cached under the page cache's generation (a publish, an unpublish, a move or
    a changed view restriction starts a new one) and the hidden subtrees themselves, so a
    page that becomes members-only leaves the list with the next search.
    """
    paths = hidden_page_paths(None)
    digest = hashlib.sha256(json.dumps(paths).encode()).hexdigest()
    key = f"{SUGGEST_KEY}:{generation()}:{digest}"
    words = cache.get(key)
    if words is None:
        words = vocabulary.vocabulary_words()
        titles = public_pages(Page.objects.filter(depth__gt=2), None, paths)
        for title in titles.values_list("title", flat=True)[:20000]:
            words.update(vocabulary.tokenize(title))
        words = sorted(word for word in words if len(word) > 2)
        cache.set(key, words, SUGGEST_SECONDS)
    return words


def suggest(tokens):
    """'Bedoelde u ...': the closest known words for words the index does not know."""
    words = suggest_words()
    known = set(words)
    changed, out = False, []
    for token in tokens[:6]:
        if token in known or len(token) < 4:
            out.append(token)
            continue
        close = difflib.get_close_matches(token, words, n=1, cutoff=0.75)
        if close:
            out.append(close[0])
            changed = True
        else:
            out.append(token)
    return " ".join(out) if changed else ""


# ---------------------------------------------------------------------------
# The entry points


def _hits(tokens, extra, viewer_paths):
    """The ranked hits of a query as the viewer may see them, with their facet values
    and labels: everything a results page needs before filters, sort and paging.

    Kept in the shared cache until something is published (core.cache's generation),
    under the words, the expansions and the viewer's hidden subtrees: viewers who may
    see the same pages share it, no one gets another's. So paging, sorting and
    narrowing by facets, and the searches many people make, skip the backend and the
    facet reading. An answer from the fallback backend is not kept: the engine is
    asked again on the next request.
    """

    def build():
        ids, scores, backend, fallback, weighs_fields = run_backend((tokens, extra), viewer_paths)
        docs = _read_docs(ids, viewer_paths)
        return {
            "ids": ids,
            "scores": scores,
            "backend": backend,
            "fallback": fallback,
            "weighs_fields": weighs_fields,
            "docs": docs,
            "maps": _slug_maps(docs),
            # Labels as text in the language of the request (lazy strings do not pickle).
            "labels": {
                facet: {value: str(label) for value, label in values.items()}
                for facet, values in _labels(docs).items()
            },
        }

    key = [tokens, extra, viewer_paths, translation.get_language()]
    key = hashlib.sha256(json.dumps(key).encode()).hexdigest()
    return cached_per_generation(f"search:{key}", build, keep=lambda hits: not hits["fallback"])


def search(
    query="",
    filters=None,
    sort="relevantie",
    page=1,
    user=None,
    expand=True,
    request=None,
    page_size=PAGE_SIZE,
    log=False,
):
    """Search every content type for `query`, as `user` may see it. See the module docstring."""
    query = clean_query(query)
    filters, ignored = clean_filters(filters)
    sort = sort if sort in SORTS else "relevantie"
    page = clean_page(page)
    page_size = max(1, min(int(page_size or PAGE_SIZE), MAX_PAGE_SIZE))
    response = SearchResponse(
        query=query,
        filters=filters,
        ignored_filters=ignored,
        sort=sort,
        expand=expand,
        page=page,
        page_size=page_size,
    )

    tokens = vocabulary.tokenize(query)[:MAX_TERMS]
    response.terms = tokens
    if not tokens:
        response.page = 1
        return response

    extra = []
    if expand:
        response.expansions, extra = vocabulary.expand(tokens)
    viewer_paths = hidden_page_paths(user)
    hits = _hits(tokens, extra, viewer_paths)
    ids, scores, docs, maps, labels = (hits[k] for k in ("ids", "scores", "docs", "maps", "labels"))
    response.backend, response.fallback = hits["backend"], hits["fallback"]
    weighs_fields = hits["weighs_fields"]
    response.truncated = len(ids) >= MAX_HITS
    # Selected public values -> internal values.
    reverse = {
        name: {public: internal for internal, public in maps[name].items()} for name in FACETS
    }
    selected = {
        name: {reverse[name].get(value, f"unknown:{value}") for value in values}
        for name, values in filters.items()
    }
    ranked = [pk for pk in ids if pk in docs and _matches(docs[pk], selected)]
    if not weighs_fields:
        # Title above body, where the backend cannot weigh fields itself.
        stems = [vocabulary.stem(token) for token in tokens]
        ranked.sort(key=lambda pk: not _title_hit(docs[pk]["title"], stems))
    if sort == "datum":
        ranked.sort(key=lambda pk: (docs[pk]["date"] is not None, docs[pk]["date"]), reverse=True)

    response.total = len(ranked)
    response.num_pages = max(1, math.ceil(response.total / page_size))
    response.page = min(page, response.num_pages)
    start = (response.page - 1) * page_size
    words = tokens + [word for term in extra for word in vocabulary.tokenize(term)]
    response.results = _results(
        ranked[start : start + page_size], scores, request, words, maps["type"]
    )
    response.facets = _facets(docs, selected, maps, labels, filters)
    normalised = " ".join(tokens)
    if response.page == 1:
        response.promotions = _promotions(normalised, viewer_paths, request)
    if response.total == 0:
        response.suggestion = suggest(tokens)
    if log and response.page == 1 and not filters:
        from search.models import QueryStat

        QueryStat.record(normalised, found=response.total > 0)
    return response


def autocomplete(text, user=None, request=None, limit=8):
    """Titles of viewable pages that start like `text`, and matching concept words."""
    text = clean_query(text)
    tokens = vocabulary.tokenize(text)[:MAX_TERMS]
    limit = max(1, min(int(limit or 8), 20))
    out = {"query": text, "pages": [], "terms": [], "fallback": False}
    if not tokens or len("".join(tokens)) < 2:
        return out
    viewer_paths = hidden_page_paths(user)
    ids, _scores, _name, out["fallback"], _weighs = run_backend(
        " ".join(tokens), viewer_paths, autocomplete=True
    )
    visible = []
    for chunk in _chunks(ids[: limit * 5]):
        allowed = set(
            public_pages(Page.objects.filter(pk__in=chunk), None, viewer_paths).values_list(
                "pk", flat=True
            )
        )
        visible += [pk for pk in chunk if pk in allowed]
        if len(visible) >= limit:
            break
    pages = {p.pk: p for p in Page.objects.filter(pk__in=visible[:limit]).specific()}
    for pk in visible[:limit]:
        page = pages.get(pk)
        if page is not None:
            out["pages"].append(
                {
                    "title": page.title,
                    "url": page.get_url(request) or "",
                    "type": capfirst(type(page)._meta.verbose_name),
                }
            )
    prefix = tokens[-1]
    head = " ".join(tokens[:-1])
    for concept in vocabulary.concepts():
        for term, domain in concept.terms:
            cleaned = " ".join(vocabulary.tokenize(term))
            if cleaned.startswith(f"{head} {prefix}".strip()) or any(
                w.startswith(prefix) for w in cleaned.split()[1:] if not head
            ):
                out["terms"].append({"term": term, "domain": domain, "concept": concept.name})
        if len(out["terms"]) >= limit:
            break
    out["terms"] = out["terms"][:limit]
    return out


def to_json(response):
    """The JSON document of `/api/search/` (schema in docs/search.md)."""
    return {
        "query": response.query,
        "terms": response.terms,
        "sort": response.sort,
        "expand": response.expand,
        "expansions": response.expansions,
        "suggestion": response.suggestion or None,
        "filters": response.filters,
        "ignored_filters": response.ignored_filters,
        "backend": response.backend,
        "fallback": response.fallback,
        "total": response.total,
        "truncated": response.truncated,
        "page": response.page,
        "page_size": response.page_size,
        "num_pages": response.num_pages,
        "promotions": response.promotions,
        "results": [
            {
                "id": r.page.pk,
                "title": r.title,
                "url": r.url,
                "type": r.type,
                "type_label": str(r.type_label),
                "snippet": r.snippet,
                "highlight": str(r.highlight),
                "date": r.date.isoformat() if r.date else None,
            }
            for r in response.results
        ],
        "facets": [
            {
                "name": f.name,
                "label": str(f.label),
                "values": [
                    {
                        "value": v.value,
                        "label": str(v.label),
                        "count": v.count,
                        "selected": v.selected,
                    }
                    for v in f.values
                ],
            }
            for f in response.facets
        ],
    }
