"""The input of a search: the query text, filters, sort and paging as a person (or a
URL) gives them, cleaned, and the query reduced to words.

The text is cut to `MAX_QUERY_LENGTH` characters and reduced to `\\w+` words (at most
`MAX_TERMS`): no punctuation, no operators, so SQL or Lucene syntax is just text.
Concepts expand the words with the other domains' words (`search.vocabulary.expand`);
`concept_terms` gives those terms once per stem form, as the rankers want them.
"""

from search import dutch, vocabulary
from search.facets import FACETS

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_FILTER_VALUES = 20
PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
SORTS = ("relevantie", "datum")


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


def clean_sort(sort):
    return sort if sort in SORTS else "relevantie"


def clean_page(value):
    try:
        number = int(str(value).strip()[:9])
    except (TypeError, ValueError):
        return 1
    return max(1, number)


def clean_page_size(value):
    return max(1, min(int(value or PAGE_SIZE), MAX_PAGE_SIZE))


def split_words(text):
    """The words of a (cleaned) query text, at most `MAX_TERMS`."""
    return vocabulary.tokenize(text)[:MAX_TERMS]


def concept_terms(extra):
    """The concept terms, one per stem form: with a stemmer the plural forms that
    `vocabulary.inflections` adds for SQLite are the same term."""
    out, seen = [], set()
    for term in extra:
        term_words = vocabulary.tokenize(term)
        key = tuple(dutch.stem(word) for word in term_words)
        if term_words and key not in seen:
            seen.add(key)
            out.append(" ".join(term_words))
    return out
