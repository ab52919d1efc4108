"""When Elasticsearch/OpenSearch is down or slow: search answers from the database and
says so, publishing still succeeds, and `update_index` brings the index back in line.

No mocks: "down" is a port where nothing listens, "slow" a server that accepts the
connection and never answers, "up" a real osmem-server process.
"""

import time

from django.test import TestCase, override_settings
from django.urls import reverse

from practices.factories import PracticePageFactory
from search import service
from tests.search import osmem, site


class TestEngineDown(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = site.build()
        site.index_all()

    def test_search_falls_back_to_the_database_with_a_notice(self):
        with override_settings(
            WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends(url=osmem.closed_port_url())
        ):
            page = self.client.get(reverse("search"), {"q": "thuiszitters"})
            data = self.client.get(reverse("search_api"), {"q": "thuiszitters"}).json()
            complete = self.client.get(reverse("search_autocomplete"), {"q": "dialoog"})
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "De zoekmachine is even niet bereikbaar")
        self.assertContains(page, "Overleg in Enschede")
        self.assertTrue(data["fallback"])
        self.assertEqual(data["backend"], "database")
        self.assertGreater(data["total"], 0)
        self.assertTrue(complete.json()["fallback"])

    def test_slow_engine_is_cut_off_by_the_timeout(self):
        with (
            osmem.SilentServer() as silent,
            override_settings(
                WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends(url=silent.url, timeout=1)
            ),
        ):
            started = time.monotonic()
            response = service.search("thuiszitters")
            elapsed = time.monotonic() - started
        self.assertTrue(response.fallback)
        self.assertGreater(response.total, 0)
        self.assertLess(elapsed, 5)

    def test_publishing_succeeds_and_the_failure_is_logged(self):
        with (
            override_settings(
                WAGTAILSEARCH_BACKENDS=osmem.opensearch_backends(url=osmem.closed_port_url())
            ),
            self.assertLogs("modelsearch", level="ERROR") as logs,
        ):
            page = PracticePageFactory(title="Gepubliceerd tijdens storing")
            revision = page.save_revision()
            revision.publish()
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertIn("Exception raised while adding", "\n".join(logs.output))
        # The database backend was kept up to date all the same.
        self.assertIn(
            "Gepubliceerd tijdens storing",
            [r.title for r in service.search("storing", expand=False).results],
        )


class TestUpdateIndexAfterAnOutage(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.backends = osmem.opensearch_backends()
        cls._settings = override_settings(WAGTAILSEARCH_BACKENDS=cls.backends)
        cls._settings.enable()
        cls.addClassCleanup(cls._settings.disable)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.site = site.build()
        site.index_all()

    def test_update_index_brings_the_engine_back_in_line(self):
        down = {**self.backends, "default": {**self.backends["default"]}}
        down["default"]["URLS"] = [osmem.closed_port_url()]
        with override_settings(WAGTAILSEARCH_BACKENDS=down), self.assertLogs("modelsearch"):
            PracticePageFactory(title="Herstelproef", summary="Gemaakt toen de motor plat lag.")
        response = service.search("herstelproef", expand=False)
        self.assertFalse(response.fallback)
        self.assertEqual(response.total, 0)  # the engine missed it

        site.index_all()
        response = service.search("herstelproef", expand=False)
        self.assertFalse(response.fallback)
        self.assertEqual([r.title for r in response.results], ["Herstelproef"])

    def test_update_index_shows_progress(self):
        from io import StringIO

        from django.core.management import call_command

        out = StringIO()
        call_command("update_index", stdout=out)
        self.assertIn("wagtailcore.Page", out.getvalue())
        self.assertRegex(out.getvalue(), r"indexed \d+ objects")
