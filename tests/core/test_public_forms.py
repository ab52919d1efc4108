"""core.forms.PublicFormMixin on the real public forms: honeypot, fill time, signed
start time, rate limits per IP and per email. Each refusal is a friendly Dutch
message on a normal page, with what was typed kept, and nothing stored."""

import time
from unittest import mock

from django.core import signing
from django.test import TestCase, override_settings

from agenda.factories import EventPageFactory
from agenda.models import Registration
from core.forms import SIGNING_SALT
from newsletter.forms import SubscribeForm
from newsletter.models import Subscriber
from tests.agenda.test_registrations import FormTokenMixin

SIGNUP = "/nieuwsbrief/"


class OldSigner(signing.TimestampSigner):
    """Signs as if it were two days ago: an expired form token, honestly made."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 2 * 24 * 3600)


class TestNewsletterFormProtection(FormTokenMixin, TestCase):
    data = {"email": "lezer@example.org", "name": "Lotte de Vries", "website": ""}

    def assertRefusedAndKept(self, response, message):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertContains(response, 'role="alert"')
        self.assertContains(response, 'value="Lotte de Vries"')
        self.assertContains(response, 'value="lezer@example.org"')
        self.assertFalse(Subscriber.objects.exists())

    def test_filled_honeypot_is_refused(self):
        response = self.post_form(SIGNUP, {**self.data, "website": "http://spam.example"})
        self.assertRefusedAndKept(response, "lijkt door een computer te zijn ingevuld")

    @override_settings(PUBLIC_FORM_MIN_SECONDS=5)
    def test_too_fast_is_refused(self):
        response = self.post_form(SIGNUP, self.data)
        self.assertRefusedAndKept(response, "Dat ging wel heel snel")

    @override_settings(PUBLIC_FORM_MIN_SECONDS=1)
    def test_after_the_minimum_time_it_is_accepted(self):
        started = signing.dumps(time.time() - 2, salt=SIGNING_SALT)
        response = self.client.post(SIGNUP, {**self.data, "form_started": started})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Subscriber.objects.exists())

    def test_tampered_token_is_refused(self):
        token = signing.dumps(time.time() - 60, salt=SIGNING_SALT)
        response = self.client.post(SIGNUP, {**self.data, "form_started": token[:-3] + "abc"})
        self.assertRefusedAndKept(response, "Het formulier is verlopen")

    def test_missing_token_is_refused(self):
        response = self.client.post(SIGNUP, self.data)
        self.assertRefusedAndKept(response, "Het formulier is verlopen")

    def test_expired_token_is_refused(self):
        token = OldSigner(salt=SIGNING_SALT).sign_object(time.time() - 2 * 24 * 3600)
        response = self.client.post(SIGNUP, {**self.data, "form_started": token})
        self.assertRefusedAndKept(response, "Het formulier is verlopen")

    def test_rate_limit_per_ip(self):
        """The per-IP brake against abuse (300 an hour in production, so a school's
        team gets through, tests/core/test_shared_ip.py), here lowered to 10."""
        limit = mock.patch.object(SubscribeForm, "ip_rate_limit", (10, 3600))
        limit.start()
        self.addCleanup(limit.stop)
        for n in range(10):
            response = self.post_form(
                SIGNUP, {**self.data, "email": f"lezer{n}@example.org"}, REMOTE_ADDR="10.0.0.1"
            )
            self.assertEqual(response.status_code, 302, n)
        response = self.post_form(SIGNUP, self.data, REMOTE_ADDR="10.0.0.1")
        self.assertRefusedAndKept_except_stored(response)
        # Another address is not affected.
        response = self.post_form(SIGNUP, self.data, REMOTE_ADDR="10.0.0.2")
        self.assertEqual(response.status_code, 302)

    def test_rate_limit_per_email(self):
        for n in range(10):
            response = self.post_form(SIGNUP, self.data, REMOTE_ADDR=f"10.0.1.{n}")
            self.assertEqual(response.status_code, 302, n)
        response = self.post_form(
            SIGNUP, {**self.data, "email": "LEZER@example.org "}, REMOTE_ADDR="10.0.2.1"
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Wacht even en probeer het over een uur opnieuw")
        self.assertContains(response, 'value="Lotte de Vries"')

    def assertRefusedAndKept_except_stored(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Je hebt dit formulier vaak achter elkaar verstuurd")
        self.assertContains(response, 'value="Lotte de Vries"')
        self.assertFalse(Subscriber.objects.filter(email="lezer@example.org").exists())


class TestRegistrationFormProtection(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=5)

    data = {
        "action": "guest",
        "name": "Noor Bakker",
        "email": "noor@example.org",
        "organisation": "Wijkteam Oost",
        "website": "",
    }

    def test_honeypot_on_the_registration_form(self):
        response = self.post_form(self.event.url, {**self.data, "website": "x"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "lijkt door een computer te zijn ingevuld")
        self.assertContains(response, 'value="Wijkteam Oost"')
        self.assertFalse(Registration.objects.exists())

    @override_settings(PUBLIC_FORM_MIN_SECONDS=5)
    def test_too_fast_on_the_registration_form(self):
        response = self.post_form(self.event.url, self.data)
        self.assertContains(response, "Dat ging wel heel snel")
        self.assertFalse(Registration.objects.exists())

    def test_rate_limit_per_email_on_the_registration_form(self):
        events = [EventPageFactory() for _ in range(10)]
        for n, event in enumerate(events):
            response = self.post_form(event.url, self.data, REMOTE_ADDR=f"10.9.0.{n}")
            self.assertEqual(response.status_code, 302)
        response = self.post_form(self.event.url, self.data, REMOTE_ADDR="10.9.1.1")
        self.assertContains(response, "Wacht even en probeer het over een uur opnieuw")
        self.assertContains(response, 'value="Noor Bakker"')
        self.assertFalse(Registration.objects.filter(event=self.event).exists())
