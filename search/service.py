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

import bisect
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
from modelsearch.query import Boost, Fuzzy, Or, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cop.permissions import hidden_page_paths, public_pages, public_pages_sql
from core.cache import cached_per_generation, generation
from search import dutch, vocabulary

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

# Page types as a reader would call them (the facet "Soort" and each result's label),
# where the model's own name is an editor's word.
READER_TYPE_LABELS = {
    "page": _("Informatie"),
    "homepage": _("Informatie"),
    "standardpage": _("Informatie"),
    "spacepage": _("Pagina van een community"),
    "spaceindexpage": _("Overzicht"),
    "practiceindexpage": _("Overzicht"),
    "articleindexpage": _("Overzicht"),
    "eventindexpage": _("Agenda"),
    "regionindexpage": _("Overzicht"),
    "bottleneckindexpage": _("Overzicht"),
    "coveragematrixpage": _("Overzicht"),
}


def type_label(model):
    name = model._meta.model_name
    return READER_TYPE_LABELS.get(name) or capfirst(model._meta.verbose_name)


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
    suggestion: str = ""  # the corrected query, when a word was corrected
    corrected: bool = False  # the results are those of `suggestion`, not of `query`
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
    """The query for Elasticsearch/OpenSearch: the person's own words (stop words do
    not veto: any of them may match, all of them match best), fuzzy for typos, and the
    concept terms as phrases at a lower weight."""
    words = dutch.content_words(tokens)
    own = [Boost(PlainText(" ".join(words), operator="or"), 3.0)]
    if len(words) > 1:
        own.append(Boost(PlainText(" ".join(words), operator="and"), 2.0))
    own.append(Boost(Fuzzy(" ".join(words), operator="or"), 0.5))
    # Every inflection: an engine without a Dutch stemmer (osmem-server) needs them.
    terms = list(dict.fromkeys(" ".join(vocabulary.tokenize(term)) for term in extra))
    concept = [
        Boost(Phrase(term) if len(term.split()) > 1 else PlainText(term), 0.6)
        for term in terms
        if term
    ]
    return Or(own + concept)


def _concept_terms(extra):
    """The concept terms, one per stem form: with a stemmer the plural forms that
    `vocabulary.inflections` adds for SQLite are the same term."""
    out, seen = [], set()
    for term in extra:
        words = vocabulary.tokenize(term)
        key = tuple(dutch.stem(word) for word in words)
        if words and key not in seen:
            seen.add(key)
            out.append(" ".join(words))
    return out


# -- the database backends: SQLite FTS5 and PostgreSQL, ranked by our own statements --
#
# Matching: any of the person's words (not all: a stop word or one missing word does not
# veto a page) in the Snowball form (the word, or its stem as a prefix: samenwerken ->
# samenwerk*, leesachterstanden -> leesachterstand*), or any concept term (a multiword
# term as a phrase). Ranking (`_rerank`): how much of the person's own words a page
# matches, weighted by how rare each word is, with title matches on top; then proximity
# (all the words close together); concept terms below the own words and by their
# specificity, so a concept on most pages adds almost nothing; the engine's own score
# (bm25 / ts_rank) breaks ties.


def _fts_word(word):
    forms = [f'"{word}"'] + [f'"{root}" *' for root in dutch.prefixes(word)]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def _fts_term(term, phrase=False):
    """A concept term: one word in its forms; several words all of them (`phrase`: as
    a phrase, which `_rerank` weighs higher)."""
    words = term.split()
    if len(words) == 1:
        return _fts_word(words[0])
    if phrase:
        return '"' + " ".join(words) + '"'
    return "(" + " AND ".join(_fts_word(word) for word in words) + ")"


def _pg_word(word):
    """(SQL, params) of a tsquery for one word: its stems as prefixes when long enough
    (`dutch.prefixes`); PostgreSQL stems the word itself with its `dutch` dictionary."""
    roots = dutch.prefixes(word)
    if roots:
        text = " | ".join([f"'{word}':*"] + [f"'{root}':*" for root in roots])
        return "to_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)", [text]
    return "plainto_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)", [word]


def _pg_term(term, phrase=False):
    if len(term.split()) == 1:
        return _pg_word(term)
    function = "phraseto_tsquery" if phrase else "plainto_tsquery"
    return f"{function}(coalesce(%s::regconfig, get_current_ts_config()), %s)", [term]


