"""The knowledge bank as a visitor meets it: a practice page, filters, the coverage matrix."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from articles.factories import ArticlePageFactory
from core.factories import ImageFactory
from practices.factories import (
    CoverageMatrixPageFactory,
    PracticePageFactory,
    get_practice_index,
)
from practices.models import CoverageMatrixPage, PracticeIndexPage
from taxonomy.factories import (
    AdviceFactory,
    AgeGroupFactory,
    DomainFactory,
    EvidenceLevelFactory,
    ThemeFactory,
)


class TestPracticePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.level = EvidenceLevelFactory(rank=3)
        cls.theme = ThemeFactory(name="thuiszitters")
        cls.practice = PracticePageFactory(
            title="Thuiszittersoverleg Arnhem",
            measurement="<p>Aantal thuiszitters per kwartaal.</p>",
            evidence_level=cls.level,
            themes=[cls.theme],
            domains=[DomainFactory(slug="onderwijs")],
            advices=[AdviceFactory(number=2)],
        )
        cls.article = ArticlePageFactory(title="Blog over thuiszitters", themes=[cls.theme])
        cls.unrelated = ArticlePageFactory(title="Ander onderwerp", themes=["vroegsignalering"])

    def test_visitor_sees_every_section_and_what_was_measured(self):
        response = self.client.get(self.practice.url)
        self.assertContains(response, "In het kort")
        for heading in ["Vraag of probleem", "Aanpak", "Resultaten", "Wat is er gemeten", "Lessen"]:
            self.assertContains(response, heading)
        self.assertContains(response, "Aantal thuiszitters per kwartaal.")

    def test_visitor_sees_what_the_evidence_level_means_and_the_next_step(self):
        response = self.client.get(self.practice.url)
        self.assertContains(response, self.level.name)
        self.assertContains(response, self.level.description.split("\n")[0][:40])
        if self.level.next_step:
            self.assertContains(response, "Volgende stap")

    def test_related_content_shares_a_theme(self):
        response = self.client.get(self.practice.url)
        self.assertContains(response, "Gerelateerd")
        self.assertContains(response, "Blog over thuiszitters")
        self.assertNotContains(response, "Ander onderwerp")
        article_response = self.client.get(self.article.url)
        self.assertContains(article_response, "Thuiszittersoverleg Arnhem")


class TestPracticeIndexFilters(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_practice_index()
        cls.onderwijs = DomainFactory(slug="onderwijs")
        cls.zorg = DomainFactory(slug="zorg")
        cls.young = AgeGroupFactory(label="0-4")
        cls.level = EvidenceLevelFactory(rank=2)
        cls.advice = AdviceFactory(number=1)
        PracticePageFactory(
            title="Voorbeeld school",
            domains=[cls.onderwijs],
            themes=["passend onderwijs"],
            age_groups=[cls.young],
            evidence_level=cls.level,
            advices=[cls.advice],
        )
        PracticePageFactory(title="Voorbeeld zorg", domains=[cls.zorg], themes=["vroegsignalering"])

    def get(self, query):
        return self.client.get(f"{self.index.url}?{query}")

    def test_each_filter_narrows_the_list_without_javascript(self):
        for query in [
            "domein=onderwijs",
            "thema=passend-onderwijs",
            "leeftijd=0-4",
            f"niveau={self.level.slug}",
            "advies=1",
        ]:
            with self.subTest(query=query):
                response = self.get(query)
                self.assertContains(response, "Voorbeeld school")
                self.assertNotContains(response, "Voorbeeld zorg")
                self.assertContains(response, "selected")

    def test_the_filter_form_is_a_plain_get_form(self):
        response = self.client.get(self.index.url)
        self.assertContains(response, 'method="get"')
        self.assertContains(response, 'name="advies"')
        # The filters need no script: the only one on the page is the header's search
        # suggestions (base.html), which every page loads.
        scripts = BeautifulSoup(response.content, "html.parser").find_all("script")
        self.assertEqual([s.get("src") for s in scripts], ["/static/js/search-autocomplete.js"])

    def test_unknown_or_garbage_filter_values_are_ignored_never_a_500(self):
        for query in ["advies=abc", "domein=bestaat-niet", "niveau=%00", "leeftijd=<script>"]:
            with self.subTest(query=query):
                response = self.get(query)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Voorbeeld zorg")


class TestPracticeIndexQueryBudget(TestCase):
    """The practice index with 10 and with 100 practices uses the same number of queries."""

    def count(self, url):
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_10_and_100_practices_cost_the_same_queries(self):
        index = get_practice_index()
        image = ImageFactory()
        taxonomy = {
            "domains": [DomainFactory(), DomainFactory()],
            "themes": [ThemeFactory(), ThemeFactory()],
            "age_groups": [AgeGroupFactory()],
            "advices": [AdviceFactory()],
            "evidence_level": EvidenceLevelFactory(),
            "image": image,
        }
        for _ in range(10):
            PracticePageFactory(parent=index, **taxonomy)
        with_10 = self.count(index.url)
        filtered_10 = self.count(f"{index.url}?domein={taxonomy['domains'][0].slug}")
        for _ in range(90):
            PracticePageFactory(parent=index, **taxonomy)
        self.assertEqual(with_10, self.count(index.url))
        self.assertEqual(
            filtered_10, self.count(f"{index.url}?domein={taxonomy['domains'][0].slug}")
        )


class TestCoverageMatrix(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_practice_index()
        cls.onderwijs = DomainFactory(slug="onderwijs")
        cls.zorg = DomainFactory(slug="zorg")
        cls.advice_1 = AdviceFactory(number=1)
        cls.advice_2 = AdviceFactory(number=2)
        PracticePageFactory(title="Eerste", domains=[cls.onderwijs], advices=[cls.advice_1])
        PracticePageFactory(title="Tweede", domains=[cls.onderwijs], advices=[cls.advice_1])
        PracticePageFactory(
            title="Verborgen concept",
            domains=[cls.zorg],
            advices=[cls.advice_1],
            live=False,
        )
        cls.matrix = CoverageMatrixPageFactory(parent=cls.index)

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(CoverageMatrixPage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(CoverageMatrixPage, set())

    def test_cells_count_live_practices_and_link_to_the_filtered_list(self):
        response = self.client.get(self.matrix.url)
        self.assertContains(response, f'href="{self.index.url}?advies=1&amp;domein=onderwijs"')
        domains, rows = self.matrix.get_matrix()
        cells = {
            (row["advice"].number, cell["domain"].slug): cell["count"]
            for row in rows
            for cell in row["cells"]
        }
        self.assertEqual(cells[(1, "onderwijs")], 2)
        self.assertEqual(cells[(1, "zorg")], 0)  # the draft does not count
        filtered = self.client.get(f"{self.index.url}?advies=1&domein=onderwijs")
        self.assertContains(filtered, "Eerste")
        self.assertContains(filtered, "Tweede")

    def test_empty_cells_are_visible_as_gaps(self):
        response = self.client.get(self.matrix.url)
        self.assertContains(response, "coverage__cell--gap")
        self.assertContains(response, "voorbeelden bij advies 2 in Onderwijs: een gat")

    def test_the_practice_index_links_to_the_matrix(self):
        self.assertContains(self.client.get(self.index.url), self.matrix.url)

    def test_matrix_queries_do_not_grow_with_practices(self):
        def count():
            self.client.get(self.matrix.url)
            with CaptureQueriesContext(connection) as queries:
                self.client.get(self.matrix.url)
            return len(queries)

        before = count()
        for _ in range(5):
            PracticePageFactory(domains=[self.zorg], advices=[self.advice_2])
        self.assertEqual(before, count())


class TestCoverageMatrixAdmin(WagtailPageTestCase):
    def test_editor_can_create_it_in_the_admin(self):
        from members.factories import SuperUserFactory

        index = get_practice_index()
        self.client.force_login(SuperUserFactory())
        self.assertCanCreate(
            index,
            CoverageMatrixPage,
            nested_form_data(
                {"title": "Dekking", "slug": "dekking", "intro": rich_text("<p>Gaten.</p>")}
            ),
        )
