"""Relevance over the demo content: recall@10 of 35 Dutch queries, per backend.

The figures are printed (`pytest -s`) and, with MAO_WRITE_RESULTS=1 (as
`make bench-search` sets), written to bench/results/relevance-<backend>.md.
"""

import os
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings

from search import service
from tests.search import osmem, site
from tests.search.relevance_cases import CASES, recall_at_10, report

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "results"
MIN_MEAN_RECALL = 0.85


class RelevanceMixin:
    label = "?"

    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", stdout=StringIO())
        site.index_all()

    def test_recall_at_10(self):
        def titles(query):
            return [r.title for r in service.search(query, page_size=10).results]

        rows = recall_at_10(titles)
        mean, text = report(self.label, rows)
        print("\n" + text)  # noqa: T201
        if os.environ.get("MAO_WRITE_RESULTS"):
            RESULTS.mkdir(parents=True, exist_ok=True)
            slug = self.label.split(" ")[0].replace("/", "-")
            (RESULTS / f"relevance-{slug}.md").write_text(text)
        self.assertGreaterEqual(len(CASES), 30)
        self.assertGreaterEqual(mean, MIN_MEAN_RECALL, text)


class TestRelevanceDatabase(RelevanceMixin, TestCase):
    label = f"{connection.vendor} (database backend)"


class TestRelevanceOpenSearch(RelevanceMixin, TestCase):
    label = "opensearch3 (osmem-server)"

    @classmethod
    def setUpClass(cls):
        cls._settings = override_settings(WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends())
        cls._settings.enable()
        cls.addClassCleanup(cls._settings.disable)
        super().setUpClass()
