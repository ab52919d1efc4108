"""Listings keep the same number of queries with 3 and with 30 children.

Each child carries what a card shows (domains, themes, an image where the type has
one), so a missing prefetch shows up as a growing count.
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from agenda.factories import EventPageFactory, get_event_index
from articles.factories import ArticlePageFactory, get_article_index
from bottlenecks.factories import BottleneckPageFactory, get_bottleneck_index
from cop.factories import CommunityPageFactory, SpacePageFactory, get_space_index
from core.factories import ImageFactory, get_home_page
from home.factories import StandardPageFactory
from practices.factories import PracticePageFactory, get_practice_index
from regions.factories import RegionPageFactory, get_region_index
from taxonomy.factories import AgeGroupFactory, DomainFactory, EvidenceLevelFactory, ThemeFactory


class ListingQueryBudget(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.domains = [DomainFactory(), DomainFactory()]
        cls.themes = [ThemeFactory(), ThemeFactory()]
        cls.image = ImageFactory()

    def taxonomy(self):
        return {"domains": self.domains, "themes": self.themes}

    def count_queries(self, url):
        self.client.get(url)  # warm per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def assertConstantQueries(self, parent_url, make_child, expected_text=None):
        for _ in range(3):
            make_child()
        with_3, response = self.count_queries(parent_url)
        if expected_text:
            self.assertContains(response, expected_text)
        for _ in range(27):
            make_child()
        with_30, _response = self.count_queries(parent_url)
        self.assertEqual(
            with_3, with_30, f"{parent_url}: {with_3} queries with 3 children, {with_30} with 30"
        )


class TestListingQueryCounts(ListingQueryBudget):
    def test_practice_index(self):
        index = get_practice_index()
        level = EvidenceLevelFactory()
        ages = [AgeGroupFactory()]

        def make():
            PracticePageFactory(
                parent=index,
                image=self.image,
                evidence_level=level,
                age_groups=ages,
                **self.taxonomy(),
            )

        self.assertConstantQueries(index.url, make, "Thuiszittersoverleg in de wijk")

    def test_practice_index_filtered(self):
        index = get_practice_index()
        domain = self.domains[0]

        def make():
            PracticePageFactory(parent=index, image=self.image, **self.taxonomy())

        self.assertConstantQueries(f"{index.url}?domein={domain.slug}", make)

    def test_article_index(self):
        index = get_article_index()

        def make():
            ArticlePageFactory(parent=index, image=self.image, **self.taxonomy())

        self.assertConstantQueries(index.url, make)

    def test_event_index(self):
        index = get_event_index()
        space = CommunityPageFactory()

        def make():
            EventPageFactory(parent=index, space=space, **self.taxonomy())

        self.assertConstantQueries(index.url, make)

    def test_space_index(self):
        index = get_space_index("cop")

        def make():
            CommunityPageFactory(parent=index, image=self.image, **self.taxonomy())

        self.assertConstantQueries(index.url, make)

    def test_region_index(self):
        index = get_region_index()

        def make():
            RegionPageFactory(parent=index, image=self.image, **self.taxonomy())

        self.assertConstantQueries(index.url, make)

    def test_bottleneck_index(self):
        index = get_bottleneck_index()

        def make():
            BottleneckPageFactory(parent=index, **self.taxonomy())

        self.assertConstantQueries(index.url, make)

    def test_standard_page_with_subpages(self):
        parent = StandardPageFactory(parent=self.home)

        def make():
            StandardPageFactory(parent=parent)

        self.assertConstantQueries(parent.url, make)

    def test_space_with_shared_pages(self):
        space = CommunityPageFactory(image=self.image, **self.taxonomy())

        def make():
            SpacePageFactory(parent=space)

        self.assertConstantQueries(space.url, make)

    def test_home_page_with_many_practices_and_articles(self):
        def make():
            PracticePageFactory(**self.taxonomy())
            ArticlePageFactory(image=self.image, **self.taxonomy())
            EventPageFactory(**self.taxonomy())

        self.assertConstantQueries(self.home.url, make)
