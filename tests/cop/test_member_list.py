"""The members page of a space, for its members: who is there, only what they show,
filtered and paginated; never another space's members (cop.member_list, and the rule
cop.permissions.can_see_members)."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cop.factories import CommunityPageFactory
from cop.permissions import can_see_members
from core.factories import get_home_page
from members.factories import MembershipFactory, UserFactory
from members.models import Membership
from taxonomy.factories import DomainFactory
from tests.cop.world import build_world


class TestWhoMaySeeTheMembers(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.domain = DomainFactory(slug="onderwijs", name="Onderwijs")
        cls.member_a.organisation = "Zq-school De Linde"
        cls.member_a.region = "Zqregio Noordoost"
        cls.member_a.role = "ouder"
        cls.member_a.save()
        cls.member_a.domains.add(cls.domain)
        cls.member_b.organisation = "Zq-bravo organisatie"
        cls.member_b.save()
        cls.former_a = UserFactory(email="oud-lid-a@example.org", first_name="Olga")
        MembershipFactory(user=cls.former_a, space=cls.space_a, status="left")
        cls.asking_a = UserFactory(email="vraagt@example.org", first_name="Vera")
        MembershipFactory(user=cls.asking_a, space=cls.space_a, status="requested")

    def url(self, space):
        return reverse("cop:members", args=[space.pk])

    def test_member_sees_who_is_in_their_space(self):
        self.client.force_login(self.member_a)
        response = self.client.get(self.url(self.space_a))
        self.assertEqual(response.status_code, 200)
        for text in ("Anna Alfa", "Cor Alfa", "Zq-school De Linde", "Onderwijs", "Coördinator"):
            self.assertContains(response, text)
        self.assertContains(response, "2 leden")

    def test_member_sees_nothing_a_person_did_not_make_visible(self):
        self.client.force_login(self.coordinator_a)  # a coordinator too: the list is the same
        for user in (self.member_a, self.coordinator_a):
            self.client.force_login(user)
            content = self.client.get(self.url(self.space_a)).content.decode()
            self.assertNotIn("lid-a@example.org", content)
            self.assertNotIn("Zqregio Noordoost", content)
            self.assertNotIn("Ouder", content)
        self.client.force_login(self.member_a)
        content = self.client.get(self.url(self.space_a)).content.decode()
        self.assertNotIn("coordinator-a@example.org", content)
        self.assertNotIn("Olga", content)  # left the space
        self.assertNotIn("Vera", content)  # only asked to join

    def test_member_of_a_gets_404_on_the_members_of_b(self):
        self.client.force_login(self.member_a)
        response = self.client.get(self.url(self.space_b))
        self.assertEqual(response.status_code, 404)
        self.assertNotIn("Bas Bravo", response.content.decode())
        self.assertNotIn("Zq-bravo", response.content.decode())
        self.assertFalse(can_see_members(self.member_a, self.space_b))
        self.assertTrue(can_see_members(self.member_a, self.space_a))

    def test_an_id_that_is_no_space_is_404(self):
        self.client.force_login(self.member_a)
        for page in (self.secret["A"], self.public_page_a):
            self.assertEqual(self.client.get(self.url(page)).status_code, 404)
        self.assertEqual(self.client.get("/ruimtes/999999/leden/").status_code, 404)

    def test_visitor_is_sent_to_the_login(self):
        response = self.client.get(self.url(self.space_a) + "?domein=onderwijs")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("members:login") + "?next="))
        self.assertNotIn("Anna", response.content.decode())

    def test_former_member_and_outsiders_get_404(self):
        for user in (self.former_a, self.asking_a, self.member_b, self.editor):
            self.client.force_login(user)
            with self.subTest(user=user.email):
                response = self.client.get(self.url(self.space_a))
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("Anna Alfa", response.content.decode())

    def test_member_has_no_management_and_may_not_post(self):
        self.client.force_login(self.member_a)
        response = self.client.get(self.url(self.space_a))
        for text in ("Uitnodiging versturen", "Aanvragen", "Maak coördinator", "Vera"):
            self.assertNotContains(response, text)
        cor = Membership.objects.get(user=self.coordinator_a, space=self.space_a)
        response = self.client.post(
            self.url(self.space_a), {"action": "remove", "membership": cor.pk}
        )
        self.assertEqual(response.status_code, 404)
        cor.refresh_from_db()
        self.assertEqual(cor.status, "active")

    def test_coordinator_keeps_the_management_on_the_same_page(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.get(self.url(self.space_a))
        for text in (
            "Aanvragen",
            "Vera",
            "Goedkeuren",
            "Uitnodiging versturen",
            "Maak coördinator",
        ):
            self.assertContains(response, text)

    def test_programme_office_sees_every_members_page(self):
        office = UserFactory(email="bureau@example.org")
        office.groups.add(Group.objects.get_or_create(name="Programmabureau")[0])
        self.client.force_login(office)
        self.assertContains(self.client.get(self.url(self.space_b)), "Bas Bravo")

    def test_the_space_page_links_its_members_page_for_members_only(self):
        link = self.url(self.space_a)
        self.client.force_login(self.member_a)
        self.assertContains(self.client.get(self.space_a.url), link)
        self.client.force_login(self.member_b)
        self.assertNotContains(self.client.get(self.space_a.url), link)


class TestMemberFilters(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.space = CommunityPageFactory(title="Filterruimte")
        cls.onderwijs = DomainFactory(slug="onderwijs", name="Onderwijs")
        cls.zorg = DomainFactory(slug="zorg", name="Zorg")
        cls.ann = UserFactory(first_name="Ann", last_name="Leraar", organisation="Basisschool")
        cls.ann.domains.add(cls.onderwijs)
        cls.piet = UserFactory(first_name="Piet", last_name="Zorgverlener", organisation="GGD")
        cls.piet.domains.add(cls.zorg)
        cls.kees = UserFactory(first_name="Kees", last_name="Coördinator", organisation="GGD")
        MembershipFactory(user=cls.ann, space=cls.space)
        MembershipFactory(user=cls.piet, space=cls.space)
        MembershipFactory(user=cls.kees, space=cls.space, role="coordinator")
        cls.url = reverse("cop:members", args=[cls.space.pk])

    def setUp(self):
        self.client.force_login(self.ann)

    def names(self, query):
        response = self.client.get(self.url + query)
        self.assertEqual(response.status_code, 200, query)
        content = response.content.decode()
        return {name for name in ("Ann Leraar", "Piet Zorgverlener", "Kees") if name in content}

    def test_filter_by_domain(self):
        self.assertEqual(self.names("?domein=zorg"), {"Piet Zorgverlener"})

    def test_filter_by_organisation(self):
        self.assertEqual(self.names("?organisatie=GGD"), {"Piet Zorgverlener", "Kees"})

    def test_filter_by_role_in_the_space(self):
        self.assertEqual(self.names("?rol=coordinator"), {"Kees"})

    def test_search_by_name(self):
        self.assertEqual(self.names("?q=zorgver"), {"Piet Zorgverlener"})
        self.assertEqual(self.names("?q=ann+leraar"), {"Ann Leraar"})

    def test_bad_filter_values_are_ignored_never_a_500(self):
        everyone = {"Ann Leraar", "Piet Zorgverlener", "Kees"}
        for query in (
            "?domein=999",
            "?domein=<script>",
            "?organisatie=Niet+bestaand",
            "?rol=superuser",
            "?pagina=abc",
            "?pagina=99999",
            "?pagina=-1",
            "?ruimte=1&regio=x&thema=%00",
        ):
            with self.subTest(query=query):
                self.assertEqual(self.names(query), everyone)
        self.assertEqual(self.names("?domein=zorg&domein=onderwijs&rol="), {"Ann Leraar"})
        response = self.client.get(self.url, {"q": "x" * 5000})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Geen leden gevonden")

    def test_a_domain_no_member_has_is_no_option(self):
        DomainFactory(slug="sport", name="Sportclubs")
        response = self.client.get(self.url)
        self.assertNotContains(response, "Sportclubs")
        self.assertContains(response, 'value="zorg"')

    def test_pages_of_24(self):
        for _ in range(25):
            MembershipFactory(space=self.space)
        first = self.client.get(self.url)
        self.assertContains(first, "28 leden")
        self.assertContains(first, "Pagina 1 van 2")
        self.assertContains(self.client.get(self.url + "?pagina=2"), "Pagina 2 van 2")


class TestMembersPageQueryBudget(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.space = CommunityPageFactory(title="Telruimte")
        cls.domains = [DomainFactory(slug="onderwijs"), DomainFactory(slug="zorg")]
        cls.viewer = UserFactory(first_name="Kijker")
        MembershipFactory(user=cls.viewer, space=cls.space)
        cls.url = reverse("cop:members", args=[cls.space.pk])

    def add_members(self, count, status="active"):
        for index in range(count):
            user = UserFactory(organisation=f"Organisatie {index % 7}")
            user.domains.set(self.domains)
            MembershipFactory(user=user, space=self.space, status=status)

    def count(self, user, query=""):
        self.client.force_login(user)
        self.client.get(self.url + query)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.url + query)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_members_page_with_5_and_50_members(self):
        self.add_members(4)
        with_5 = self.count(self.viewer), self.count(self.viewer, "?domein=zorg&q=a")
        self.add_members(45)
        with_50 = self.count(self.viewer), self.count(self.viewer, "?domein=zorg&q=a")
        self.assertEqual(with_5, with_50)

    def test_coordinators_page_with_5_and_50_members(self):
        coordinator = UserFactory()
        MembershipFactory(user=coordinator, space=self.space, role="coordinator")
        self.add_members(3)
        self.add_members(2, status="requested")
        with_5 = self.count(coordinator)
        self.add_members(45)
        self.add_members(10, status="requested")
        self.assertEqual(with_5, self.count(coordinator))
