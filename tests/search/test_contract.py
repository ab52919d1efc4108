"""The search contract on every backend available.

- the database backend: SQLite FTS5 in `make test`, PostgreSQL (`dutch`) when
  DATABASE_URL points at PostgreSQL (CI runs the suite on both);
- OpenSearch (`search.backends.opensearch3`) against a real osmem-server process.
"""

from django.db import connection
from django.test import TestCase, override_settings

from tests.search import osmem
from tests.search.contract import SearchContract


class TestDatabaseBackend(SearchContract, TestCase):
    backend_label = f"database ({connection.vendor})"

    @classmethod
    def setUpTestData(cls):
        cls.field_boosts = True  # title and short text weighed by search.ranking._rerank
        cls.stems_dutch = True  # PostgreSQL's `dutch`; on SQLite our Snowball stemmer
        cls.build_site()


class TestOpenSearchBackend(SearchContract, TestCase):
    backend_label = "opensearch3 (osmem-server)"
    field_boosts = True
    stems_dutch = False  # osmem-server ignores the Dutch stemmer; Elasticsearch would not
    fuzzy = True

    @classmethod
    def setUpClass(cls):
        cls._search_settings = override_settings(WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends())
        cls._search_settings.enable()
        cls.addClassCleanup(cls._search_settings.disable)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.build_site()
