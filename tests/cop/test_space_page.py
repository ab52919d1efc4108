"""A space's public page: intro, coordinators, member count, latest pages, the join button."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from cop.factories import CommunityPageFactory, SpacePageFactory
from members.factories import MembershipFactory, UserFactory
from tests.cop.world import SECRETS, build_world


class TestSpacePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def test_visitor_sees_intro_coordinators_count_and_a_login_button(self):
        response = self.client.get(self.space_a.url)
        self.assertContains(response, "Cor Alfa")
        self.assertContains(response, "2 leden")
        self.assertContains(response, "Log in om mee te doen")
        self.assertContains(response, "Openbare afspraken Alfa")
        self.assertNotContains(response, SECRETS["A"][0])

    def test_members_see_members_only_pages_in_the_listing(self):
        self.client.force_login(self.member_a)
        response = self.client.get(self.space_a.url)
        self.assertContains(response, SECRETS["A"][0])
        self.assertContains(response, "Je bent lid van deze ruimte.")
        self.assertContains(response, "Verlaat deze ruimte")
        self.assertNotContains(response, "Leden beheren")

    def test_member_of_another_space_does_not(self):
        self.client.force_login(self.member_b)
        response = self.client.get(self.space_a.url)
        self.assertNotContains(response, SECRETS["A"][0])
        self.assertContains(response, "Vraag aan om mee te doen")

    def test_coordinator_sees_manage_members(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.get(self.space_a.url)
        self.assertContains(response, "Je bent coördinator van deze ruimte.")
        self.assertContains(response, "Leden beheren")

    def test_pending_request_shows_as_pending(self):
        user = UserFactory()
        MembershipFactory(user=user, space=self.space_a, status="requested")
        self.client.force_login(user)
        self.assertContains(self.client.get(self.space_a.url), "Aanvraag intrekken")

    def test_sitemap_and_listings_leave_members_only_pages_out(self):
        self.client.force_login(self.member_a)
        for url in ("/sitemap.xml", self.space_a.get_parent().url):
            content = self.client.get(url).content.decode()
            self.assertNotIn(self.secret["A"].slug, content)

    def test_visitor_gets_the_login_page_for_a_members_only_page(self):
        response = self.client.get(self.secret["A"].url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/account/inloggen/"))
        self.client.force_login(self.member_b)
        response = self.client.get(self.secret["A"].url, follow=True)
        self.assertContains(response, "geen toegang tot die pagina")
        self.assertNotContains(response, SECRETS["A"][1])


class TestMovedMembersOnlyPage(TestCase):
    """A members-only page moved to another space in the admin: the new space's
    members read it, the old space's members no longer do."""

    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def move_a_to_b(self):
        from django.urls import reverse

        self.client.force_login(self.superuser)
        page = self.secret["A"]
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, self.space_b.pk])
        response = self.client.post(url)
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        page.refresh_from_db()
        return page

    def test_the_old_spaces_member_loses_it_and_the_new_spaces_member_gains_it(self):
        page = self.move_a_to_b()
        self.assertTrue(page.url.startswith(self.space_b.url))
        self.client.force_login(self.member_a)
        response = self.client.get(page.url, follow=True)
        self.assertContains(response, "geen toegang tot die pagina")
        self.assertNotContains(response, SECRETS["A"][1])
        self.client.force_login(self.member_b)
        self.assertContains(self.client.get(page.url), SECRETS["A"][1])

    def test_a_visitor_still_gets_the_login_page(self):
        page = self.move_a_to_b()
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/account/inloggen/"))


class TestSpacePageQueryCount(TestCase):
    def queries_for(self, members, pages):
        space = CommunityPageFactory(title=f"Telling {members}", slug=f"telling-{members}")
        MembershipFactory(space=space, role="coordinator")
        for _ in range(members):
            MembershipFactory(space=space)
        for n in range(pages):
            SpacePageFactory(parent=space, title=f"Pagina {n}", slug=f"pagina-{n}")
        viewer = MembershipFactory(space=space).user
        self.client.force_login(viewer)
        self.client.get(space.url)  # warm caches (site root, content types)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(space.url)
        self.assertEqual(response.status_code, 200)
        return len(context)

    def test_query_count_does_not_grow_with_members_or_pages(self):
        self.assertEqual(self.queries_for(3, 3), self.queries_for(30, 30))
