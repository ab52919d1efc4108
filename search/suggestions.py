"""Suggestions: the typo correction ("Resultaten voor ..."), autocomplete, and the
words a viewer may see (`viewer_words`), from which the corrections are taken.

`correct` replaces each word that stands in no text the viewer may see: a compound by
its two known parts, else a typo by the closest known word. `autocomplete` gives the
titles of viewable pages that start like the text, and matching concept words.
"""

import bisect
import difflib

from django.db import connection
from wagtail.models import Page

from cop.permissions import hidden_page_paths, public_pages, public_pages_sql
from search import cache, dutch, ranking, vocabulary
from search.index import DatabaseIndex
from search.pages import chunks, type_label
from search.query import MAX_TERMS, clean_query, concept_terms, split_words

WORDS_KEY = "search:viewer-words:v1"
HEADS_KEY = "search:viewer-heads:v1"
WORDS_SECONDS = 600
MAX_VOCABULARY_PAGES = 20000
CORRECT_CUTOFF = 0.8
MIN_PART = 4


def viewer_words(viewer_paths):
    """The sorted words a viewer may see: in the titles and indexed text of the pages
    outside their hidden subtrees, and the concept terms, themes and domains.

    The typo correction ("Resultaten voor ...") takes its words from here only, so it
    never offers, nor searches for, a word that stands only on pages this viewer may
    not see: an outsider who misspells a members-only word gets no correction to it,
    and cannot tell from the answer that it exists. Cached under the page cache's
    generation (a publish, an unpublish, a move or a changed view restriction starts
    a new one) and the hidden subtrees themselves, like the hits (`cache.per_viewer`).
    """

    def build():
        found = vocabulary.vocabulary_words()
        pages = public_pages(Page.objects.filter(depth__gt=1), None, viewer_paths)
        for title in pages.values_list("title", flat=True)[:MAX_VOCABULARY_PAGES]:
            found.update(vocabulary.tokenize(title))
        for text in _indexed_text(viewer_paths):
            found.update(vocabulary.tokenize(text))
        return sorted(word for word in found if len(word) > 2 and not word.isdigit())

    return cache.per_viewer(WORDS_KEY, viewer_paths, build, WORDS_SECONDS)


def _indexed_text(viewer_paths):
    """The text of the database index entries of the pages the viewer may see (the
    database index is kept on every backend, as the fallback)."""
    columns = {"sqlite": ("e.title", "e.body"), "postgresql": ("e.title_text", "e.body_text")}
    if connection.vendor not in columns:
        return
    index = DatabaseIndex()
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


def _modifier(word, words):
    """The first part of a compound whose rest the viewer's words do not hold, when the
    first part is a word they hold (at least `MIN_PART` letters, a linking "s"
    allowed): "rouwverwerking" -> "rouw". The longest wins. Or None."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head = word[:cut]
        if _known(head, words):
            return head
        if head.endswith("s") and len(head) > MIN_PART and _known(head[:-1], words):
            return head[:-1]
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


MAX_COMPOUNDS = 12


def _heads(viewer_paths):
    """The viewer's words as (reversed stem, word), sorted: the compounds that end in
    a stem are one range ("dnatsretchca" -> taalachterstanden, leesachterstand)."""

    def build():
        words = viewer_words(viewer_paths)
        return sorted((dutch.stem(word)[::-1], word) for word in words if len(word) > 5)

    return cache.per_viewer(HEADS_KEY, viewer_paths, build, WORDS_SECONDS, shared=False)


def compounds(tokens, viewer_paths, extra=()):
    """{word: (the compounds it heads, its own parts)} for the query's words and the
    words of the concept terms `extra`.

    Heads: the words the viewer may see whose stem ends in a stem of a query word of at
    least `dutch.MIN_PREFIX_STEM` letters ("achterstand" -> "taalachterstand",
    "leesachterstanden"; "verslaving" -> "gameverslaving"). Dutch puts the head of a
    compound last, so these are kinds of what was asked for; an index matches only on
    a word's start, so they are looked up here. Parts: a compound query word as two
    words the viewer may see (`_split`: "slaapprobleem" -> "slaap", "probleem"), so a
    page that has them apart matches in part; or, when only its first part is such a
    word, that part alone (`_modifier`: "rouwverwerking" -> "rouw")."""
    words = None
    out = {}
    term_words = [
        word for term in concept_terms(extra) for word in dutch.content_words(term.split())
    ]
    for token in dict.fromkeys(dutch.content_words(tokens) + term_words):
        roots = dutch.prefixes(token)
        if dutch.is_stop_word(token) or not (roots or len(token) >= 2 * MIN_PART):
            continue
        if words is None:
            words = viewer_words(viewer_paths)
        parts = ()
        if len(token) >= 2 * MIN_PART:
            split = _split(token, words)
            # Only for a word the viewer's words hold: a made-up word ("bestaatnietwoord")
            # is not searched as its first part.
            modifier = None if split or not _known(token, words) else _modifier(token, words)
            parts = tuple(split.split()) if split else (modifier,) if modifier else ()
        found = []
        if roots:
            heads = _heads(viewer_paths)
            for root in roots:
                # The words whose stem ends in `root` after a modifier: a range of
                # the reversed stems, which are sorted.
                back = root[::-1]
                at = bisect.bisect_left(heads, (back,))
                while at < len(heads) and heads[at][0].startswith(back):
                    if len(heads[at][0]) - len(back) >= dutch.MIN_MODIFIER:
                        found.append(heads[at][1])
                    at += 1
        if found or parts:
            out[token] = (tuple(sorted(found, key=len)[:MAX_COMPOUNDS]), parts)
    return out


def autocomplete(text, user=None, request=None, limit=8):
    """Titles of viewable pages that start like `text`, and matching concept words."""
    text = clean_query(text)
    tokens = split_words(text)
    limit = max(1, min(int(limit or 8), 20))
    out = {"query": text, "pages": [], "terms": [], "fallback": False}
    if not tokens or len("".join(tokens)) < 2:
        return out
    viewer_paths = hidden_page_paths(user)
    ids, _scores, _name, out["fallback"] = ranking.run_backend(
        tokens, [], viewer_paths, autocomplete=True
    )
    visible = []
    for chunk in chunks(ids[: limit * 5]):
        allowed = set(
            public_pages(Page.objects.filter(pk__ids=set(chunk)), None, viewer_paths).values_list(
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
