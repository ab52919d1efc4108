"""A visitor's form post never empties the page cache; only content changes do.

Otherwise every newsletter sign-up, event registration, sign-up or failed login (or a
bot sending them in a loop) would make every page render afresh for everyone.
"""

from django.core.cache import cache
from django.test import Client, TestCase, override_settings

from agenda.factories import EventPageFactory
from agenda.models import Registration
from core.cache import CACHE_HEADER, generation
from core.factories import get_home_page
from home.factories import StandardPageFactory
from members.factories import DEFAULT_PASSWORD, UserFactory
from newsletter.models import Subscriber
from tests.agenda.test_registrations import guest_data
from tests.members.test_accounts import SIGNUP, public_form

User = UserFactory._meta.model


@override_settings(PAGE_CACHE_SECONDS=300)
class TestVisitorPostsKeepThePageCache(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over ons", slug="over-ons")
        cls.event = EventPageFactory(capacity=10)
        cls.member = UserFactory(email="lid@example.org")

    def setUp(self):
        cache.clear()
        self.reader = Client()  # an anonymous reader without cookies

    def cached_read(self):
        response = self.reader.get("/over-ons/")
        self.assertEqual(response.status_code, 200)
        return response[CACHE_HEADER]

    def assertKeepsTheCache(self, url, data, expected_status=(200, 302)):
        self.assertEqual(self.cached_read(), "miss")
        self.assertEqual(self.cached_read(), "hit")
        before = generation()
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertIn(response.status_code, expected_status)
        self.assertEqual(generation(), before)
        self.assertEqual(self.cached_read(), "hit")
        return response

    def test_newsletter_subscribe(self):
        data = public_form({"email": "lezer@example.org", "name": "Lotte"})
        self.assertKeepsTheCache("/nieuwsbrief/", data)
        self.assertTrue(Subscriber.objects.filter(email="lezer@example.org").exists())

    def test_event_registration(self):
        self.assertKeepsTheCache(self.event.url, public_form(guest_data()))
        self.assertTrue(Registration.objects.filter(event=self.event).exists())

    def test_failed_login(self):
        data = public_form({"email": "lid@example.org", "password": "verkeerd"})
        self.assertKeepsTheCache("/account/inloggen/", data, expected_status=(400,))

    def test_successful_login(self):
        data = public_form({"email": "lid@example.org", "password": DEFAULT_PASSWORD})
        self.assertKeepsTheCache("/account/inloggen/", data, expected_status=(302,))

    def test_sign_up(self):
        self.assertKeepsTheCache("/account/aanmelden/", public_form(SIGNUP))
        self.assertTrue(User.objects.filter(email="fatima@example.org", is_active=False).exists())

    def test_password_reset_request(self):
        data = public_form({"email": "lid@example.org"})
        self.assertKeepsTheCache("/account/wachtwoord-vergeten/", data)

    def test_admin_login_redirect(self):
        data = {"username": "lid@example.org", "password": DEFAULT_PASSWORD}
        self.assertKeepsTheCache("/admin/login/", data, expected_status=(302,))


@override_settings(PAGE_CACHE_SECONDS=300)
class TestContentChangesStillEmptyIt(TestCase):
    """The other side: ignoring visitors' posts must not hide an editor's change."""

    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over ons", slug="over-ons")
        cls.event = EventPageFactory(capacity=10)

    def setUp(self):
        cache.clear()

    def test_publishing_starts_a_new_generation(self):
        before = generation()
        page = self.page.specific
        page.title = "Over Met Andere Ogen"
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        self.assertNotEqual(generation(), before)

    def test_a_confirmed_account_changing_still_counts(self):
        """Only the creation of an unconfirmed account is skipped."""
        user = UserFactory(email="auteur@example.org")
        before = generation()
        user.first_name = "Andere naam"
        user.save()
        self.assertNotEqual(generation(), before)

    def test_an_event_page_open_for_registration_is_never_stored(self):
        """Why registrations may be ignored: the seats left show only on this page,
        whose registration form carries a CSRF token, so it is never cached."""
        first = Client().get(self.event.url)
        self.assertEqual(first.status_code, 200)
        self.assertContains(first, "plaatsen vrij")
        self.assertNotIn(CACHE_HEADER, first)
        second = Client().get(self.event.url)
        self.assertNotEqual(second.get(CACHE_HEADER), "hit")
