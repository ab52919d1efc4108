"""Protection that never turns real people away.

A school or a municipality sends everyone from one IP address: fifty colleagues
registering for the same event within the hour must all get in. The bot patterns are
still stopped: one email address sent again and again hits the strict limit per
email, and a filled honeypot is refused.
"""

from django.core.cache import cache
from django.test import TestCase

from agenda.factories import EventPageFactory
from agenda.forms import GuestRegistrationForm
from agenda.models import Registration
from tests.agenda.test_registrations import FormTokenMixin, guest_data

SCHOOL_IP = "10.20.30.40"
RATE_LIMITED = "Je hebt dit formulier vaak achter elkaar verstuurd"
HONEYPOT = "lijkt door een computer te zijn ingevuld"


class TestFiftyColleaguesBehindOneAddress(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=None)

    def setUp(self):
        cache.clear()  # the rate limits count in the cache

    def test_fifty_people_from_one_ip_all_register(self):
        for n in range(50):
            data = guest_data(name=f"Collega {n}", email=f"collega{n}@school.example.nl")
            response = self.post_form(self.event.url, data, REMOTE_ADDR=SCHOOL_IP)
            self.assertIn(response.status_code, (200, 302), n)
            self.assertNotContains(response, RATE_LIMITED, status_code=response.status_code)
            self.assertNotContains(response, "Wacht even", status_code=response.status_code)
        registered = Registration.objects.filter(event=self.event)
        self.assertEqual(registered.count(), 50)
        self.assertEqual(
            set(registered.values_list("email", flat=True)),
            {f"collega{n}@school.example.nl" for n in range(50)},
        )

    def test_the_per_ip_limit_is_far_above_a_team(self):
        """Only a brake on abuse; the strict limit is the one per email."""
        ip_limit, ip_window = GuestRegistrationForm.ip_rate_limit
        email_limit, _ = GuestRegistrationForm.rate_limit
        self.assertGreaterEqual(ip_limit, 50)
        self.assertGreaterEqual(ip_window, 1)
        self.assertLess(email_limit, ip_limit)


class TestBotPatternsAreStillStopped(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=None)

    def setUp(self):
        cache.clear()

    def test_one_email_sent_again_and_again_hits_the_limit_per_email(self):
        limit, _ = GuestRegistrationForm.rate_limit
        data = guest_data(email="bot@example.org")
        for n in range(limit):
            response = self.post_form(self.event.url, data, REMOTE_ADDR=SCHOOL_IP)
            self.assertIn(response.status_code, (200, 302), n)
            self.assertNotContains(response, RATE_LIMITED, status_code=response.status_code)
        response = self.post_form(self.event.url, data, REMOTE_ADDR=SCHOOL_IP)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, RATE_LIMITED)
        self.assertContains(response, "Wacht even en probeer het over een uur opnieuw")
        self.assertContains(response, 'role="alert"')
        # Only the first one registered; the repeats stored nothing more.
        self.assertEqual(Registration.objects.filter(email="bot@example.org").count(), 1)

    def test_the_limit_per_email_holds_from_other_addresses_too(self):
        limit, _ = GuestRegistrationForm.rate_limit
        data = guest_data(email="bot@example.org")
        for n in range(limit):
            self.post_form(self.event.url, data, REMOTE_ADDR=f"10.50.0.{n}")
        response = self.post_form(self.event.url, data, REMOTE_ADDR="10.60.0.1")
        self.assertContains(response, RATE_LIMITED)

    def test_a_colleague_behind_the_same_address_is_not_hit_by_the_bot(self):
        limit, _ = GuestRegistrationForm.rate_limit
        for _ in range(limit + 1):
            self.post_form(
                self.event.url, guest_data(email="bot@example.org"), REMOTE_ADDR=SCHOOL_IP
            )
        response = self.post_form(
            self.event.url, guest_data(email="collega@school.example.nl"), REMOTE_ADDR=SCHOOL_IP
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Registration.objects.filter(email="collega@school.example.nl").exists())

    def test_a_filled_honeypot_is_refused(self):
        data = guest_data(email="bot@example.org", website="http://spam.example")
        response = self.post_form(self.event.url, data, REMOTE_ADDR=SCHOOL_IP)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, HONEYPOT)
        self.assertFalse(Registration.objects.exists())
