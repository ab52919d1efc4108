"""The OpenSearch3 backend with Dutch analysis and Concept synonyms (see `search.backends`)."""

from modelsearch.backends.opensearch3 import (
    OpenSearch3Index,
    OpenSearch3SearchBackend,
)

from search.backends import DutchIndexMixin


class Index(DutchIndexMixin, OpenSearch3Index):
    pass


class SearchBackend(OpenSearch3SearchBackend):
    index_class = Index
