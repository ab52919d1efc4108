"""Search hits kept in the shared cache (as in production), never staler or wider than
the pages: a new generation with every publish, a key per set of hidden subtrees."""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from practices.factories import PracticePageFactory
from search import service
from tests.search import site, test_contract


@override_settings(PAGE_CACHE_SECONDS=300)
class TestContractWithTheResultCache(test_contract.TestDatabaseBackend):
    """The whole search contract again, with hits and pages cached as in production:
    privacy, facets and unpublishing must hold just the same."""

    backend_label = f"database ({connection.vendor}), hits cached"


def index_queries(queries):
    return [q["sql"] for q in queries if "wagtailsearch_indexentry" in q["sql"]]


@override_settings(PAGE_CACHE_SECONDS=300)
class TestResultCache(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = site.build()
        site.index_all()

    def test_narrowing_by_a_facet_reuses_the_hits(self):
        first = service.search("thuiszitters", page_size=50)
        with CaptureQueriesContext(connection) as queries:
            narrowed = service.search("thuiszitters", filters={"domein": ["jeugd"]}, page_size=50)
        self.assertEqual(index_queries(queries), [])
        self.assertLess(narrowed.total, first.total)
        self.assertIn("Overleg in Enschede", [r.title for r in narrowed.results])

    def test_a_page_published_after_a_search_is_found_by_the_next(self):
        self.assertEqual(service.search("zeldzaamheidsproef").total, 0)
        PracticePageFactory(
            title="Zeldzaamheidsproef in Zwolle", summary="Een proef met zeldzame woorden."
        )
        site.index_all()
        titles = [r.title for r in service.search("zeldzaamheidsproef").results]
        self.assertEqual(titles, ["Zeldzaamheidsproef in Zwolle"])

    def test_an_unpublished_page_disappears_from_the_next_search(self):
        self.assertIn("Spreekuur in Oss", [r.title for r in service.search("spreekuur").results])
        self.site.verzuim.unpublish()
        self.assertNotIn("Spreekuur in Oss", [r.title for r in service.search("spreekuur").results])

    def test_a_member_and_a_visitor_each_get_their_own_hits(self):
        visitor = [r.title for r in service.search("thuiszitters", page_size=50).results]
        member = service.search("thuiszitters", page_size=50, user=self.site.member)
        visitor_again = service.search("thuiszitters", page_size=50)
        self.assertIn("Besloten verslag thuiszitters", [r.title for r in member.results])
        self.assertNotIn("Besloten verslag thuiszitters", visitor)
        self.assertEqual([r.title for r in visitor_again.results], visitor)
