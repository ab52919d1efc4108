"""The OpenSearch3 backend with Dutch analysis and Concept synonyms (see `search.backends`)."""

from search.backends import DutchIndexMixin, import_opensearch_client

import_opensearch_client()

from modelsearch.backends.opensearch3 import (  # noqa: E402
    OpenSearch3Index,
    OpenSearch3SearchBackend,
)


class Index(DutchIndexMixin, OpenSearch3Index):
    pass


class SearchBackend(OpenSearch3SearchBackend):
    index_class = Index
