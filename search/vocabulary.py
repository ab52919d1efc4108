"""The cross-domain vocabulary (DESIGN.md §3): Concepts expand a query with other domains' words.

The Concept table is small and read on every search, so it is cached (in the shared
cache, so that every app server sees the same version) and dropped whenever an
editor changes a Concept.
"""

import functools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.cache import cache

from search import dutch

CACHE_KEY = "search:concepts:v1"
CACHE_SECONDS = 600
WORD_RE = re.compile(r"\w+", re.UNICODE)


def tokenize(text):
    return [word for word in WORD_RE.findall(text.lower()) if word.strip("_")]


@lru_cache(maxsize=20000)
def stem(word):
    """A crude Dutch stem for matching a query word to a concept term (not for ranking).

    Strips common plural and inflection endings so that "thuiszitters" meets
    "thuiszitter" and "signalen" meets "signaal" no matter which backend runs the search.
    """
    word = word.lower()
    for ending in ("'s", "en", "s", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    # Collapse a doubled final consonant or vowel (signaal/signalen, klass/klas).
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    if len(word) > 4 and word[-2] == word[-3] and word[-2] in "aeou":
        word = word[:-3] + word[-2] + word[-1]
    return word


@dataclass
class ConceptWords:
    name: str
    terms: list = field(default_factory=list)  # [(term, domain name)]


def concepts():
    data = cache.get(CACHE_KEY)
    if data is None:
        from taxonomy.models import ConceptTerm

        by_concept = {}
        for term, domain, concept in (
            ConceptTerm.objects.select_related("concept", "domain")
            .order_by("concept__name", "sort_order", "pk")
            .values_list("term", "domain__name", "concept__name")
        ):
            by_concept.setdefault(concept, []).append((term.strip(), domain))
        data = [{"name": name, "terms": terms} for name, terms in by_concept.items()]
        cache.set(CACHE_KEY, data, CACHE_SECONDS)
    return [ConceptWords(item["name"], [tuple(pair) for pair in item["terms"]]) for item in data]


def clear_cache(**kwargs):
    cache.delete(CACHE_KEY)


# Words that may stand between the words of a multiword concept term in the query:
# "zit thuis" is in "hij zit al weken thuis", "wil niet naar school" in "wil echt niet
# meer naar school".
MAX_GAP = 2


def keys(word):
    """What a word is matched to a concept term by: its stems (`dutch.roots_of`:
    "spijbelaars" meets "spijbelen", "gepest" meets "pesten") and the crude `stem`."""
    return frozenset((stem(word), *dutch.roots_of(word)))


def _contains(query_keys, term_keys):
    """Whether the query holds the term's words in order, at most `MAX_GAP` other words
    between two of them."""
    n = len(term_keys)
    if not n:
        return False
    for start, word in enumerate(query_keys):
        if not word & term_keys[0]:
            continue
        position, found = start, 1
        while found < n:
            window = query_keys[position + 1 : position + 2 + MAX_GAP]
            at = next((i for i, keys in enumerate(window) if keys & term_keys[found]), None)
            if at is None:
                break
            position += 1 + at
            found += 1
        if found == n:
            return True
    return False


# A query word this long may stand for the kinds of it a concept names: "verzuim" for
# "schoolverzuim" and "ongeoorloofd verzuim" (Dutch puts the head last).
MIN_HEAD = 6


def _heads(query_keys, tokens, term_keys, term_words, typed, broad):
    """Whether the term is a kind of a word the person typed: its last word is that
    word ("langdurig verzuim") or a compound ending in it ("schoolverzuim"). Not a part
    the correction split off ("kinder" of "kinderarmoede"), nor a word on many pages
    (`broad(word)`: "jongeren" does not stand for "hangjongeren")."""
    if not term_words:
        return False
    last, last_stem = term_keys[-1], dutch.stem(term_words[-1])
    for token, keys in zip(tokens, query_keys, strict=True):
        if len(token) < MIN_HEAD or dutch.is_stop_word(token) or token not in typed:
            continue
        if broad(token):
            continue
        if len(term_words) > 1 and keys & last:
            return True
        if dutch.is_head(token, last_stem):
            return True
    return False


def expand(tokens, limit=30, typed=None, broad=None):
    """The concepts a query touches and the other domains' words to add.

    A concept is touched when the query holds one of its terms (in any form, `keys`),
    and then when a query word is the head of one of its terms (`_heads`): those come
    after the ones the query names (`typed`: the words as typed, before a correction;
    `broad(word)`: whether a word is on so many pages that it stands for nothing in
    particular, `ranking.is_broad`).
    Returns (expansions, extra): `expansions` is a list
    of dicts shown to the person ({"concept", "terms": [{"term", "domain"}]}); `extra`
    is every word to add to the backend query, which also holds the matched term's own
    spelling when the query used another inflection (SQLite has no stemming).
    """
    broad = functools.cache(broad or (lambda word: False))
    query_keys = [keys(token) for token in tokens]
    query_text = " ".join(tokens)
    named, kinds = [], []
    for concept in concepts():
        words = {term: tokenize(term) for term, _domain in concept.terms}
        term_keys = {term: [keys(word) for word in ws] for term, ws in words.items()}
        matched = [term for term, tk in term_keys.items() if _contains(query_keys, tk)]
        if matched:
            named.append((concept, matched))
        elif any(
            _heads(query_keys, tokens, term_keys[t], words[t], typed or tokens, broad)
            for t in words
        ):
            kinds.append((concept, []))
    expansions, extra, seen, count = [], [], {query_text}, 0
    for concept, matched in named + kinds:
        added = []
        for term, domain in concept.terms:
            key = " ".join(tokenize(term))
            if not key or key in seen:
                continue
            seen.add(key)
            count += 1
            extra.extend(inflections(key))
            if term not in matched:
                added.append({"term": term, "domain": domain})
        if added:
            expansions.append({"concept": concept.name, "terms": added})
        if count >= limit:
            break
    return expansions, extra


def stands_for(tokens, terms):
    """{term: the words of the query it stands for}: for each concept term of `terms`
    (`query.concept_terms`), the query's words that its concept was found by (a word
    of one of its terms, or the head of one). A concept term counts in place of those
    words, not of the whole query ("somberheid" for "mentale gezondheid" in "mentale
    gezondheid jongeren")."""
    wanted = set(terms)
    out = {}
    query = [(token, keys(token)) for token in tokens]
    for concept in concepts():
        names = [" ".join(tokenize(term)) for term, _domain in concept.terms]
        if not wanted.intersection(names):
            continue
        words = [word for name in names for word in name.split()]
        found = set().union(*(keys(word) for word in words)) if words else set()
        stems = [dutch.stem(name.split()[-1]) for name in names if name]
        covered = {
            token
            for token, token_keys in query
            if token_keys & found or any(dutch.is_head(token, stem) for stem in stems)
        }
        for name in names:
            if name in wanted:
                out[name] = out.get(name, set()) | covered
    return out


def inflections(term):
    """A term and its plural forms, for backends without a stemmer (SQLite)."""
    words = term.split()
    last = words[-1]
    if len(last) < 4 or last.endswith(("s", "en")):
        return [term]
    head = " ".join(words[:-1] + [""])
    return [term, f"{head}{last}s", f"{head}{last}en"]


def synonym_rules():
    """Solr-style synonym lines for an Elasticsearch/OpenSearch synonym filter."""
    rules = []
    for concept in concepts():
        words = []
        for term, _domain in concept.terms:
            cleaned = " ".join(tokenize(term))
            if cleaned and cleaned not in words:
                words.append(cleaned)
        if len(words) > 1:
            rules.append(", ".join(words))
    return rules


def vocabulary_words():
    """Words the typo suggestion may offer: concept terms, themes, domains."""
    from taxonomy.models import Domain, Theme

    words = set()
    for concept in concepts():
        for term, _domain in concept.terms:
            words.update(tokenize(term))
    for name in Theme.objects.values_list("name", flat=True):
        words.update(tokenize(name))
    for name in Domain.objects.values_list("name", flat=True):
        words.update(tokenize(name))
    return words
