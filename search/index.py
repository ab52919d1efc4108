"""The database search index (modelsearch's IndexEntry, kept by Wagtail on every
backend as the fallback) read with our own SQL: SQLite FTS5 MATCH expressions and
PostgreSQL tsqueries for a word or a concept term, and `DatabaseIndex`, which names
the index tables and finds the pages whose title or body hold a word, a concept term
or all the words close together.

Words are `\\w+` tokens, quoted as FTS5 strings or tsquery lexemes, so no query syntax
gets through. FTS5 has no Dutch stemmer: a word is matched in its forms (`dutch.forms`: whole
words, and stems as prefixes); PostgreSQL stems those with its `dutch` configuration.
"""

from django.db import connection
from wagtail.models import Page

from search import dutch
from search.catalogue import catalogue, entry_pages


def fts_word(word, more=(), parts=()):
    """An FTS5 expression for one word in its forms (`dutch.forms`), the whole words
    `more` (the compounds it heads) and, with `parts`, its parts together
    (`suggestions.compounds`)."""
    whole, prefixes = dutch.patterns(word, more)
    forms = [f'"{form}"' for form in whole] + [f'"{root}" *' for root in prefixes]
    if parts:
        forms.append("(" + " AND ".join(fts_word(part) for part in parts) + ")")
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def fts_term(term, phrase=False, heads=None, parts=None):
    """A concept term: one word in its forms (with the compounds it heads and its
    parts, from `heads` and `parts`); several words all of them but the stop words
    (`phrase`: as a phrase, which `ranking._rerank` weighs higher)."""
    heads, parts = heads or {}, parts or {}
    words = term.split()
    if len(words) == 1:
        return fts_word(words[0], heads.get(term, ()), parts.get(term, ()))
    if phrase:
        return '"' + " ".join(words) + '"'
    # Stop words do not have to be there ("kan niet goed lezen": goed, lezen), unless
    # only one word would be left ("wil niet naar school" is not just "school").
    content = dutch.content_words(words)
    if len(content) > 1:
        words = content
    return "(" + " AND ".join(fts_word(word, heads.get(word, ())) for word in words) + ")"


def _pg_forms(word, more=()):
    whole, prefixes = dutch.patterns(word, more)
    return " | ".join([f"'{form}'" for form in whole] + [f"'{root}':*" for root in prefixes])


def pg_word(word, more=(), parts=()):
    """(SQL, params) of a tsquery for one word in its forms (`dutch.forms`), the
    compounds it heads (`more`) and its `parts` together; PostgreSQL stems each with
    its `dutch` dictionary."""
    text = _pg_forms(word, more)
    if parts:
        text += " | (" + " & ".join(f"({_pg_forms(part)})" for part in parts) + ")"
    return "to_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)", [text]


def pg_rank_word(word):
    """(SQL, params) of a tsquery that weighs a word in `ts_rank`: one pattern, its
    first prefix (`dutch.patterns`) or the word. Matching takes every form; weighing one is
    enough to tell pages apart, and `ts_rank` costs as much per pattern as the match."""
    _whole, prefixes = dutch.patterns(word)
    text = f"'{prefixes[0]}':*" if prefixes else f"'{word}'"
    return "to_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)", [text]


def pg_term(term, phrase=False, heads=None, parts=None):
    heads, parts = heads or {}, parts or {}
    if len(term.split()) == 1:
        return pg_word(term, heads.get(term, ()), parts.get(term, ()))
    function = "phraseto_tsquery" if phrase else "plainto_tsquery"
    return f"{function}(coalesce(%s::regconfig, get_current_ts_config()), %s)", [term]


