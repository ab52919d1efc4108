"""Sign-up with email confirmation, login, logout and password reset, on the public site."""

import re

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from core.factories import get_home_page
from members.factories import DEFAULT_PASSWORD, UserFactory
from tests.members.smtp import SMTPServerMixin

User = get_user_model()
LINK = re.compile(r"http://testserver(/\S+)")

SIGNUP = {
    "first_name": "Fatima",
    "last_name": "El Amrani",
    "email": "Fatima@Example.org",
    "organisation": "Basisschool De Linde",
    "role": "professional",
    "region": "Utrecht",
    "notification_preference": "weekly",
    "password": "een-lang-wachtwoord-42",
    "accept": "on",
}


def public_form(data):
    """What the browser sends: the fields plus the empty honeypot and a fresh timestamp."""
    import time

    from django.core import signing

    from core.forms import SIGNING_SALT

    return {"website": "", "form_started": signing.dumps(time.time(), salt=SIGNING_SALT), **data}


class TestSignup(SMTPServerMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()

    def setUp(self):
        super().setUp()
        cache.clear()

    def sign_up(self, **changes):
        return self.client.post(reverse("members:signup"), public_form({**SIGNUP, **changes}))

    def confirmation_link(self):
        (message,) = self.inbox.to("fatima@example.org")
        return LINK.search(message["body"]).group(1)

    def test_sign_up_sends_a_confirmation_email_and_the_link_logs_you_in(self):
        response = self.sign_up()
        self.assertContains(response, "Kijk in je e-mail")
        user = User.objects.get(email="fatima@example.org")
        self.assertFalse(user.is_active)
        response = self.client.get(self.confirmation_link(), follow=True)
        self.assertContains(response, "Je account is bevestigd")
        user.refresh_from_db()
        self.assertTrue(user.is_active)
        self.assertEqual(user.organisation, "Basisschool De Linde")

    def test_an_invitation_to_a_new_address_waits_for_the_account(self):
        from cop.factories import CommunityPageFactory
        from members.models import Membership

        space = CommunityPageFactory(title="Uitnodigende community")
        Membership.objects.create(invited_email="fatima@example.org", space=space, status="invited")
        self.sign_up()
        self.client.get(self.confirmation_link())
        membership = Membership.objects.get(space=space)
        self.assertEqual(membership.user.email, "fatima@example.org")
        self.assertEqual(membership.invited_email, "")
        self.assertContains(self.client.get(space.url), "Uitnodiging aannemen")

    def test_a_confirmation_link_works_once(self):
        self.sign_up()
        link = self.confirmation_link()
        self.client.get(link)
        self.client.logout()
        response = self.client.get(link)
        self.assertContains(response, "Deze link werkt niet meer", status_code=400)

    def test_an_expired_confirmation_link_says_so(self):
        self.sign_up()
        link = self.confirmation_link()
        with override_settings(PASSWORD_RESET_TIMEOUT=-1):
            response = self.client.get(link)
        self.assertContains(response, "Deze link werkt niet meer", status_code=400)
        self.assertFalse(User.objects.get(email="fatima@example.org").is_active)

    def test_a_mangled_confirmation_link_says_so(self):
        response = self.client.get("/account/bevestigen/xx/yy-zz/")
        self.assertContains(response, "Deze link werkt niet meer", status_code=400)

    def test_signing_up_with_a_known_address_does_not_reveal_it(self):
        UserFactory(email="fatima@example.org")
        response = self.sign_up()
        self.assertContains(response, "Kijk in je e-mail")
        self.assertEqual(User.objects.filter(email="fatima@example.org").count(), 1)
        self.assertEqual(self.inbox.messages, [])


class TestSignupBadInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()

    def setUp(self):
        cache.clear()

    def post(self, **changes):
        data = public_form({**SIGNUP, **changes})
        return self.client.post(reverse("members:signup"), data)

    def assert_refused(self, response, message, kept=None):
        self.assertIn(response.status_code, (200, 400))
        self.assertContains(response, message, status_code=response.status_code)
        if kept:
            self.assertContains(response, kept, status_code=response.status_code)
        self.assertFalse(User.objects.exists())

    def test_empty_form(self):
        response = self.client.post(reverse("members:signup"), public_form({}))
        self.assert_refused(response, "Vul je voornaam in.")
        self.assertContains(response, "Vul je e-mailadres in.", status_code=400)

    def test_invalid_email(self):
        self.assert_refused(self.post(email="geen-adres"), "geen geldig e-mailadres", "geen-adres")

    def test_too_long_name(self):
        self.assert_refused(self.post(first_name="A" * 151), "hoogstens 150 tekens")

    def test_html_in_a_field(self):
        response = self.post(organisation="<b>School</b>")
        self.assert_refused(response, "Gebruik hier geen HTML-codes.", "&lt;b&gt;School")

    def test_weak_password(self):
        self.assert_refused(self.post(password="12345678"), "wachtwoord", "Fatima")

    def test_honeypot(self):
        self.assert_refused(self.post(website="spam"), "door een computer")

    def test_privacy_not_accepted(self):
        self.assert_refused(self.post(accept=""), "akkoord met de privacyverklaring")


class TestLogin(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.user = UserFactory(email="jan@example.org")

    def setUp(self):
        cache.clear()

    def login(self, email, password, **extra):
        data = public_form({"email": email, "password": password, **extra})
        return self.client.post(reverse("members:login"), data)

    def test_login_with_email_and_password(self):
        response = self.login("Jan@example.org", DEFAULT_PASSWORD)
        self.assertRedirects(response, reverse("network:home"))
        self.assertContains(self.client.get(reverse("members:profile")), "jan@example.org")

    def test_login_follows_a_safe_next_only(self):
        response = self.login("jan@example.org", DEFAULT_PASSWORD, next="/cop/")
        self.assertEqual(response["Location"], "/cop/")
        self.client.logout()
        response = self.login("jan@example.org", DEFAULT_PASSWORD, next="https://evil.example/")
        self.assertEqual(response["Location"], reverse("network:home"))

    def test_wrong_password_keeps_the_email(self):
        response = self.login("jan@example.org", "fout")
        self.assertContains(response, "horen niet bij elkaar", status_code=400)
        self.assertContains(response, 'value="jan@example.org"', status_code=400)

    def test_bad_input_is_a_dutch_message(self):
        for data, message in (
            ({}, "Vul je e-mailadres in."),
            ({"email": "x", "password": "y"}, "geen geldig e-mailadres"),
            ({"email": "jan@example.org", "password": "p" * 200}, "te lang"),
        ):
            with self.subTest(data=data):
                response = self.client.post(reverse("members:login"), public_form(data))
                self.assertContains(response, message, status_code=400)

    def test_unconfirmed_account_is_told_to_confirm(self):
        UserFactory(email="nieuw@example.org", is_active=False)
        response = self.login("nieuw@example.org", DEFAULT_PASSWORD)
        self.assertContains(response, "nog niet bevestigd", status_code=400)

    def test_logout_is_a_post(self):
        self.client.force_login(self.user)
        self.assertContains(self.client.get(reverse("members:logout")), "<form")
        self.client.post(reverse("members:logout"))
        response = self.client.get(reverse("members:profile"))
        self.assertRedirects(response, f"{reverse('members:login')}?next=/account/profiel/")

    def test_admin_login_is_the_public_login(self):
        response = self.client.get("/admin/")
        self.assertTrue(response["Location"].startswith("/account/inloggen/"))


class TestPasswordReset(SMTPServerMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.user = UserFactory(email="piet@example.org")

    def setUp(self):
        super().setUp()
        cache.clear()

    def request_link(self):
        self.client.post(
            reverse("members:password_reset"), public_form({"email": "piet@example.org"})
        )
        (message,) = self.inbox.to("piet@example.org")
        return LINK.search(message["body"]).group(1)

    def test_reset_link_sets_a_new_password_once(self):
        link = self.request_link()
        password = "nog-een-lang-wachtwoord-7"
        new = {"new_password1": password, "new_password2": password}
        response = self.client.post(link, new)
        self.assertRedirects(response, reverse("members:login"))
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password("nog-een-lang-wachtwoord-7"))
        response = self.client.post(link, new)
        self.assertContains(response, "Deze link werkt niet meer", status_code=400)

    def test_mismatched_passwords_are_a_dutch_message(self):
        link = self.request_link()
        response = self.client.post(link, {"new_password1": "abc-def-ghi-1", "new_password2": "x"})
        self.assertContains(response, "niet gelijk", status_code=400)

    def test_unknown_address_gets_the_same_answer_and_no_mail(self):
        response = self.client.post(
            reverse("members:password_reset"), public_form({"email": "onbekend@example.org"})
        )
        self.assertContains(response, "Als dit e-mailadres bij een account hoort")
        self.assertEqual(self.inbox.messages, [])

    def test_invalid_address_is_refused_and_kept(self):
        response = self.client.post(
            reverse("members:password_reset"), public_form({"email": "<script>"})
        )
        self.assertContains(response, "geen geldig e-mailadres", status_code=400)
        self.assertContains(response, "&lt;script&gt;", status_code=400)


class TestConsentLinksThePrivacyStatement(TestCase):
    def test_the_signup_form_links_the_privacy_statement(self):
        from core.factories import get_home_page
        from home.factories import StandardPageFactory

        page = StandardPageFactory(
            parent=get_home_page(), title="Privacyverklaring", slug="privacy"
        )
        response = self.client.get(reverse("members:signup"))
        self.assertContains(response, f'<a href="{page.url}">privacyverklaring</a>')