class _Index:
    """The database search index (modelsearch's IndexEntry) of pages, per vendor."""

    def __init__(self, backend=None):
        from modelsearch.utils import get_descendants_content_types_pks
        from wagtail.search.models import IndexEntry

        self.vendor = connection.vendor
        self.config = getattr(backend, "config", None)
        self.entries = connection.ops.quote_name(IndexEntry._meta.db_table)
        self.fts = connection.ops.quote_name(f"{IndexEntry._meta.db_table}_fts")
        self.pages = connection.ops.quote_name(Page._meta.db_table)
        self.content_types = list(get_descendants_content_types_pks(Page))
        self.ct_sql = ", ".join(["%s"] * len(self.content_types))

    def _tsquery(self, parts):
        sql = " || ".join(part for part, _params in parts)
        params = []
        for _part, values in parts:
            params += [self.config, *values]
        return sql, params

    def matching(self, words=(), terms=(), columns="title body", near=None, phrase=False):
        """Object ids of pages (any, visible or not: callers intersect with their hits)
        whose `columns` match any of `words` / `terms`, or all `near` words close by."""
        if self.vendor == "sqlite":
            if near:
                match = (
                    "{"
                    + columns
                    + "} : NEAR("
                    + " ".join(
                        f'"{dutch.prefix(w)}" *' if dutch.prefix(w) else f'"{w}"' for w in near
                    )
                    + ", 6)"
                )
            else:
                parts = [_fts_word(w) for w in words] + [_fts_term(t, phrase) for t in terms]
                match = "{" + columns + "} : (" + " OR ".join(parts) + ")"
            sql = (
                f"SELECT e.object_id FROM {self.fts} JOIN {self.entries} e "  # noqa: S608
                f"ON e.id = {self.fts}.rowid WHERE {self.fts} MATCH %s "
                f"AND e.content_type_id IN ({self.ct_sql})"
            )
            params = [match, *self.content_types]
        else:
            if near:
                # PostgreSQL has no "within n words": the words as a phrase, in order.
                tsquery = "phraseto_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)"
                params = [self.config, " ".join(near)]
            else:
                tsquery, params = self._tsquery(
                    [_pg_word(w) for w in words] + [_pg_term(t, phrase) for t in terms]
                )
            cols = columns.split()
            where = " OR ".join(f"e.{col} @@ q.query" for col in cols)
            sql = (
                f"SELECT e.object_id FROM (SELECT {tsquery} AS query) q, "  # noqa: S608
                f"{self.entries} e WHERE ({where}) AND e.content_type_id IN ({self.ct_sql})"
            )
            params = [*params, *self.content_types]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {int(object_id) for (object_id,) in cursor.fetchall()}

    def size(self):
        sql = f"SELECT count(*) FROM {self.entries} WHERE content_type_id IN ({self.ct_sql})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, self.content_types)
            return cursor.fetchone()[0] or 1


# The weights of `_rerank`. A page's score: OWN x the share of the person's own words it
# contains (each word weighted by its rarity, idf), TITLE x the share in its title,
# NEAR if all the words stand close together, CONCEPT x what a concept term would be
# worth as an own word (so always less than the same own word in the same field)
# times its specificity, and ENGINE x the engine's score (relative to the best hit).
OWN, TITLE, NEAR, CONCEPT, ENGINE = 4.0, 1.5, 1.0, 0.8, 0.5
# The same share counted in the page's short text (summary, lead, intro, description):
# a word in the summary weighs more than the same word in the body or the lessons.
SHORT = 1.0
SHORT_FIELDS = ("summary", "lead", "intro", "description")
# A multiword concept term found with its words apart, not as a phrase, counts this much.
APART = 0.6


def _short_text_hits(ids, words):
    """{word: ids of the hits whose short text (`SHORT_FIELDS`) holds a form of it}:
    one query per content type, matched here with `dutch.prefixes`."""
    found = {word: set() for word in words}
    by_ct = {}
    for pk, ct in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id"):
        by_ct.setdefault(ct, []).append(pk)
    forms = {word: (word, *dutch.prefixes(word)) for word in words}
    for ct, pks in by_ct.items():
        model = ContentType.objects.get_for_id(ct).model_class()
        fields = [name for name in SHORT_FIELDS if model and _field(model, name) is not None]
        if not fields:
            continue
        for chunk in _chunks(pks):
            for pk, *texts in model.objects.filter(pk__in=chunk).values_list("pk", *fields):
                text_words = set(vocabulary.tokenize(" ".join(str(t) for t in texts if t)))
                for word, variants in forms.items():
                    if any(w == v or w.startswith(v) for w in text_words for v in variants[1:]) or (
                        variants[0] in text_words
                    ):
                        found[word].add(pk)
    return found