class DatabaseIndex:
    """The database search index of pages, per vendor: its quoted table names, the
    page content types, and the pages that match."""

    def __init__(self, backend=None, compounds=None):
        from modelsearch.utils import get_descendants_content_types_pks
        from wagtail.search.models import IndexEntry

        self.vendor = connection.vendor
        self._answers = {}  # `matching` answered among the hits (`among`)
        # {word: the compounds it heads}, matched as forms of the word, and
        # {word: its parts}, matched apart (`suggestions.compounds`).
        pairs = (compounds or {}).items()
        self.compounds = {word: heads for word, (heads, _parts) in pairs}
        self.parts = {w: parts for w, (_heads, parts) in pairs if len(parts) == 2}
        # {word: its first part}, when only that is a word (a query word's, in part).
        self.modifiers = {w: parts[0] for w, (_heads, parts) in pairs if len(parts) == 1}
        self.config = getattr(backend, "config", None)
        self.entries = connection.ops.quote_name(IndexEntry._meta.db_table)
        self.fts = connection.ops.quote_name(f"{IndexEntry._meta.db_table}_fts")
        self.pages = connection.ops.quote_name(Page._meta.db_table)
        self.content_types = list(get_descendants_content_types_pks(Page))
        self.ct_sql = ", ".join(["%s"] * len(self.content_types))

    def fts_word(self, word):
        return fts_word(word, self.compounds.get(word, ()))

    def pg_word(self, word):
        return pg_word(word, self.compounds.get(word, ()))

    def fts_retrieve(self, word):
        """A query word as the ranked statement retrieves it: its forms, the compounds
        it heads, and its parts only together (a page with just one part of
        "thuiszitters" is not a hit for it)."""
        return fts_word(word, self.compounds.get(word, ()), self.parts.get(word, ()))

    def pg_retrieve(self, word):
        return pg_word(word, self.compounds.get(word, ()), self.parts.get(word, ()))

    def fts_term(self, term, phrase=False):
        return fts_term(term, phrase, self.compounds, self.parts)

    def pg_term(self, term, phrase=False):
        return pg_term(term, phrase, self.compounds, self.parts)

    def tsquery(self, parts):
        """One tsquery (SQL, params) of `parts` (`pg_word` / `pg_term`) joined with OR."""
        sql = " || ".join(part for part, _params in parts)
        params = []
        for _part, values in parts:
            params += [self.config, *values]
        return sql, params

    def _pg_query(self, words=(), terms=(), near=None, phrase=False):
        if near:
            # PostgreSQL has no "within n words": the words as a phrase, in order.
            tsquery = "phraseto_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)"
            return tsquery, [self.config, " ".join(near)]
        return self.tsquery(
            [self.pg_word(w) for w in words] + [self.pg_term(t, phrase) for t in terms]
        )

    def among(self, ids, asks):
        """Answer the `matching` questions `asks` (dicts of its arguments) for the hits
        `ids` only, in one statement on PostgreSQL: each tsquery is tried on at most
        `len(ids)` rows instead of through the whole index (a GIN scan per word, 20-35
        ms for a common word at 10,000 practices). Later `matching` calls with the same
        arguments get these answers, so "how many pages have it" counts the hits:
        all the pages that have it, unless the hits were cut at their maximum.
        On SQLite (FTS5 answers a MATCH only through its index) this does nothing."""
        if self.vendor != "postgresql" or not ids or not asks:
            return
        selects, params = [], []
        for n, ask in enumerate(asks):
            tsquery, values = self._pg_query(**{k: v for k, v in ask.items() if k != "columns"})
            selects.append(f"{tsquery} AS q{n}")
            params += values
        columns = [
            "("
            + " OR ".join(f"e.{col} @@ q.q{n}" for col in ask.get("columns", "title body").split())
            + ")"
            for n, ask in enumerate(asks)
        ]
        object_ids = ", ".join(f"'{int(pk)}'" for pk in ids)
        sql = (
            f"SELECT e.object_id, {', '.join(columns)} "  # noqa: S608 - ints and names
            f"FROM (SELECT {', '.join(selects)}) q, {self.entries} e "
            f"WHERE e.content_type_id IN ({self.ct_sql}) AND e.object_id IN ({object_ids})"
        )
        found = [set() for _ask in asks]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *self.content_types])
            for object_id, *matches in cursor.fetchall():
                for n, match in enumerate(matches):
                    if match:
                        found[n].add(int(object_id))
        for ask, ids_found in zip(asks, found, strict=True):
            self._answers[self._key(ask)] = ids_found

    @staticmethod
    def question(words=(), terms=(), columns="title body", near=None, phrase=False):
        """The arguments of a `matching` call, as `among` takes them."""
        ask = {"words": list(words), "terms": list(terms), "columns": columns}
        if near:
            ask["near"] = list(near)
        if phrase:
            ask["phrase"] = True
        return ask

    @staticmethod
    def _key(ask):
        return repr(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in ask.items()))

    def matching(self, words=(), terms=(), columns="title body", near=None, phrase=False):
        """Object ids of pages (any, visible or not: callers intersect with their hits)
        whose `columns` match any of `words` / `terms`, or all `near` words close by
        (or among the hits, when `among` asked it before)."""
        ask = self.question(words, terms, columns, near, phrase)
        if self._key(ask) in self._answers:
            return self._answers[self._key(ask)]
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
                parts = [self.fts_word(w) for w in words] + [
                    self.fts_term(t, phrase) for t in terms
                ]
                match = "{" + columns + "} : (" + " OR ".join(parts) + ")"
            sql = f"SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH %s"  # noqa: S608
            with connection.cursor() as cursor:
                cursor.execute(sql, [match])
                return set(entry_pages([rowid for (rowid,) in cursor.fetchall()]).values())
        else:
            tsquery, params = self._pg_query(words, terms, near, phrase)
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

    def has_more_than(self, word, count):
        """Whether more than `count` pages (visible or not) have a form of `word`: the
        count stops once it is reached, so a common word costs no more than a rare one."""
        if self.vendor == "sqlite":
            where = f"{self.fts} MATCH %s"
            source = f"{self.fts} JOIN {self.entries} e ON e.id = {self.fts}.rowid"
            params = ["{title body} : (" + self.fts_word(word) + ")"]
        else:
            tsquery, params = self.tsquery([self.pg_word(word)])
            source = f"(SELECT {tsquery} AS query) q, {self.entries} e"
            where = "(e.title @@ q.query OR e.body @@ q.query)"
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} "  # noqa: S608
            f"AND e.content_type_id IN ({self.ct_sql}) LIMIT %s) found"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *self.content_types, int(count) + 1])
            return cursor.fetchone()[0] > count

    def size(self):
        """How many pages the index holds (live or not), known per generation."""
        return catalogue().indexed_pages or 1
