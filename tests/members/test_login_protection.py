"""One login for everyone, and one that tells nothing about who has an account.

* Wagtail's own /admin/login/ is no second door around the public login's
  protections (rate limit per email, honeypot, lockout): GET and POST redirect there.
* A failed login says "nog niet bevestigd" only to whoever knows the password of an
  unconfirmed account; everyone else gets the same message as for a wrong password.
* Password managers send the login at once: no minimum fill time on this form.
"""

import time
from urllib.parse import parse_qs, urlsplit

from django.core import signing
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from core.factories import get_home_page
from core.forms import SIGNING_SALT
from members.factories import DEFAULT_PASSWORD, SuperUserFactory, UserFactory
from members.forms import LoginForm

LOGIN = "/account/inloggen/"
UNCONFIRMED = "nog niet bevestigd"
NO_MATCH = "horen niet bij elkaar"


def fresh_login_data(email, password, **extra):
    """What a password manager sends: the form token signed this very moment."""
    return {
        "email": email,
        "password": password,
        "website": "",
        "form_started": signing.dumps(time.time(), salt=SIGNING_SALT),
        **extra,
    }


class TestAdminLoginIsNoSecondDoor(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.admin = SuperUserFactory(email="beheer@example.org")

    def setUp(self):
        cache.clear()

    def assertSentToPublicLogin(self, response, next_url=None):
        self.assertEqual(response.status_code, 302)
        location = urlsplit(response["Location"])
        self.assertEqual(location.path, LOGIN)
        query = parse_qs(location.query)
        if next_url is None:
            self.assertNotIn("next", query)
        else:
            self.assertEqual(query["next"], [next_url])
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_the_url_name_says_what_it_does(self):
        self.assertEqual(reverse("admin_login_redirects_to_public_login"), "/admin/login/")
        # Wagtail's own name for its login now leads to the redirect as well.
        self.assertEqual(reverse("wagtailadmin_login"), "/admin/login/")

    def test_get_redirects_keeping_next(self):
        response = self.client.get("/admin/login/", {"next": "/admin/pages/"})
        self.assertSentToPublicLogin(response, "/admin/pages/")

    def test_get_without_next(self):
        self.assertSentToPublicLogin(self.client.get("/admin/login/"))

    def test_post_with_the_right_password_does_not_log_in(self):
        response = self.client.post(
            "/admin/login/",
            {"username": self.admin.email, "password": DEFAULT_PASSWORD, "next": "/admin/"},
        )
        self.assertSentToPublicLogin(response, "/admin/")
        self.assertNotEqual(self.client.get("/admin/").status_code, 200)

    def test_post_without_csrf_token_is_redirected_too(self):
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(
            "/admin/login/?next=/admin/pages/",
            {"username": self.admin.email, "password": DEFAULT_PASSWORD},
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(LOGIN))
        self.assertNotIn("_auth_user_id", client.session)

    def test_foreign_next_is_dropped(self):
        response = self.client.get("/admin/login/", {"next": "https://evil.example/"})
        self.assertSentToPublicLogin(response)

    def test_wagtail_login_form_is_never_served(self):
        response = self.client.get("/admin/login/", follow=True)
        self.assertEqual(response.request["PATH_INFO"], LOGIN)
        self.assertNotContains(response, 'name="username"')
        self.assertContains(response, 'name="website"')  # the public form's honeypot

    def test_the_admin_sends_anonymous_visitors_to_the_public_login(self):
        response = self.client.get("/admin/pages/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(LOGIN))

    def test_the_admin_can_log_in_through_the_public_login_and_reach_next(self):
        response = self.client.post(
            LOGIN, fresh_login_data(self.admin.email, DEFAULT_PASSWORD, next="/admin/")
        )
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/admin/").status_code, 200)


class TestLoginTellsNothing(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.unconfirmed = UserFactory(email="nieuw@example.org", is_active=False)
        cls.member = UserFactory(email="lid@example.org")

    def setUp(self):
        cache.clear()

    def login(self, email, password):
        return self.client.post(LOGIN, fresh_login_data(email, password))

    def test_unconfirmed_account_with_the_right_password_is_told_to_confirm(self):
        response = self.login("nieuw@example.org", DEFAULT_PASSWORD)
        self.assertContains(response, UNCONFIRMED, status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_unconfirmed_account_with_a_wrong_password_looks_like_any_failure(self):
        unconfirmed = self.login("nieuw@example.org", "verkeerd-wachtwoord")
        unknown = self.login("niemand@example.org", "verkeerd-wachtwoord")
        active = self.login("lid@example.org", "verkeerd-wachtwoord")
        for response in (unconfirmed, unknown, active):
            self.assertContains(response, NO_MATCH, status_code=400)
            self.assertNotContains(response, UNCONFIRMED, status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_the_form_itself_says_the_same(self):
        form = LoginForm(fresh_login_data("nieuw@example.org", "fout"))
        self.assertFalse(form.is_valid())
        self.assertEqual([e.code for e in form.non_field_errors().as_data()], ["invalid_login"])
        form = LoginForm(fresh_login_data("nieuw@example.org", DEFAULT_PASSWORD))
        self.assertFalse(form.is_valid())
        self.assertEqual([e.code for e in form.non_field_errors().as_data()], ["inactive"])

    def test_checking_the_password_does_not_save_the_unconfirmed_user(self):
        before = type(self.unconfirmed).objects.get(pk=self.unconfirmed.pk).password
        self.login("nieuw@example.org", DEFAULT_PASSWORD)
        self.login("nieuw@example.org", "fout")
        after = type(self.unconfirmed).objects.get(pk=self.unconfirmed.pk)
        self.assertEqual(after.password, before)
        self.assertFalse(after.is_active)


@override_settings(PUBLIC_FORM_MIN_SECONDS=5)
class TestPasswordManagerInstantSubmit(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.member = UserFactory(email="lid@example.org")

    def setUp(self):
        cache.clear()

    def test_login_sent_at_once_succeeds(self):
        response = self.client.post(LOGIN, fresh_login_data("lid@example.org", DEFAULT_PASSWORD))
        self.assertRedirects(response, reverse("network:home"), fetch_redirect_response=False)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.member.pk))

    def test_login_form_served_and_sent_back_at_once_succeeds(self):
        from bs4 import BeautifulSoup

        page = BeautifulSoup(self.client.get(LOGIN).content, "html.parser")
        token = page.find("input", {"name": "form_started"})["value"]
        data = fresh_login_data("lid@example.org", DEFAULT_PASSWORD, form_started=token)
        response = self.client.post(LOGIN, data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.member.pk))

    def test_other_public_forms_still_check_the_fill_time(self):
        self.assertFalse(LoginForm.check_fill_time)
        response = self.client.post(
            reverse("members:password_reset"),
            {
                "email": "lid@example.org",
                "website": "",
                "form_started": signing.dumps(time.time(), salt=SIGNING_SALT),
            },
        )
        self.assertContains(response, "Dat ging wel heel snel", status_code=400)

    def test_the_honeypot_still_holds_on_the_login(self):
        data = fresh_login_data("lid@example.org", DEFAULT_PASSWORD, website="http://spam.example")
        response = self.client.post(LOGIN, data)
        self.assertContains(response, "lijkt door een computer", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_the_rate_limit_per_email_still_holds_on_the_login(self):
        limit = LoginForm.rate_limit[0]
        for n in range(limit):
            response = self.client.post(
                LOGIN, fresh_login_data("lid@example.org", "fout"), REMOTE_ADDR=f"10.7.0.{n}"
            )
            self.assertContains(response, NO_MATCH, status_code=400)
        response = self.client.post(
            LOGIN, fresh_login_data("lid@example.org", DEFAULT_PASSWORD), REMOTE_ADDR="10.7.1.1"
        )
        self.assertContains(response, "vaak achter elkaar verstuurd", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)