def _rerank(index, tokens, extra, ids, scores):
    """Order the engine's hits by how well they match (see the comment above)."""
    if not ids:
        return ids, scores
    words = list(dict.fromkeys(dutch.content_words(tokens)))
    total = index.size()

    def weight(found):
        return math.log(1 + total / (1 + len(found)))

    own = []
    for word in words:
        found = index.matching(words=[word])
        own.append((weight(found), found, index.matching(words=[word], columns="title")))
    own_sum = sum(w for w, _found, _title in own) or 1.0
    short = _short_text_hits(ids, words)
    near = index.matching(near=words) if 1 < len(words) <= 6 else set()
    concepts = []
    rarest = max((w for w, _found, _title in own), default=1.0) or 1.0
    own_forms = {form for word in words for form in (word, *dutch.prefixes(word))}
    for term in _concept_terms(extra):
        if any(w in own_forms or set(dutch.prefixes(w)) & own_forms for w in term.split()):
            continue  # a form of the person's own word ("thuiszitten"): counted as such
        found = index.matching(terms=[term])
        # Specificity 0..1, against the person's own rarest word: a concept term on
        # (nearly) every page adds (nearly) nothing to a query with a rare word.
        spec = min(1.0, weight(found) / rarest)
        phrase = found
        if len(term.split()) > 1:
            phrase = index.matching(terms=[term], phrase=True)
        concepts.append((spec, found, index.matching(terms=[term], columns="title"), phrase))
    # A concept stands in for one of the person's words, not for all of them.
    share = 1.0 / len(words)
    best = max((abs(scores.get(pk) or 0.0) for pk in ids), default=0.0) or 1.0
    final = {}
    for pk in ids:
        coverage = sum(w for w, found, _title in own if pk in found) / own_sum
        title = sum(w for w, _found, in_title in own if pk in in_title) / own_sum
        in_short = (
            sum(w for (w, _f, _t), word in zip(own, words, strict=True) if pk in short[word])
            / own_sum
        )
        concept = max(
            (
                spec * (OWN + (TITLE if pk in in_title else 0.0)) * (1.0 if pk in phrase else APART)
                for spec, found, in_title, phrase in concepts
                if pk in found
            ),
            default=0.0,
        )
        final[pk] = (
            OWN * coverage
            + TITLE * title
            + SHORT * in_short
            + (NEAR if pk in near else 0.0)
            + CONCEPT * share * concept
            + ENGINE * abs(scores.get(pk) or 0.0) / best
        )
    ordered = sorted(ids, key=lambda pk: -final[pk])
    return ordered, final


