"""What the agenda must never tell: titles of hidden pages, other people's registrations,
and no unconfirmed email change in the admin."""

from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.models import PageViewRestriction

from agenda import registrations
from agenda.factories import EventPageFactory, get_event_index
from agenda.models import Registration, RegistrationStatus
from cop.factories import CommunityPageFactory, SpacePageFactory
from core.factories import log_and_publish
from members.factories import SuperUserFactory, UserFactory

SECRET_TITLE = "Geheim overleg qv3marker"
DRAFT_TITLE = "Nooit gepubliceerd kw8marker"


class TestHiddenSpaceTitles(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_event_index()
        space = CommunityPageFactory(title="Open community")
        cls.secret = SpacePageFactory(
            parent=space, title=SECRET_TITLE, slug="geheim", members_only=True
        )
        log_and_publish(cls.secret)
        cls.draft = SpacePageFactory(parent=space, title=DRAFT_TITLE, slug="concept", live=False)
        # Public events that name the hidden pages as their organiser.
        EventPageFactory(title="Activiteit van geheim", space=cls.secret)
        EventPageFactory(title="Activiteit van concept", space=cls.draft)

    def test_the_secret_page_is_really_restricted(self):
        self.assertTrue(PageViewRestriction.objects.filter(page=self.secret).exists())
        self.assertFalse(self.draft.live)

    def assert_no_marker(self, response):
        self.assertEqual(response.status_code, 200)
        headers = " ".join(f"{k}: {v}" for k, v in response.headers.items())
        body = response.content.decode()
        for marker in ("qv3marker", "kw8marker"):
            self.assertNotIn(marker, body)
            self.assertNotIn(marker, headers)

    def test_the_feed_does_not_name_a_hidden_page(self):
        for page in (self.secret, self.draft):
            with self.subTest(page=page.title):
                self.assert_no_marker(self.client.get(self.index.feed_url({"ruimte": page.pk})))

    def test_the_listing_does_not_offer_a_hidden_page_as_filter(self):
        for page in (self.secret, self.draft):
            with self.subTest(page=page.title):
                self.assert_no_marker(self.client.get(f"{self.index.url}?ruimte={page.pk}"))

    def test_a_superuser_may_see_the_restricted_title(self):
        self.client.force_login(SuperUserFactory())
        response = self.client.get(self.index.feed_url({"ruimte": self.secret.pk}))
        self.assertIn(SECRET_TITLE, response.content.decode())


class TestRegistrationsByAccount(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=5, online_link="https://meet.example.org/xz4link")

    def setUp(self):
        outcome = registrations.register(
            self.event, name="Gast Gerda", email="x@example.org", verified=False
        )
        self.guest = registrations.confirm(outcome.registration.token).registration
        self.assertEqual(self.guest.status, RegistrationStatus.CONFIRMED)
        # A member who changed their account's address to the guest's.
        self.member = UserFactory(email="x@example.org")
        self.client.force_login(self.member)

    def test_the_event_page_does_not_show_the_guest_registration(self):
        response = self.client.get(self.event.url)
        self.assertNotContains(response, "xz4link")
        self.assertNotContains(response, self.guest.token)

    def test_the_member_cannot_cancel_the_guest_registration(self):
        response = self.client.post(self.event.url, {"action": "member-cancel"}, follow=True)
        self.assertContains(response, "Je was niet (meer) aangemeld.")
        self.guest.refresh_from_db()
        self.assertEqual(self.guest.status, RegistrationStatus.CONFIRMED)

    def test_the_member_cannot_claim_the_guest_registration(self):
        response = self.client.post(self.event.url, {"action": "member"}, follow=True)
        self.assertNotContains(response, "xz4link")
        self.guest.refresh_from_db()
        self.assertIsNone(self.guest.user)
        self.assertEqual(self.guest.name, "Gast Gerda")
        self.assertEqual(Registration.objects.filter(event=self.event).count(), 1)

    def test_nor_a_cancelled_one(self):
        registrations.cancel(self.guest.token, notify=False)
        self.client.post(self.event.url, {"action": "member"})
        self.guest.refresh_from_db()
        self.assertIsNone(self.guest.user)
        self.assertEqual(self.guest.status, RegistrationStatus.CANCELLED)

    def test_a_member_still_finds_their_own_after_changing_their_address(self):
        other = UserFactory(email="eigen@example.org")
        self.client.force_login(other)
        self.client.post(self.event.url, {"action": "member"})
        other.email = "nieuw@example.org"
        other.save()
        self.assertContains(self.client.get(self.event.url), "xz4link")
        response = self.client.post(self.event.url, {"action": "member-cancel"}, follow=True)
        self.assertContains(response, "Je bent afgemeld")


class TestAdminEmailChange(TestCase):
    def test_the_admin_account_page_does_not_change_the_email(self):
        user = SuperUserFactory(email="beheer@example.org")
        self.client.force_login(user)
        response = self.client.get("/admin/account/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'name="name_email-email"')
        # Post the whole form as a browser would, with a new address added.
        soup = BeautifulSoup(response.content, "html.parser")
        form = soup.find("input", {"name": "name_email-first_name"}).find_parent("form")
        data = {}
        for field in form.find_all(["input", "select", "textarea"]):
            name = field.get("name")
            if not name or field.get("type") in ("submit", "file"):
                continue
            if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            if field.name == "select":
                option = field.find("option", selected=True) or field.find("option")
                data[name] = option.get("value", "") if option else ""
            else:
                data[name] = field.get("value", field.text if field.name == "textarea" else "")
        data["name_email-email"] = "aanvaller@example.org"
        self.client.post("/admin/account/", data)
        user.refresh_from_db()
        self.assertEqual(user.email, "beheer@example.org")
