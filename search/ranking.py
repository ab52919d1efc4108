"""Ranking: the ids of the live pages that match a query, best first, with a score.

`run_backend` asks the configured backend (database, Elasticsearch or OpenSearch) for
at most `MAX_HITS` hits. If an external backend fails or times out, the database
backend answers instead and the caller is told so (`fallback`).

How a backend is asked depends on what it is (`_ranked_ids`, by `isinstance` against
modelsearch's database backends):

* SQLite FTS5 and PostgreSQL: our own statements over the database index
  (`_sqlite_ranked_ids`, `_postgres_ranked_ids`), the viewer's hidden subtrees left
  out in SQL, then `_rerank`;
* another database backend (MySQL, modelsearch's plain fallback): modelsearch's own
  search over the pages the viewer may see;
* Elasticsearch/OpenSearch: modelsearch's search with the query of `build_query`, over
  live pages (the caller narrows the hits to what the viewer may see).

Matching on the database backends: any of the person's words (not all: a stop word or
one missing word does not veto a page) in the Snowball form (the word, or its stem as a
prefix: samenwerken -> samenwerk*, leesachterstanden -> leesachterstand*), or any
concept term (a multiword term as a phrase). Ranking (`_rerank`): how much of the
person's own words a page matches, weighted by how rare each word is, with title
matches on top; then proximity (all the words close together); concept terms below the
own words and by their specificity, so a concept on most pages adds almost nothing; the
engine's own score (bm25 / ts_rank) breaks ties.
"""

import logging
import math
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.query import Boost, Fuzzy, Or, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cop.permissions import public_pages, public_pages_sql
from core.cache import generation
from search import catalogue, dutch, vocabulary
from search.catalogue import WordIndex
from search.index import DatabaseIndex, pg_rank_word
from search.pages import chunks, model_field
from search.query import concept_terms

logger = logging.getLogger(__name__)

MAX_HITS = 1000
FALLBACK_BACKEND = "database"

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
# ... read for this many of the best hits only.
SHORT_TOP = 150
# A multiword concept term found with its words apart, not as a phrase, counts this much.
APART = 0.6
# A compound query word whose parts a page has apart ("slaap" ... "probleem"), not
# joined, counts this much of the word; the rarer part alone half of it, as does the
# first part when the rest is no word ("rouw" of "rouwverwerking").
PARTS = 0.6
# A word for who the person writes about ("mijn dochter", `dutch.family`) weighs this
# much of its rarity when the query has other words.
PERSON = 0.6
# Each further concept term a page has adds this share of its value.
MORE_TERMS = 0.1


# ---------------------------------------------------------------------------
# Which backend, and what it is


def _backend_names():
    from django.conf import settings

    return list(getattr(settings, "WAGTAILSEARCH_BACKENDS", {}) or {"default": {}})


@cache
def _database_backends():
    """modelsearch's database backends this database can run, as (SQLite FTS5 class,
    PostgreSQL class, every database backend class); `()` for one it cannot. Only the
    module of this vendor's backend is imported, as modelsearch's own `SearchBackend`
    does: the SQLite one cannot even be imported without its FTS5 index model."""
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    sqlite, postgres, every = (), (), [DatabaseSearchBackend]
    if connection.vendor == "sqlite":
        try:
            from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend
        except LookupError:  # pragma: no cover - an SQLite without FTS5
            pass
        else:
            sqlite = SQLiteSearchBackend
            every.append(SQLiteSearchBackend)
    elif connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        postgres = PostgresSearchBackend
        every.append(PostgresSearchBackend)
    elif connection.vendor == "mysql":
        from modelsearch.backends.database.mysql.mysql import MySQLSearchBackend

        every.append(MySQLSearchBackend)
    return sqlite, postgres, tuple(every)


def is_database(backend):
    """Whether `backend` searches the database index, where the viewer's hidden pages
    can be left out in SQL, before the `MAX_HITS` limit."""
    return isinstance(backend, _database_backends()[2])