def _sqlite_ranked_ids(tokens, extra, viewer_paths, autocomplete=False):
    """Rank with SQLite FTS5 directly: one indexed MATCH, ordered by bm25 with the title
    weighted double, over live pages outside the viewer's hidden subtrees only; then
    `_rerank`.

    The hidden subtrees are left out in SQL, before ORDER BY and LIMIT: a page the
    viewer may not see takes no place among the `MAX_HITS` ranked hits, so it cannot
    push a viewable page out of them nor show in `truncated` or in any count.

    modelsearch's SQLite compiler scores each hit with a correlated subquery that runs
    the MATCH again per row, which takes tens of seconds for an expanded query over
    10,000 pages. This reads the same index (kept by Wagtail) in one statement. Words
    are `\\w+` tokens, quoted as FTS5 strings, so no query syntax gets through. FTS5
    has no Dutch stemmer: the words are stemmed here (Snowball) and matched as
    prefixes (`_fts_word`).
    """
    index = _Index()
    if autocomplete:
        words = [f'"{word}"' for word in tokens[:-1]] + [f'"{tokens[-1]}" *']
        match = "{autocomplete title} : (" + " ".join(words) + ")"
    else:
        parts = [_fts_word(word) for word in dutch.content_words(tokens)]
        parts += [_fts_term(term) for term in _concept_terms(extra)]
        match = "{title body} : (" + " OR ".join(parts) + ")"
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    sql = (
        f"SELECT e.object_id, bm25({index.fts}, 0.0, 1.0, 2.0) AS score "  # noqa: S608
        f"FROM {index.fts} JOIN {index.entries} e ON e.id = {index.fts}.rowid "
        f"JOIN {index.pages} p ON p.id = CAST(e.object_id AS INTEGER) "
        f"WHERE {index.fts} MATCH %s AND e.content_type_id IN ({index.ct_sql}) "
        f"AND {visible} "
        f"ORDER BY score LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *index.content_types, *visible_params, MAX_HITS])
        rows = cursor.fetchall()
    ids = [int(object_id) for object_id, _score in rows]
    scores = {int(object_id): -score for object_id, score in rows}
    if autocomplete:
        return ids, scores
    return _rerank(index, tokens, extra, ids, scores)


def _postgres_ranked_ids(backend, tokens, extra, viewer_paths):
    """Rank with PostgreSQL's full text search directly: one statement, one ts_rank per
    column, the hidden subtrees left out in SQL; then `_rerank`.

    modelsearch's PostgreSQL compiler matches `title || body` (no index can serve that
    expression, so every index entry is read) and ranks an expanded query with a
    ts_rank per alternative and per column: 16 ranks per matching page for
    "thuiszitters" and its seven concept terms, over thousands of pages at 10,000
    practices (p95 ≈ 4 s). Here each word and each concept term becomes a tsquery
    (`to_tsquery` of a quoted `\\w+` word or `plainto_tsquery`/`phraseto_tsquery`, so no
    query syntax gets through) joined with OR, matched on the indexed title and body
    columns, and ranked with the same weights and title norm modelsearch uses.
    """
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    index = _Index(backend)
    tsquery, query_params = index._tsquery(
        [_pg_word(word) for word in dutch.content_words(tokens)]
        + [_pg_term(term) for term in _concept_terms(extra)]
    )
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    sql = (
        "SELECT p.id, ts_rank(%s::float4[], e.title, q.query) * e.title_norm "  # noqa: S608
        "+ ts_rank(%s::float4[], e.body, q.query) AS score "
        f"FROM (SELECT {tsquery} AS query) q, {index.entries} e "
        f"JOIN {index.pages} p ON e.object_id = p.id::text "
        "WHERE (e.title @@ q.query OR e.body @@ q.query) "
        f"AND e.content_type_id IN ({index.ct_sql}) "
        f"AND {visible} "
        "ORDER BY score DESC, p.id LIMIT %s"
    )
    weights = get_sql_weights()
    params = [
        weights,
        weights,
        *query_params,
        *index.content_types,
        *visible_params,
        MAX_HITS,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _rerank(index, tokens, extra, [pk for pk, _score in rows], dict(rows))


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
        labels["type"][value] = type_label(model) if model else value
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
                type_label=type_label(model),
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


WORDS_KEY = "search:viewer-words:v1"
WORDS_SECONDS = 600
MAX_VOCABULARY_PAGES = 20000
CORRECT_CUTOFF = 0.8


def viewer_words(viewer_paths):
    """The sorted words a viewer may see: in the titles and indexed text of the pages
    outside their hidden subtrees, and the concept terms, themes and domains.

    The typo correction ("Resultaten voor ...") takes its words from here only, so it
    never offers, nor searches for, a word that stands only on pages this viewer may
    not see: an outsider who misspells a members-only word gets no correction to it,
    and cannot tell from the answer that it exists. Cached under the page cache's
    generation (a publish, an unpublish, a move or a changed view restriction starts
    a new one) and the hidden subtrees themselves, like the hits.
    """
    digest = hashlib.sha256(json.dumps(viewer_paths).encode()).hexdigest()
    key = f"{WORDS_KEY}:{generation()}:{digest}"
    words = cache.get(key)
    if words is None:
        found = vocabulary.vocabulary_words()
        pages = public_pages(Page.objects.filter(depth__gt=1), None, viewer_paths)
        for title in pages.values_list("title", flat=True)[:MAX_VOCABULARY_PAGES]:
            found.update(vocabulary.tokenize(title))
        for text in _indexed_text(viewer_paths):
            found.update(vocabulary.tokenize(text))
        words = sorted(word for word in found if len(word) > 2 and not word.isdigit())
        cache.set(key, words, WORDS_SECONDS)
    return words


def _indexed_text(viewer_paths):
    """The text of the database index entries of the pages the viewer may see (the
    database index is kept on every backend, as the fallback)."""
    columns = {"sqlite": ("e.title", "e.body"), "postgresql": ("e.title_text", "e.body_text")}
    if connection.vendor not in columns:
        return
    index = _Index()
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    cast = "CAST(e.object_id AS INTEGER)" if connection.vendor == "sqlite" else "e.object_id::int"
    title, body = columns[connection.vendor]
    sql = (
        f"SELECT {title}, {body} FROM {index.entries} e "  # noqa: S608 - names only
        f"JOIN {index.pages} p ON p.id = {cast} "
        f"WHERE e.content_type_id IN ({index.ct_sql}) AND {visible} LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*index.content_types, *visible_params, MAX_VOCABULARY_PAGES])
        for row in cursor.fetchall():
            yield " ".join(part for part in row if part)


def _known(word, words):
    """Whether the viewer's words hold `word` or a form of it (its Snowball stem as a
    prefix; not the looser verb stem of `dutch.prefixes`, which would let
    "thuisziters" pass for "thuiszitters")."""
    position = bisect.bisect_left(words, word)
    if position < len(words) and words[position] == word:
        return True
    root = dutch.prefix(word)
    if root and dutch.stem(word) == root:
        position = bisect.bisect_left(words, root)
        if position < len(words) and words[position].startswith(root):
            return True
    return False


MIN_PART = 4


def _split(word, words):
    """A compound the viewer's words do not hold, as two words they do hold (each at
    least `MIN_PART` letters, a linking "s" allowed): "leesachterstand" -> "lees
    achterstand". The longest known head wins. Or None."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        if _known(tail, words) and (
            _known(head, words) or (head.endswith("s") and _known(head[:-1], words))
        ):
            return f"{head[:-1] if not _known(head, words) else head} {tail}"
    return None


def correct(tokens, viewer_paths):
    """The query with each word that is in no text the viewer may see replaced: a
    compound by its two parts (`_split`), else a typo by the closest word that is
    (difflib, at least `CORRECT_CUTOFF` alike, same first letter: a person rarely
    misses the first one, and "dochter" must not become "achter"). Stop words, short
    words and numbers are left alone. Returns the new tokens, or the same list."""
    candidates = [
        token
        for token in tokens
        if len(token) >= 4 and not token.isdigit() and not dutch.is_stop_word(token)
    ]
    if not candidates:
        return tokens
    words = viewer_words(viewer_paths)
    out = []
    for token in tokens:
        if token not in candidates or _known(token, words):
            out.append(token)
            continue
        parts = _split(token, words)
        if parts:
            out += parts.split()
            continue
        near = [w for w in words if w[0] == token[0] and abs(len(w) - len(token)) <= 2]
        close = difflib.get_close_matches(token, near, n=1, cutoff=CORRECT_CUTOFF)
        out.append(close[0] if close else token)
    return out[:MAX_TERMS]


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
    correct_typos=True,
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

    viewer_paths = hidden_page_paths(user)
    typed = tokens
    if correct_typos:
        tokens = correct(tokens, viewer_paths)
        if tokens != typed:
            # The corrected query; "typed" stays what the person typed.
            response.suggestion = " ".join(tokens)
            response.corrected = True
            response.terms = tokens
    extra = []
    if expand:
        response.expansions, extra = vocabulary.expand(tokens)
    hits = _hits(tokens, extra, viewer_paths)
    ids, scores, docs, maps, labels = (hits[k] for k in ("ids", "scores", "docs", "maps", "labels"))
    response.backend, response.fallback = hits["backend"], hits["fallback"]
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
    normalised = " ".join(typed)
    if response.page == 1:
        response.promotions = _promotions(normalised, viewer_paths, request)
    if log and response.page == 1 and not filters:
        from search.models import QueryStat

        QueryStat.record(normalised, found=response.total > 0)
    return response


def help_when_empty(request=None, themes=6):
    """Where a search that found nothing can go on: the MAO-tafel, the practice bank and
    the themes with the most published practices (public taxonomy, live pages only)."""
    from django.db.models import Count, Q
    from django.urls import reverse

    from practices.models import PracticeIndexPage
    from taxonomy.models import Theme

    bank = PracticeIndexPage.objects.live().public().first()
    popular = (
        Theme.objects.annotate(
            used=Count(
                "practices_practicethemetag_items",
                filter=Q(practices_practicethemetag_items__content_object__live=True),
            )
        )
        .filter(used__gt=0)
        .order_by("-used", "name")[:themes]
    )
    return {
        "table_url": reverse("mao_tafel:knock"),
        "bank_url": bank.get_url(request) if bank else "",
        "themes": [theme.name for theme in popular],
    }


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
                    "type": str(type_label(type(page))),
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
        "corrected": response.corrected,
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
