"""The catalogue of the live pages (`search.catalogue`) is read once per cache
generation, and never answers with a stale or a hidden page.

- a published change (a practice moved to another domain) shows in the facet counts of
  the very next search: the publish starts a new generation;
- a page saved without a new generation (a change the signals miss) is still found,
  read from the database;
- a page in a subtree the viewer may not see is never among its entries, whatever ids
  it is asked for;
- a second search in the same generation reads no page data again.
"""

from unittest import mock

from django.test import TestCase

from cop.factories import CommunityPageFactory, SpacePageFactory
from cop.permissions import hidden_page_paths
from core.factories import get_home_page
from practices.factories import PracticePageFactory
from search import catalogue, service
from taxonomy.models import Domain
from tests.search import site

WORD = "lantaarnvisserij"


def domain_counts(response):
    facet = next((f for f in response.facets if f.name == "domein"), None)
    return {value.value: value.count for value in facet.values} if facet else {}


class TestCatalogue(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.onderwijs, _ = Domain.objects.get_or_create(
            slug="onderwijs", defaults={"name": "Onderwijs"}
        )
        cls.zorg, _ = Domain.objects.get_or_create(slug="zorg", defaults={"name": "Zorg"})
        cls.practices = [
            PracticePageFactory(
                title=f"{WORD.capitalize()} {n}", summary=f"Over {WORD}.", domains=[cls.onderwijs]
            )
            for n in range(3)
        ]
        cls.space = CommunityPageFactory(title="Catalogus-community", slug="catalogus")
        cls.secret = SpacePageFactory(
            parent=cls.space,
            title=f"Besloten {WORD}",
            slug="besloten-catalogus",
            members_only=True,
        )
        site.index_all()

    def test_a_published_change_shows_in_the_next_search(self):
        self.assertEqual(domain_counts(service.search(WORD, expand=False)), {"onderwijs": 3})
        practice = self.practices[0]
        practice.domains = [self.zorg]
        practice.save_revision().publish()
        site.index_all()
        self.assertEqual(
            domain_counts(service.search(WORD, expand=False)), {"onderwijs": 2, "zorg": 1}
        )

    def test_a_page_saved_without_a_new_generation_is_read_from_the_database(self):
        service.search(WORD, expand=False)  # the catalogue of this generation
        with mock.patch("core.cache.new_generation"):
            late = PracticePageFactory(title=f"{WORD.capitalize()} laat", domains=[self.zorg])
        self.assertNotIn(late.pk, catalogue.catalogue().entries)
        docs = catalogue.docs([late.pk, self.practices[1].pk], [])
        self.assertEqual(set(docs), {late.pk, self.practices[1].pk})
        self.assertEqual(docs[late.pk]["domein"], {str(self.zorg.pk)})
        meta, titles = catalogue.titles([late.pk])
        self.assertEqual(meta[late.pk][1], late.title)
        self.assertIn(late.pk, titles.find(WORD))

    def test_a_hidden_page_is_never_an_entry_for_who_may_not_see_it(self):
        ids = [self.secret.pk, self.practices[0].pk]
        self.assertIn(self.secret.pk, catalogue.docs(ids, []))
        hidden = hidden_page_paths(None)
        self.assertTrue(hidden)
        self.assertEqual(set(catalogue.docs(ids, hidden)), {self.practices[0].pk})

    def test_the_second_search_of_a_generation_reads_no_page_again(self):
        service.search(WORD, expand=False)
        with mock.patch.object(catalogue, "read", wraps=catalogue.read) as read:
            second = service.search(f"{WORD} plan", expand=False)
        self.assertEqual(second.total, 3)
        read.assert_not_called()
