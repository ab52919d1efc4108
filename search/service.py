"""The one search service (DESIGN.md §5).

    search(query, filters, sort, page, user) -> SearchResponse

The HTML page (`/zoeken/`), the JSON API (`/api/search/`) and autocomplete
(`/api/search/autocomplete/`) all call this module. It runs a search through the
modules of the `search` package, one concern each:

1. `search.query` cleans the input: the query text is cut to `MAX_QUERY_LENGTH`
   characters and reduced to words (no punctuation, no operators, so SQL or Lucene
   syntax is just text); filters, sort and paging are checked.
2. `search.suggestions` corrects a word that stands in no text the viewer may see
   (the corrected query is searched at once); it also answers autocomplete.
3. Concepts expand the words with the other domains' words (`search.vocabulary`).
4. `search.ranking` has the configured backend (database, Elasticsearch or
   OpenSearch) rank up to `MAX_HITS` live pages. If an external backend fails or
   times out, the database backend answers instead and the response says so
   (`fallback`).
5. `search.facets`, in the database, in a fixed number of queries: the hits are
   narrowed to what the viewer may see and each hit's facet values are read (type,
   domain, theme, age group, region, evidence level, space). Steps 4 and 5 are kept in
   the shared cache (`search.cache.hits`). Here filters are applied and the facet
   counts are computed on the viewer's own result set (disjunctive: a facet's counts
   ignore its own selection so that choices within one facet combine with OR).
6. `search.results` loads one page of results with `.specific()` and highlights them,
   and the editors' promoted results.
"""

import math
from dataclasses import dataclass, field

from cop.permissions import hidden_page_paths
from search import cache, ranking, vocabulary
from search.facets import FACETS, facets, matches
from search.query import (
    PAGE_SIZE,
    clean_filters,
    clean_page,
    clean_page_size,
    clean_query,
    clean_sort,
    split_words,
)
from search.ranking import MAX_HITS
from search.results import promotions, results
from search.suggestions import autocomplete, correct
from search.suggestions import compounds as compound_words

# What callers use of the search package, besides `search` itself.
__all__ = [
    "FACETS",
    "MAX_HITS",
    "SearchResponse",
    "autocomplete",
    "clean_page",
    "help_when_empty",
    "search",
    "to_json",
]


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
    sort = clean_sort(sort)
    page = clean_page(page)
    page_size = clean_page_size(page_size)
    response = SearchResponse(
        query=query,
        filters=filters,
        ignored_filters=ignored,
        sort=sort,
        expand=expand,
        page=page,
        page_size=page_size,
    )

    tokens = split_words(query)
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
        response.expansions, extra = vocabulary.expand(tokens, typed=typed, broad=ranking.is_broad)
    hits = cache.hits(
        tokens, extra, viewer_paths, compounds=lambda: compound_words(tokens, viewer_paths, extra)
    )
    ids, scores, docs, maps, labels = (hits[k] for k in ("ids", "scores", "docs", "maps", "labels"))
    response.backend, response.fallback = hits["backend"], hits["fallback"]
    response.truncated = len(ids) >= ranking.MAX_HITS
    # Selected public values -> internal values.
    reverse = {
        name: {public: internal for internal, public in maps[name].items()} for name in FACETS
    }
    selected = {
        name: {reverse[name].get(value, f"unknown:{value}") for value in values}
        for name, values in filters.items()
    }
    ranked = [pk for pk in ids if pk in docs and matches(docs[pk], selected)]
    if sort == "datum":
        ranked.sort(key=lambda pk: (docs[pk]["date"] is not None, docs[pk]["date"]), reverse=True)

    response.total = len(ranked)
    response.num_pages = max(1, math.ceil(response.total / page_size))
    response.page = min(page, response.num_pages)
    start = (response.page - 1) * page_size
    words = tokens + [word for term in extra for word in vocabulary.tokenize(term)]
    response.results = results(ranked[start : start + page_size], scores, request, words)
    response.facets = facets(docs, selected, maps, labels, filters)
    normalised = " ".join(typed)
    if response.page == 1:
        response.promotions = promotions(normalised, viewer_paths, request)
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
