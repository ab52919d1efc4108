"""Mijn netwerk (/mijn-netwerk/): a member's spaces, what is new there, their coming
events; for logged-in people only, and never anything of a space they are not in."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from agenda.factories import EventPageFactory
from cop.factories import CommunityPageFactory, SpacePageFactory
from core.factories import get_home_page, log_and_publish
from members.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from network import activity
from tests.members.test_accounts import public_form

URL = "/mijn-netwerk/"


class NetworkWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.space_a = CommunityPageFactory(title="Alfa-ruimte", slug="alfa-netwerk")
        cls.space_b = CommunityPageFactory(title="Bravo-ruimte", slug="bravo-netwerk")
        make = SpacePageFactory
        cls.public_a = log_and_publish(make(parent=cls.space_a, title="Openbaar zqnalfapagina"))
        cls.secret_a = log_and_publish(
            make(parent=cls.space_a, title="Besloten zqnalfageheim", members_only=True)
        )
        cls.public_b = log_and_publish(make(parent=cls.space_b, title="Openbaar zqnbravopagina"))
        cls.secret_b = log_and_publish(
            make(parent=cls.space_b, title="Besloten zqnbravogeheim", members_only=True)
        )
        cls.draft_b = make(parent=cls.space_b, title="Concept zqnbravoconcept", live=False)
        cls.draft_b.save_revision()
        cls.event_a = log_and_publish(
            EventPageFactory(title="Bijeenkomst zqnalfaagenda", space=cls.space_a)
        )
        cls.event_b = log_and_publish(
            EventPageFactory(title="Bijeenkomst zqnbravoagenda", space=cls.space_b)
        )
        cls.draft_event_b = EventPageFactory(
            title="Concept zqnbravoagendaconcept", space=cls.space_b, live=False
        )
        cls.draft_event_b.save_revision()
        cls.member_a = UserFactory(email="netwerk-a@example.org", first_name="Anna")
        MembershipFactory(user=cls.member_a, space=cls.space_a)
        cls.coordinator_b = UserFactory(email="netwerk-b@example.org", first_name="Bas")
        MembershipFactory(user=cls.coordinator_b, space=cls.space_b, role="coordinator")
        cls.loner = UserFactory(email="alleen@example.org", first_name="Lot")


B_MARKERS = (
    "zqnbravopagina",
    "zqnbravogeheim",
    "zqnbravoconcept",
    "zqnbravoagenda",
    "zqnbravoagendaconcept",
    "Bravo-ruimte",
)


class TestMyNetwork(NetworkWorld):
    def test_visitor_is_sent_to_the_login_with_the_way_back(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/account/inloggen/?next=%2Fmijn-netwerk%2F")

    def test_member_sees_their_spaces_and_what_is_new_there(self):
        self.client.force_login(self.member_a)
        response = self.client.get(reverse("network:home"))
        self.assertEqual(response.status_code, 200)
        for text in ("Alfa-ruimte", "zqnalfapagina", "zqnalfageheim", "zqnalfaagenda", "lid"):
            self.assertContains(response, text)
        self.assertContains(response, "Nieuwe activiteit in de agenda")
        self.assertEqual(
            {item.title for item in response.context["activity"]},
            {"Openbaar zqnalfapagina", "Besloten zqnalfageheim", "Bijeenkomst zqnalfaagenda"},
        )
        self.assertContains(response, reverse("cop:members", args=[self.space_a.pk]))

    def test_member_of_a_never_sees_anything_of_b(self):
        self.client.force_login(self.member_a)
        content = self.client.get(URL).content.decode()
        for marker in B_MARKERS:
            self.assertNotIn(marker, content)

    def test_coordinator_sees_their_role(self):
        self.client.force_login(self.coordinator_b)
        response = self.client.get(URL)
        self.assertContains(response, "coördinator")
        self.assertContains(response, "zqnbravogeheim")
        self.assertNotContains(response, "zqnbravoconcept")
        self.assertNotContains(response, "zqnbravoagendaconcept")
        self.assertNotContains(response, "zqnalfa")

    def test_without_spaces_an_invitation_to_join(self):
        self.client.force_login(self.loner)
        response = self.client.get(URL)
        self.assertContains(response, "Je bent nog geen lid")
        self.assertContains(response, self.space_a.get_parent().url)
        self.assertNotContains(response, "zqn")

    def test_a_space_left_is_no_longer_shown(self):
        user = UserFactory()
        MembershipFactory(user=user, space=self.space_b, status="left")
        self.client.force_login(user)
        content = self.client.get(URL).content.decode()
        for marker in B_MARKERS:
            self.assertNotIn(marker, content)

    def test_old_news_is_not_new(self):
        old = timezone.now() - activity.WINDOW - datetime.timedelta(days=1)
        type(self.public_a).objects.filter(pk=self.public_a.pk).update(
            first_published_at=old, last_published_at=old
        )
        self.client.force_login(self.member_a)
        self.assertNotContains(self.client.get(URL), "zqnalfapagina")

    def test_the_header_links_mijn_netwerk_for_logged_in_people(self):
        self.assertNotContains(self.client.get("/"), URL)
        self.client.force_login(self.loner)
        self.assertContains(self.client.get("/"), URL)


class TestLoginLandsOnMyNetwork(NetworkWorld):
    def log_in(self, **extra):
        data = {"email": "netwerk-a@example.org", "password": DEFAULT_PASSWORD, **extra}
        return self.client.post(reverse("members:login"), public_form(data))

    def test_login_lands_on_my_network(self):
        response = self.log_in()
        self.assertRedirects(response, URL)

    def test_an_explicit_next_still_wins(self):
        response = self.log_in(next=self.space_a.url)
        self.assertEqual(response["Location"], self.space_a.url)


class TestSpacePageActivity(NetworkWorld):
    """Each space page shows what is new in it, to those who may see it."""

    def test_visitor_sees_the_public_activity_only(self):
        response = self.client.get(self.space_a.url)
        self.assertContains(response, "Recent in deze ruimte")
        self.assertContains(response, "zqnalfapagina")
        self.assertNotContains(response, "zqnalfageheim")

    def test_member_sees_the_members_only_activity_of_their_space(self):
        self.client.force_login(self.member_a)
        response = self.client.get(self.space_a.url)
        self.assertContains(response, "zqnalfageheim")
        self.assertNotContains(self.client.get(self.space_b.url), "zqnbravogeheim")


class TestActivitySources(NetworkWorld):
    """The place where another app (discussions) adds its activity."""

    def test_an_app_source_is_merged_in_and_its_dicts_become_activities(self):
        def threads(scope):
            return [
                {
                    "kind": "thread",
                    "label": "Nieuwe vraag",
                    "title": f"Vraag zqnvraag in {len(scope.space_ids)} ruimte",
                    "url": "/ergens/",
                    "when": timezone.now(),
                    "space_id": scope.space_ids[0],
                }
            ]

        activity.SOURCES.append(threads)
        self.addCleanup(activity.SOURCES.remove, threads)
        self.client.force_login(self.member_a)
        response = self.client.get(URL)
        self.assertContains(response, "Vraag zqnvraag in 1 ruimte")
        self.assertContains(response, "Nieuwe vraag")
        items = response.context["activity"]
        self.assertEqual(items[0].kind, "thread")
        self.assertEqual(items[0].space, self.space_a)
