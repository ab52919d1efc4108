"""The Elasticsearch8 backend with Dutch analysis and Concept synonyms (see `search.backends`)."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8Index, Elasticsearch8SearchBackend

from search.backends import DutchIndexMixin


class Index(DutchIndexMixin, Elasticsearch8Index):
    pass


class SearchBackend(Elasticsearch8SearchBackend):
    index_class = Index
