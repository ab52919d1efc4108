"""The database search index (modelsearch's IndexEntry, kept by Wagtail on every
backend as the fallback) read with our own SQL: SQLite FTS5 MATCH expressions and
PostgreSQL tsqueries for a word or a concept term, and `DatabaseIndex`, which names
the index tables and finds the pages whose title or body hold a word, a concept term
or all the words close together.

Words are `\\w+` tokens, quoted as FTS5 strings or tsquery lexemes, so no query syntax
gets through. FTS5 has no Dutch stemmer: a word is matched in its forms (`dutch.forms`: whole
words, and stems as prefixes); PostgreSQL stems those with its `dutch` configuration.
"""

import bisect

from django.db import connection
from wagtail.models import Page

from search import dutch


def fts_word(word, more=(), parts=()):
    """An FTS5 expression for one word in its forms (`dutch.forms`), the whole words
    `more` (the compounds it heads) and, with `parts`, its parts together
    (`suggestions.compounds`)."""
    whole, prefixes = dutch.forms(word)
    whole = tuple(dict.fromkeys(whole + tuple(more)))
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
    whole, prefixes = dutch.forms(word)
    whole = tuple(dict.fromkeys(whole + tuple(more)))
    return " | ".join([f"'{form}'" for form in whole] + [f"'{root}':*" for root in prefixes])


def pg_word(word, more=(), parts=()):
    """(SQL, params) of a tsquery for one word in its forms (`dutch.forms`), the
    compounds it heads (`more`) and its `parts` together; PostgreSQL stems each with
    its `dutch` dictionary."""
    text = _pg_forms(word, more)
    if parts:
        text += " | (" + " & ".join(f"({_pg_forms(part)})" for part in parts) + ")"
    return "to_tsquery(coalesce(%s::regconfig, get_current_ts_config()), %s)", [text]


def pg_term(term, phrase=False, heads=None, parts=None):
    heads, parts = heads or {}, parts or {}
    if len(term.split()) == 1:
        return pg_word(term, heads.get(term, ()), parts.get(term, ()))
    function = "phraseto_tsquery" if phrase else "plainto_tsquery"
    return f"{function}(coalesce(%s::regconfig, get_current_ts_config()), %s)", [term]


class WordIndex:
    """The words of a few texts ({id: text}: the titles or summaries of the hits),
    to find the texts that hold a form of a word as the database index would, in
    Python: one read for all the words and concept terms of a query."""

    def __init__(self, texts):
        from search.vocabulary import tokenize

        self.ids = {}
        for pk, text in texts.items():
            for word in tokenize(text or ""):
                self.ids.setdefault(word, set()).add(pk)
        self.words = sorted(self.ids)

    def find(self, word, more=(), parts=()):
        """The ids whose text holds a form of `word` (`dutch.forms`), one of the whole
        words `more`, or all of `parts`."""
        whole, prefixes = dutch.forms(word)
        found = set()
        for form in (*whole, *more):
            found |= self.ids.get(form, set())
        for root in prefixes:
            at = bisect.bisect_left(self.words, root)
            while at < len(self.words) and self.words[at].startswith(root):
                found |= self.ids[self.words[at]]
                at += 1
        if parts:
            found |= set.intersection(*(self.find(part) for part in parts))
        return found

    def find_term(self, term, heads=None, parts=None):
        """As `fts_term` without `phrase`: one word in its forms, several words all of
        them but the stop words."""
        heads, parts = heads or {}, parts or {}
        words = term.split()
        if len(words) == 1:
            return self.find(term, heads.get(term, ()), parts.get(term, ()))
        content = dutch.content_words(words)
        if len(content) > 1:
            words = content
        return set.intersection(*(self.find(word, heads.get(word, ())) for word in words))


class DatabaseIndex:
    """The database search index of pages, per vendor: its quoted table names, the
    page content types, and the pages that match."""

    def __init__(self, backend=None, compounds=None):
        from modelsearch.utils import get_descendants_content_types_pks
        from wagtail.search.models import IndexEntry

        self.vendor = connection.vendor
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
                parts = [self.fts_word(w) for w in words] + [
                    self.fts_term(t, phrase) for t in terms
                ]
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
                tsquery, params = self.tsquery(
                    [self.pg_word(w) for w in words] + [self.pg_term(t, phrase) for t in terms]
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