def _ranked_ids(backend, tokens, extra, viewer_paths, autocomplete=False, compounds=None):
    sqlite, postgres, _every = _database_backends()
    if isinstance(backend, sqlite):
        return _sqlite_ranked_ids(tokens, extra, viewer_paths, autocomplete, compounds)
    if isinstance(backend, postgres) and not autocomplete:
        return _postgres_ranked_ids(backend, tokens, extra, viewer_paths, compounds)
    return _modelsearch_ranked_ids(backend, tokens, extra, viewer_paths, autocomplete, compounds)


def run_backend(tokens, extra, viewer_paths, autocomplete=False, compounds=None):
    """(ids in rank order, scores, backend name, fell back?) for the words `tokens`
    and the concept terms `extra`; `autocomplete`: titles that start like the words
    (`extra` is not used). `compounds`: {word: (the compounds it heads, its parts)}
    (`suggestions.compounds`): the heads match as forms of the word, the parts apart
    match it in part."""
    names = _backend_names()
    try:
        backend = get_search_backend("default")
        ids, scores = _ranked_ids(backend, tokens, extra, viewer_paths, autocomplete, compounds)
        return ids, scores, "default", False
    except Exception:
        if FALLBACK_BACKEND not in names:
            raise
        logger.exception("Search backend 'default' failed; answering from the database")
    backend = get_search_backend(FALLBACK_BACKEND)
    ids, scores = _ranked_ids(backend, tokens, extra, viewer_paths, autocomplete, compounds)
    return ids, scores, FALLBACK_BACKEND, True


# A word on more than this share of the pages stands for nothing in particular.
BROAD = 0.1


_broad = {}


def is_broad(word):
    """Whether `word` (in its forms) is on more than `BROAD` of the indexed pages, by
    the database index (kept on every backend); known in the process per generation."""
    key = (generation(), word)
    if key not in _broad:
        if len(_broad) > 10_000:
            _broad.clear()
        try:
            index = DatabaseIndex()
            _broad[key] = index.has_more_than(word, BROAD * index.size())
        except Exception:  # an index this database cannot read: nothing is broad
            logger.exception("Could not count the pages of a word")
            return False
    return _broad[key]


# ---------------------------------------------------------------------------
# modelsearch's own search: Elasticsearch/OpenSearch and the other database backends


def build_query(tokens, extra, compounds=None):
    """The query for Elasticsearch/OpenSearch: the person's own words (stop words do
    not veto: any of them may match, all of them match best), fuzzy for typos, the
    compounds they head a little lower, and the concept terms as phrases at a lower
    weight."""
    words = dutch.content_words(tokens)
    own = [Boost(PlainText(" ".join(words), operator="or"), 3.0)]
    if len(words) > 1:
        own.append(Boost(PlainText(" ".join(words), operator="and"), 2.0))
    own.append(Boost(Fuzzy(" ".join(words), operator="or"), 0.5))
    heads = [form for word in words for form in (compounds or {}).get(word, ((), ()))[0]]
    if heads:
        own.append(Boost(PlainText(" ".join(heads), operator="or"), 1.5))
    for word in words:
        parts = (compounds or {}).get(word, ((), ()))[1]
        if parts:
            own.append(Boost(PlainText(" ".join(parts), operator="and"), 1.0))
    # Every inflection: an engine without a Dutch stemmer (osmem-server) needs them.
    terms = list(dict.fromkeys(" ".join(vocabulary.tokenize(term)) for term in extra))
    concept = [
        Boost(Phrase(term) if len(term.split()) > 1 else PlainText(term), 0.6)
        for term in terms
        if term
    ]
    return Or(own + concept)


