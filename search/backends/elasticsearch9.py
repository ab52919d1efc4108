"""The Elasticsearch9 backend with Dutch analysis and Concept synonyms (see `search.backends`)."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9SearchBackend

from search.backends import DutchIndexMixin


class Index(DutchIndexMixin, Elasticsearch9Index):
    pass


class SearchBackend(Elasticsearch9SearchBackend):
    index_class = Index
