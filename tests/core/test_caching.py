"""The page cache for anonymous visitors: fast when nothing changed, fresh when it did.

Each test goes through HTTP, as a visitor would: publish, move or unpublish in the
admin's way (revisions, `move`, `unpublish`) and the next request shows it.
"""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.cache import CACHE_HEADER
from core.factories import get_home_page
from home.factories import StandardPageFactory
from members.factories import UserFactory


@override_settings(PAGE_CACHE_SECONDS=300)
class TestAnonymousPageCache(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over ons", slug="over-ons")
        cls.other = StandardPageFactory(parent=cls.home, title="Elders", slug="elders")

    def setUp(self):
        cache.clear()

    def get(self, url, **extra):
        response = self.client.get(url, **extra)
        self.assertNotEqual(response.status_code, 500)
        return response

    def publish(self, page, **changes):
        page = page.specific
        for name, value in changes.items():
            setattr(page, name, value)
        page.save_revision().publish()

    def assertPrivate(self, response):
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        self.assertLessEqual({"private", "no-store"}, control)
        self.assertNotIn("public", control)

    def test_second_visit_comes_from_the_cache_without_queries(self):
        first = self.get("/over-ons/")
        self.assertEqual(first[CACHE_HEADER], "miss")
        with self.assertNumQueries(0):
            second = self.get("/over-ons/")
        self.assertEqual(second[CACHE_HEADER], "hit")
        self.assertEqual(second.content, first.content)
        self.assertIn("public", second["Cache-Control"])
        self.assertIn("max-age=0", second["Cache-Control"])
        self.assertIn("Cookie", second["Vary"])

    def test_publishing_shows_the_new_version_at_once(self):
        self.get("/over-ons/")
        self.publish(self.page, title="Over Met Andere Ogen")
        response = self.get("/over-ons/")
        self.assertContains(response, "Over Met Andere Ogen")
        self.assertEqual(response[CACHE_HEADER], "miss")

    def test_publishing_one_page_refreshes_the_pages_that_list_it(self):
        self.assertNotContains(self.get("/"), "Nieuwe naam")
        self.publish(self.other, title="Nieuwe naam")
        self.assertContains(self.get("/elders/"), "Nieuwe naam")

    def test_unpublishing_removes_the_page(self):
        self.assertEqual(self.get("/over-ons/").status_code, 200)
        self.page.specific.unpublish()
        self.assertEqual(self.get("/over-ons/").status_code, 404)

    def test_moving_a_page_answers_at_the_new_address(self):
        self.assertEqual(self.get("/over-ons/").status_code, 200)
        self.page.specific.move(self.other, pos="last-child")
        old = self.get("/over-ons/")
        self.assertRedirects(old, "/elders/over-ons/", status_code=301)
        self.assertEqual(self.get("/elders/over-ons/").status_code, 200)

    def test_deleting_a_page_removes_it(self):
        self.assertEqual(self.get("/elders/").status_code, 200)
        self.other.specific.delete()
        self.assertEqual(self.get("/elders/").status_code, 404)

    def test_a_logged_in_member_never_gets_the_cached_copy(self):
        self.get("/over-ons/")
        self.get("/over-ons/")
        self.client.force_login(UserFactory())
        response = self.get("/over-ons/")
        self.assertNotIn(CACHE_HEADER, response)
        self.assertPrivate(response)
        self.assertContains(response, "Mijn profiel")

    def test_what_a_member_sees_is_not_cached_for_visitors(self):
        self.client.force_login(UserFactory())
        self.get("/over-ons/")
        self.client.logout()
        response = self.get("/over-ons/")
        self.assertEqual(response[CACHE_HEADER], "miss")
        self.assertNotContains(response, "Mijn profiel")

    def test_a_restricted_page_is_never_cached(self):
        group = Group.objects.create(name="Leden van de proef")
        PageViewRestriction.objects.create(
            page=self.page, restriction_type=PageViewRestriction.GROUPS
        ).groups.add(group)
        visitor = self.get("/over-ons/")
        self.assertEqual(visitor.status_code, 302)

        member = UserFactory()
        member.groups.add(group)
        self.client.force_login(member)
        response = self.get("/over-ons/")
        self.assertEqual(response.status_code, 200)
        self.assertPrivate(response)
        self.client.logout()
        self.assertEqual(self.get("/over-ons/").status_code, 302)

    def test_adding_a_restriction_to_a_cached_page_takes_effect_at_once(self):
        self.get("/over-ons/")
        PageViewRestriction.objects.create(
            page=self.page, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(self.get("/over-ons/").status_code, 302)

    def test_pages_with_a_form_token_are_not_shared(self):
        response = self.get("/account/inloggen/")
        self.assertNotIn(CACHE_HEADER, response)
        response = self.get("/zoeken/?q=ouders")
        self.assertNotEqual(response.get("Cache-Control", ""), "private, no-store")

    def test_a_form_token_is_never_handed_to_another_visitor(self):
        """The newsletter sign-up page has a form; its token is tied to the cookie."""
        self.client.cookies["csrftoken"] = "a" * 32
        first = self.get("/nieuwsbrief/")
        self.assertEqual(first.status_code, 200)
        self.assertContains(first, "csrfmiddlewaretoken")
        self.assertNotIn(CACHE_HEADER, first)
        self.client.cookies["csrftoken"] = "b" * 32
        second = self.get("/nieuwsbrief/")
        self.assertNotIn(CACHE_HEADER, second)

    def test_a_visitors_search_does_not_empty_the_cache(self):
        self.get("/over-ons/")
        self.get("/zoeken/?q=een-nieuwe-zoekvraag")
        self.assertEqual(self.get("/over-ons/")[CACHE_HEADER], "hit")

    def test_each_address_and_query_has_its_own_copy(self):
        self.get("/zoeken/?q=ouders")
        response = self.get("/zoeken/?q=school")
        self.assertNotEqual(response.get(CACHE_HEADER), "hit")


@override_settings(PAGE_CACHE_SECONDS=300)
class TestMenuAndFooterLinks(TestCase):
    """Every page shows the main menu and the footer; their links come from the shared
    cache, and are as fresh as the pages they link to."""

    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(
            parent=cls.home, title="Over ons", slug="over-ons", show_in_menus=True
        )
        cls.member = UserFactory()

    def setUp(self):
        cache.clear()
        self.client.force_login(self.member)  # never page-cached: every request renders

    def menu(self, response):
        self.assertEqual(response.status_code, 200)
        nav = response.content.decode().split('aria-label="Hoofdmenu"', 1)[1].split("</nav>")[0]
        return nav

    def test_a_warm_render_runs_no_query_for_the_menu_or_the_footer(self):
        self.client.get("/over-ons/")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/over-ons/")
        self.assertContains(response, "Over ons")
        menu_queries = [
            q["sql"] for q in queries if "show_in_menus" in q["sql"].partition("WHERE")[2]
        ]
        self.assertEqual(menu_queries, [])

    def test_a_page_added_to_the_menu_shows_on_the_next_request(self):
        self.assertNotIn("Agenda voor ouders", self.menu(self.client.get("/over-ons/")))
        new = StandardPageFactory(
            parent=self.home, title="Agenda voor ouders", slug="agenda-ouders", show_in_menus=True
        )
        self.assertIn("Agenda voor ouders", self.menu(self.client.get("/over-ons/")))
        new.unpublish()
        self.assertNotIn("Agenda voor ouders", self.menu(self.client.get("/over-ons/")))

    def test_a_renamed_footer_page_shows_its_new_title(self):
        footer = StandardPageFactory(parent=self.home, title="Privacyverklaring", slug="privacy")
        self.assertContains(self.client.get("/over-ons/"), 'href="/privacy/"')
        footer.title = "Privacy"
        footer.save_revision().publish()
        response = self.client.get("/over-ons/")
        self.assertContains(response, ">Privacy</a>")
        self.assertNotContains(response, "Privacyverklaring")