def _modelsearch_ranked_ids(
    backend, tokens, extra, viewer_paths, autocomplete=False, compounds=None
):
    queryset = Page.objects.live().filter(depth__gt=1)
    if is_database(backend):
        # The database backend filters in SQL: hidden pages take no place in the top hits.
        queryset = public_pages(Page.objects.all(), None, viewer_paths)
    queryset = queryset.only("id")
    if autocomplete:
        results = backend.autocomplete(" ".join(tokens), queryset)
    else:
        query = build_query(tokens, extra, compounds)
        results = backend.search(query, queryset).annotate_score("_score")
    ids, scores = [], {}
    for page in results[:MAX_HITS]:
        ids.append(page.pk)
        scores[page.pk] = getattr(page, "_score", None)
    return ids, scores


# ---------------------------------------------------------------------------
# The database backends: SQLite FTS5 and PostgreSQL, ranked by our own statements


def _sqlite_ranked_ids(tokens, extra, viewer_paths, autocomplete=False, compounds=None):
    """Rank with SQLite FTS5 directly: one indexed MATCH, ordered by bm25 with the title
    weighted double, over live pages outside the viewer's hidden subtrees only; then
    `_rerank` (not for autocomplete, which matches the titles' autocomplete column).

    The statement reads the full text index alone (no join: the catalogue knows which
    page each entry is and which pages the viewer may see, `search.catalogue`); the
    hidden subtrees are left out before the hits are cut at `MAX_HITS`: a page the
    viewer may not see takes no place among them, so it cannot push a viewable page
    out nor show in `truncated` or in any count.

    modelsearch's SQLite compiler scores each hit with a correlated subquery that runs
    the MATCH again per row, which takes tens of seconds for an expanded query over
    10,000 pages. This reads the same index (kept by Wagtail) in one statement. Words
    are `\\w+` tokens, quoted as FTS5 strings, so no query syntax gets through. FTS5
    has no Dutch stemmer: the words are stemmed here (Snowball) and matched as
    prefixes (`index.fts_word`).
    """
    index = DatabaseIndex(compounds=compounds)
    if autocomplete:
        words = [f'"{word}"' for word in tokens[:-1]] + [f'"{tokens[-1]}" *']
        match = "{autocomplete title} : (" + " ".join(words) + ")"
    else:
        parts = _retrieve(index, tokens, index.fts_retrieve)
        parts += [index.fts_term(term) for term in concept_terms(extra)]
        match = "{title body} : (" + " OR ".join(parts) + ")"
    sql = (
        f"SELECT rowid, bm25({index.fts}, 0.0, 1.0, 2.0) "  # noqa: S608
        f"FROM {index.fts} WHERE {index.fts} MATCH %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match])
        rows = cursor.fetchall()
    pages = catalogue.entry_pages([rowid for rowid, _score in rows])
    visible = catalogue.docs(list(pages.values()), viewer_paths)
    rows = sorted(
        ((pages[rowid], score) for rowid, score in rows if pages.get(rowid) in visible),
        key=lambda row: row[1],
    )[:MAX_HITS]
    ids = [pk for pk, _score in rows]
    scores = {pk: -score for pk, score in rows}
    if autocomplete:
        return ids, scores
    return _rerank(index, tokens, extra, ids, scores)


def _postgres_ranked_ids(backend, tokens, extra, viewer_paths, compounds=None):
    """Rank with PostgreSQL's full text search directly: one statement, one ts_rank per
    column, the hidden subtrees left out in SQL; then `_rerank`.

    modelsearch's PostgreSQL compiler matches `title || body` (no index can serve that
    expression, so every index entry is read) and ranks an expanded query with a
    ts_rank per alternative and per column: 16 ranks per matching page for
    "thuiszitters" and its seven concept terms, over thousands of pages at 10,000
    practices (p95 ≈ 4 s). Here each word and each concept term becomes a tsquery
    (`to_tsquery` of a quoted `\\w+` word or `plainto_tsquery`/`phraseto_tsquery`, so no
    query syntax gets through) joined with OR, matched on the indexed title and body
    columns, and ranked with the same weights and title norm modelsearch uses, by the
    person's own words only, one pattern each (`pg_rank_word`).
    """
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    index = DatabaseIndex(backend, compounds)
    terms = concept_terms(extra)
    tsquery, query_params = index.tsquery(
        _retrieve(index, tokens, index.pg_retrieve) + [index.pg_term(term) for term in terms]
    )
    # Weighed by the person's own words, one pattern each (`pg_rank_word`): concept
    # terms rank below them (`_rerank`), and the statement takes half the time
    # (ts_rank tries every pattern of its tsquery on every hit).
    rank, rank_params = index.tsquery([pg_rank_word(word) for word in dutch.content_words(tokens)])
    visible, visible_params = public_pages_sql(viewer_paths, alias="p")
    sql = (
        "SELECT p.id, ts_rank(%s::float4[], e.title, q.rank) * e.title_norm "  # noqa: S608
        "+ ts_rank(%s::float4[], e.body, q.rank) AS score "
        f"FROM (SELECT {tsquery} AS query, {rank} AS rank) q, {index.entries} e "
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
        *rank_params,
        *index.content_types,
        *visible_params,
        MAX_HITS,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _rerank(index, tokens, extra, [pk for pk, _score in rows], dict(rows))


def _retrieve(index, tokens, sql_word):
    """The person's words as the ranked statement retrieves them (`sql_word`: with
    their forms, heads and parts together), and a compound's first part when only that
    is a word."""
    words = dutch.content_words(tokens)
    modifiers = [index.modifiers[w] for w in words if w in index.modifiers]
    return [sql_word(word) for word in words] + [
        sql_word(modifier) for modifier in dict.fromkeys(modifiers) if modifier not in words
    ]


def _short_texts(pks, meta):
    """A `WordIndex` of the short texts (`SHORT_FIELDS`) of the pages `pks`: one query
    per content type."""
    by_ct = {}
    for pk in pks:
        by_ct.setdefault(meta[pk][0], []).append(pk)
    texts = {}
    for ct, chunk_pks in by_ct.items():
        model = ContentType.objects.get_for_id(ct).model_class()
        fields = [name for name in SHORT_FIELDS if model and model_field(model, name) is not None]
        if not fields:
            continue
        for chunk in chunks(chunk_pks):
            for pk, *values in model.objects.filter(pk__ids=set(chunk)).values_list("pk", *fields):
                texts[pk] = " ".join(str(value) for value in values if value)
    return WordIndex(texts)


def _rerank(index, tokens, extra, ids, scores):
    """Order the engine's hits by how well they match (see the comment above).

    How often each word and concept term occurs comes from the database index (one
    query each); which hits have it in their title or short text is read once for all
    of them (`WordIndex`), the short texts only for the `SHORT_TOP` best hits without
    them (a short text adds at most `SHORT`)."""
    if not ids:
        return ids, scores
    words = list(dict.fromkeys(dutch.content_words(tokens)))
    total = index.size()
    meta, titles = catalogue.titles(ids)

    def weight(found):
        return math.log(1 + total / (1 + len(found)))

    # Every question below in one statement over the hits, where the database can.
    ask = index.question
    terms = concept_terms(extra)
    index.among(
        ids,
        [ask(words=[word]) for word in words]
        + [ask(words=[p]) for word in words for p in index.parts.get(word, ())]
        + [ask(words=[index.modifiers[word]]) for word in words if word in index.modifiers]
        + ([ask(near=words)] if 1 < len(words) <= 6 else [])
        + [ask(terms=[term]) for term in terms]
        + [ask(terms=[term], phrase=True) for term in terms if len(term.split()) > 1],
    )
    own, partly = [], {}
    family = dutch.family(tokens)
    weak = family if len(words) > len(family) else set()
    for word in words:
        found = index.matching(words=[word])
        w = weight(found) * (PERSON if word in weak else 1.0)
        own.append((w, found, titles.find(word, index.compounds.get(word, ()))))
        # A compound's parts apart: both count PARTS, the rarer one alone half that.
        parts = sorted(
            (
                (weight(part), part)
                for part in (index.matching(words=[p]) for p in index.parts.get(word, ()))
            ),
            key=lambda pair: -pair[0],
        )
        if len(parts) == 2:
            (_w1, rare), (_w2, common) = parts
            partly[word] = dict.fromkeys(rare & common, PARTS)
            for pk in rare - common:
                partly[word][pk] = PARTS / 2
        elif word in index.modifiers:
            # As much as the first part is rare next to the word: "jeugd" of
            # "jeugdcriminaliteit" is on many pages and stands for little of it.
            modifier = index.matching(words=[index.modifiers[word]])
            worth = PARTS / 2 * min(1.0, weight(modifier) / (weight(found) or 1.0))
            partly[word] = dict.fromkeys(modifier, worth)
    own_sum = sum(w for w, _found, _title in own) or 1.0
    near = index.matching(near=words) if 1 < len(words) <= 6 else set()
    concepts = []
    rarest = max((w for w, _found, _title in own), default=1.0) or 1.0
    own_forms = {form for word in words for form in (word, *dutch.prefixes(word))}
    for term in terms:
        if any(w in own_forms or set(dutch.prefixes(w)) & own_forms for w in term.split()):
            continue  # a form of the person's own word ("thuiszitten"): counted as such
        found = index.matching(terms=[term])
        # Specificity 0..1, against the person's own rarest word: a concept term on
        # (nearly) every page adds (nearly) nothing to a query with a rare word.
        spec = min(1.0, weight(found) / rarest)
        phrase = found
        if len(term.split()) > 1:
            phrase = index.matching(terms=[term], phrase=True)
        in_title = titles.find_term(term, index.compounds, index.parts)
        concepts.append((term, spec, found, in_title, phrase))
    # A concept term stands in for the person's words its concept was found by (their
    # share of the words' weight), not for all of them.
    weights = {word: w for (w, _found, _title), word in zip(own, words, strict=True)}
    covers = vocabulary.stands_for(words, [term for term, *_rest in concepts])
    shares = {
        term: (sum(weights[w] for w in covers.get(term, ())) / own_sum) or 1.0 / len(words)
        for term, *_rest in concepts
    }
    best = max((abs(scores.get(pk) or 0.0) for pk in ids), default=0.0) or 1.0
    final = {}
    for pk in ids:
        coverage = (
            sum(
                w if pk in found else w * partly.get(word, {}).get(pk, 0.0)
                for (w, found, _title), word in zip(own, words, strict=True)
            )
            / own_sum
        )
        title = sum(w for w, _found, in_title in own if pk in in_title) / own_sum
        values = sorted(
            (
                shares[term]
                * spec
                * (OWN + (TITLE if pk in in_title else 0.0))
                * (1.0 if pk in phrase else APART)
                for term, spec, found, in_title, phrase in concepts
                if pk in found
            ),
            reverse=True,
        )
        # The best term, and a little for each other term of the concepts the page has.
        concept = (values[0] + MORE_TERMS * sum(values[1:])) if values else 0.0
        final[pk] = (
            OWN * coverage
            + TITLE * title
            + (NEAR if pk in near else 0.0)
            + CONCEPT * concept
            + ENGINE * abs(scores.get(pk) or 0.0) / best
        )
    # The short texts of the best hits: a word in the summary weighs more than in the body.
    top = sorted(ids, key=lambda pk: -final[pk])[:SHORT_TOP]
    short = _short_texts(top, meta)
    for (w, _found, _title), word in zip(own, words, strict=True):
        for pk in short.find(word, index.compounds.get(word, ())):
            final[pk] += SHORT * w / own_sum
    ordered = sorted(ids, key=lambda pk: -final[pk])
    return ordered, final
