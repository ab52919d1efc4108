"""Speed by construction: a page's query count does not grow with what is around it.

Every page type is rendered with 3 and with 30 siblings of its own type (they feed
"related" lists, navigation and counters); search with 3 and with 30 hits; the admin
explorer for a member of 3 and of 30 spaces. The counts must be equal: a growing count
is an N+1 that 10,000 pages would turn into seconds. (Index listings with 3 and 30
children: tests/test_query_counts.py.)
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from agenda.factories import EventPageFactory
from articles.factories import ArticlePageFactory
from bottlenecks.factories import BottleneckPageFactory
from cop.factories import CommunityPageFactory, SpacePageFactory, get_space_index
from core.admin_speedups import _original_can_delete
from core.factories import get_home_page
from home.factories import StandardPageFactory
from members.factories import MembershipFactory, SuperUserFactory, UserFactory
from practices.factories import PracticePageFactory
from regions.factories import CallPageFactory, RegionPageFactory
from taxonomy.factories import DomainFactory, ThemeFactory


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


class TestPageTypeQueryBudgets(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.domains = [DomainFactory(), DomainFactory()]
        cls.themes = [ThemeFactory(), ThemeFactory()]

    def assertConstant(self, factory, **kwargs):
        page = factory(**kwargs)
        for _ in range(2):
            factory(**kwargs)
        with_3 = count_queries(self.client, page.url)
        for _ in range(27):
            factory(**kwargs)
        with_30 = count_queries(self.client, page.url)
        self.assertEqual(with_3, with_30, f"{factory.__name__}: {with_3} -> {with_30} queries")
        return with_3

    def taxonomy(self):
        return {"domains": self.domains, "themes": self.themes}

    def test_practice_page(self):
        self.assertConstant(PracticePageFactory, **self.taxonomy())

    def test_article_page(self):
        self.assertConstant(ArticlePageFactory, **self.taxonomy())

    def test_event_page(self):
        self.assertConstant(EventPageFactory, **self.taxonomy())

    def test_bottleneck_page(self):
        self.assertConstant(BottleneckPageFactory, **self.taxonomy())

    def test_region_and_call_pages(self):
        self.assertConstant(RegionPageFactory)
        self.assertConstant(CallPageFactory)

    def test_space_and_shared_pages(self):
        self.assertConstant(CommunityPageFactory, **self.taxonomy())
        space = CommunityPageFactory()
        self.assertConstant(SpacePageFactory, parent=space)

    def test_standard_page(self):
        self.assertConstant(StandardPageFactory, parent=self.home)

    def test_search_results(self):
        def make(n):
            for _ in range(n):
                PracticePageFactory(title="Thuiszitters terug naar school", **self.taxonomy())

        make(3)
        with_3 = count_queries(self.client, "/zoeken/?q=thuiszitters")
        make(27)
        with_30 = count_queries(self.client, "/zoeken/?q=thuiszitters")
        self.assertEqual(with_3, with_30)


class TestAdminExplorerQueryBudget(TestCase):
    """A member of many spaces opens the explorer as fast as a member of a few.

    Wagtail asked the database twice per listed row whether a member may delete or move
    a page; `core/admin_speedups.py` answers that without a query for live pages.
    """

    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.index = get_space_index("cop")
        cls.spaces = [CommunityPageFactory(parent=cls.index) for _ in range(30)]

    def explorer_queries(self, user):
        self.client.force_login(user)
        return count_queries(self.client, f"/admin/pages/{self.index.pk}/")

    def member_of(self, count):
        user = UserFactory()
        for space in self.spaces[:count]:
            MembershipFactory(user=user, space=space)
        return user

    def test_the_count_does_not_grow_with_the_number_of_spaces(self):
        with_3 = self.explorer_queries(self.member_of(3))
        with_30 = self.explorer_queries(self.member_of(30))
        self.assertEqual(with_3, with_30, f"explorer: {with_3} -> {with_30} queries")

    def test_a_member_needs_no_more_queries_than_twice_a_superuser(self):
        superuser = self.explorer_queries(SuperUserFactory())
        member = self.explorer_queries(self.member_of(30))
        self.assertLessEqual(member, 2 * superuser, (member, superuser))

    def test_a_member_still_may_not_delete_or_move_a_live_space(self):
        member = self.member_of(1)
        permissions = self.spaces[0].permissions_for_user(member)
        self.assertTrue(permissions.can_edit())
        self.assertFalse(permissions.can_delete())
        self.assertFalse(permissions.can_move())
        draft = SpacePageFactory(parent=self.spaces[0], live=False, owner=member)
        self.assertEqual(
            draft.permissions_for_user(member).can_delete(),
            _original_can_delete(draft.permissions_for_user(member)),
        )
