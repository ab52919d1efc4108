"""The Elasticsearch/OpenSearch index settings: a Dutch analyzer and Concept synonyms.

No Elasticsearch can run here; these tests check the settings the backends send when
they create an index, and (for OpenSearch) that osmem-server accepts them.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import TestCase, override_settings

from search.backends import (
    DUTCH_ANALYZER,
    DUTCH_SEARCH_ANALYZER,
    SYNONYM_FILTER,
    index_settings,
)
from taxonomy.factories import ConceptFactory
from tests.search import osmem

ROOT = Path(__file__).resolve().parents[2]


class TestIndexSettings(TestCase):
    @classmethod
    def setUpTestData(cls):
        ConceptFactory(
            name="Niet naar school gaan",
            terms=[("onderwijs", "verzuim"), ("jeugd", "thuiszitter"), ("ouders", "Thuiszitten")],
        )
        ConceptFactory(name="Alleen", terms=[("zorg", "eenzaam woord")])

    def analysis(self):
        return index_settings()["settings"]["analysis"]

    def test_text_is_analysed_in_dutch(self):
        analysis = self.analysis()
        self.assertEqual(
            analysis["filter"]["mao_dutch_stemmer"], {"type": "stemmer", "language": "dutch"}
        )
        self.assertEqual(analysis["filter"]["mao_dutch_stop"]["stopwords"], "_dutch_")
        for name in (DUTCH_ANALYZER, "default"):
            self.assertEqual(
                analysis["analyzer"][name]["filter"],
                ["lowercase", "asciifolding", "mao_dutch_stop", "mao_dutch_stemmer"],
            )

    def test_synonyms_come_from_the_concepts_at_query_time(self):
        analysis = self.analysis()
        synonyms = analysis["filter"][SYNONYM_FILTER]
        self.assertEqual(synonyms["type"], "synonym_graph")
        self.assertIn("verzuim, thuiszitter, thuiszitten", synonyms["synonyms"])
        # A concept with one word has nothing to join.
        self.assertFalse([rule for rule in synonyms["synonyms"] if "eenzaam" in rule])
        for name in (DUTCH_SEARCH_ANALYZER, "default_search"):
            chain = analysis["analyzer"][name]["filter"]
            self.assertLess(chain.index(SYNONYM_FILTER), chain.index("mao_dutch_stemmer"))
        # Indexing does not use synonyms, so a changed concept needs no reindex.
        self.assertNotIn(SYNONYM_FILTER, analysis["analyzer"][DUTCH_ANALYZER]["filter"])

    def test_settings_are_merged_into_the_backend_defaults(self):
        from search.backends.opensearch3 import SearchBackend

        backend = SearchBackend({"URLS": ["http://127.0.0.1:9"]})
        self.assertIn("edgengram_analyzer", backend.settings["settings"]["analysis"]["analyzer"])

    def test_opensearch_creates_its_index_with_the_dutch_settings(self):
        with override_settings(WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends()):
            from wagtail.models import Page
            from wagtail.search.backends import get_search_backend

            backend = get_search_backend("default")
            index = backend.get_index_for_model(Page)
            index.reset()
            stored = backend.es.indices.get_settings(index=index.name)
        analysis = json.dumps(stored)
        self.assertIn(DUTCH_ANALYZER, analysis)
        self.assertIn("verzuim, thuiszitter, thuiszitten", analysis)


class TestBackendSelection(TestCase):
    """The environment chooses the backend (cms/settings/base.py)."""

    def backends(self, **env):
        clean = {k: v for k, v in os.environ.items() if not k.endswith("SEARCH_URL")}
        clean.update(env, DJANGO_SETTINGS_MODULE="cms.settings.test")
        code = (
            "import json, django; from django.conf import settings; "
            "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS, default=str))"
        )
        out = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code],
            env=clean,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout)

    def test_database_backend_by_default(self):
        backends = self.backends()
        self.assertEqual(list(backends), ["default"])
        self.assertEqual(backends["default"]["BACKEND"], "wagtail.search.backends.database")

    def test_elasticsearch_url_selects_elasticsearch_with_a_database_fallback(self):
        backends = self.backends(ELASTICSEARCH_URL="http://es:9200", ELASTICSEARCH_VERSION="8")
        self.assertEqual(backends["default"]["BACKEND"], "search.backends.elasticsearch8")
        self.assertEqual(backends["default"]["URLS"], ["http://es:9200"])
        self.assertEqual(backends["database"]["BACKEND"], "wagtail.search.backends.database")
        self.assertEqual(
            self.backends(ELASTICSEARCH_URL="http://es:9200")["default"]["BACKEND"],
            "search.backends.elasticsearch9",
        )

    def test_opensearch_url_selects_opensearch(self):
        backends = self.backends(OPENSEARCH_URL="http://os:9200", SEARCH_TIMEOUT="1.5")
        self.assertEqual(backends["default"]["BACKEND"], "search.backends.opensearch3")
        self.assertEqual(backends["default"]["TIMEOUT"], 1.5)
