"""Hardening a visitor or an attacker would notice: lockouts, rate limits, uploads, CSP."""

import io
import os
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core import signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import TestCase, override_settings
from django.urls import path
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.factories import get_home_page
from core.forms import SIGNING_SALT
from home.factories import StandardPageFactory
from members.factories import DEFAULT_PASSWORD, SuperUserFactory, UserFactory
from tests.core.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LOCKED_TEXT = "Te vaak een verkeerd wachtwoord"


def public_login_data(email, password):
    return {
        "email": email,
        "password": password,
        "website": "",
        "form_started": signing.dumps(time.time() - 60, salt=SIGNING_SALT),
    }


@override_settings(AXES_ENABLED=True)
class TestLoginLockout(TestCase):
    """Five wrong passwords lock that username from that address for the cool-off."""

    @classmethod
    def setUpTestData(cls):
        cls.teacher = UserFactory(email="leerkracht@school.example")
        cls.colleague = UserFactory(email="collega@school.example")

    def setUp(self):
        cache.clear()  # the public forms' rate limits count in the cache

    def public_login(self, email, password, ip="10.1.1.1"):
        return self.client.post(
            "/account/inloggen/", public_login_data(email, password), REMOTE_ADDR=ip
        )

    def fail(self, login, email, times=settings.AXES_FAILURE_LIMIT):
        for _ in range(times):
            response = login(email, "verkeerd-wachtwoord")
            self.assertNotEqual(response.status_code, 500)

    def test_public_login_locks_the_username_but_not_a_colleague_on_the_same_ip(self):
        self.fail(self.public_login, self.teacher.email)

        locked = self.public_login(self.teacher.email, DEFAULT_PASSWORD)
        self.assertContains(locked, LOCKED_TEXT, status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

        colleague = self.public_login(self.colleague.email, DEFAULT_PASSWORD)
        self.assertEqual(colleague.status_code, 302)
        self.assertEqual(str(self.colleague.pk), self.client.session["_auth_user_id"])

    def test_failures_count_for_the_account_whatever_the_case_of_the_address(self):
        """/admin/login/ is no second door (it redirects here); case does not dodge it."""
        self.fail(self.public_login, self.teacher.email, times=3)
        self.fail(self.public_login, self.teacher.email.upper(), times=2)
        locked = self.public_login(self.teacher.email, DEFAULT_PASSWORD)
        self.assertEqual(locked.status_code, 429)

    def test_the_same_person_from_another_address_is_not_locked(self):
        self.fail(self.public_login, self.teacher.email)
        response = self.public_login(self.teacher.email, DEFAULT_PASSWORD, ip="10.2.2.2")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(str(self.teacher.pk), self.client.session["_auth_user_id"])

    def test_the_lock_lifts_after_the_cool_off(self):
        self.fail(self.public_login, self.teacher.email)
        self.assertEqual(self.public_login(self.teacher.email, DEFAULT_PASSWORD).status_code, 429)

        cool_off = timedelta(hours=settings.AXES_COOLOFF_TIME)
        AccessAttempt.objects.update(attempt_time=timezone.now() - cool_off - timedelta(minutes=1))
        response = self.public_login(self.teacher.email, DEFAULT_PASSWORD)
        self.assertEqual(response.status_code, 302)

    def test_admin_password_reset_is_the_public_rate_limited_one(self):
        response = self.client.get("/admin/password_reset/")
        self.assertIn(response.status_code, (302, 404))
        self.assertEqual(self.client.get("/account/wachtwoord-vergeten/").status_code, 200)


RATE_LIMIT_SCRIPT = """
import os, sys, django
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
django.setup()
from django.conf import settings
settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                               "LOCATION": sys.argv[1]}}
from django import forms
from django.test import RequestFactory
from core.forms import PublicFormMixin

class ContactForm(PublicFormMixin):
    rate_limit = (3, 3600)
    email = forms.EmailField()

for _ in range(int(sys.argv[2])):
    form = ContactForm(None, request=RequestFactory().post("/", REMOTE_ADDR="10.9.9.9"))
    form = ContactForm({"email": "ouder@example.org", "website": "",
                        "form_started": form.fields["form_started"].initial},
                       request=RequestFactory().post("/", REMOTE_ADDR="10.9.9.9"))
    print("ok" if form.is_valid() else "refused: " + " ".join(form.non_field_errors()))
"""


class TestRateLimitsAcrossProcesses(TestCase):
    def send(self, url, times):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", RATE_LIMIT_SCRIPT, url, str(times)],
            cwd=ROOT,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.splitlines()

    def test_two_app_processes_sharing_redis_count_together(self):
        with RedisServer() as url:
            first = self.send(url, 2)
            second = self.send(url, 2)
        self.assertEqual(first, ["ok", "ok"])
        self.assertEqual(second[0], "ok")
        self.assertTrue(second[1].startswith("refused: Je hebt dit formulier vaak"), second)


def png(width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 80, 40)).save(buffer, "PNG")
    return buffer.getvalue()


class TestUploadLimits(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = SuperUserFactory()
        cls.collection = Collection.get_first_root_node()

    def setUp(self):
        self.client.force_login(self.admin)

    def upload(self, kind, name, content):
        return self.client.post(
            f"/admin/{kind}/add/",
            {
                "title": "Upload",
                "collection": self.collection.pk,
                "file": SimpleUploadedFile(name, content),
            },
        )

    def assertRefused(self, response, model):
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors.get("file")
        self.assertTrue(errors, "the upload was not refused")
        self.assertContains(response, errors[0].split("(")[0].strip()[:40])
        self.assertFalse(model.objects.exists())

    def test_limits_are_set(self):
        self.assertEqual(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, 10 * 1024 * 1024)
        self.assertEqual(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS, 40_000_000)
        self.assertEqual(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, 20 * 1024 * 1024)
        self.assertNotIn("svg", settings.WAGTAILIMAGES_EXTENSIONS)
        self.assertNotIn("html", settings.WAGTAILDOCS_EXTENSIONS)

    def test_an_image_with_a_disallowed_extension_is_refused(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        self.assertRefused(self.upload("images", "plaatje.svg", svg), get_image_model())

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=2000)
    def test_an_oversized_image_is_refused(self):
        content = png(400, 400) + b"\0" * 3000
        self.assertRefused(self.upload("images", "groot.png", content), get_image_model())

    @override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100 * 100)
    def test_an_image_with_too_many_pixels_is_refused(self):
        self.assertRefused(self.upload("images", "breed.png", png(300, 300)), get_image_model())

    def test_a_document_with_a_disallowed_extension_is_refused(self):
        self.assertRefused(
            self.upload("documents", "factuur.html", b"<script>alert(1)</script>"),
            get_document_model(),
        )

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
    def test_an_oversized_document_is_refused(self):
        self.assertRefused(
            self.upload("documents", "verslag.pdf", b"%PDF-1.4\n" + b"0" * 5000),
            get_document_model(),
        )

    def test_an_allowed_image_is_accepted(self):
        response = self.upload("images", "foto.png", png(300, 200))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(get_image_model().objects.count(), 1)


SCRIPT = "<script>document.title='gehackt'</script>"
IMG = '<img src="x" onerror="document.title=\'gehackt\'">'


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


class TestContentSecurityPolicy(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(
            parent=cls.home,
            title=f"Proef {SCRIPT}",
            search_description=SCRIPT,
            intro=f"<p>Tekst {SCRIPT} {IMG}</p>",
        )

    def test_public_pages_send_a_strict_policy(self):
        for url in ("/", self.page.url, "/zoeken/?q=%3Cscript%3E", "/account/inloggen/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                directives = csp_directives(response)
                self.assertEqual(directives["script-src"], ["'self'"])
                self.assertEqual(directives["style-src"], ["'self'"])
                self.assertEqual(directives["object-src"], ["'none'"])
                self.assertEqual(directives["frame-ancestors"], ["'none'"])
                self.assertEqual(response["Referrer-Policy"], "same-origin")

    def test_a_script_in_any_field_is_not_an_element_of_the_page(self):
        response = self.client.get(self.page.url)
        soup = BeautifulSoup(response.content, "html.parser")
        for script in soup.find_all("script"):
            self.assertTrue(script.get("src", "").startswith("/static/"), script)
        for element in soup.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            self.assertEqual(handlers, [], element)

    def test_the_admin_has_its_own_policy(self):
        self.client.force_login(SuperUserFactory())
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        directives = csp_directives(response)
        self.assertIn("'unsafe-inline'", directives["script-src"])
        self.assertEqual(directives["object-src"], ["'none'"])


def page_with_inline_script(request):
    return HttpResponse(
        "<!DOCTYPE html><html><head><title>schoon</title></head><body>"
        f"<p>ingevoegd:</p>{SCRIPT}{IMG}</body></html>"
    )


urlpatterns = [path("proef/", page_with_inline_script)]


@override_settings(ROOT_URLCONF="tests.core.test_hardening")
class TestBrowserEnforcesThePolicy(StaticLiveServerTestCase):
    """Even markup that slipped past escaping does not run in a real browser."""

    def dump_dom(self, url):
        if not Path(CHROMIUM).exists():
            self.skipTest("chromium is not installed (apt-get install chromium)")
        result = subprocess.run(  # noqa: S603
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--virtual-time-budget=3000",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=90,
        )
        return result.stdout

    def test_an_injected_script_does_not_run(self):
        dom = self.dump_dom(f"{self.live_server_url}/proef/")
        self.assertIn("ingevoegd", dom)
        self.assertIn("<title>schoon</title>", dom)
        self.assertNotIn("gehackt</title>", dom)


class TestPublicPagesKeepToThePolicy(StaticLiveServerTestCase):
    """The site's own pages need nothing the strict policy forbids (Chromium's console)."""

    def test_public_pages_render_without_policy_violations(self):
        if not Path(CHROMIUM).exists():
            self.skipTest("chromium is not installed (apt-get install chromium)")
        home = get_home_page()
        page = StandardPageFactory(parent=home, title="Over ons", slug="over-ons")
        for url in ("/", page.url, "/zoeken/?q=ouders", "/account/inloggen/"):
            with self.subTest(url=url):
                result = subprocess.run(  # noqa: S603
                    [
                        CHROMIUM,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--enable-logging=stderr",
                        "--v=0",
                        "--virtual-time-budget=3000",
                        "--dump-dom",
                        f"{self.live_server_url}{url}",
                    ],
                    capture_output=True,
                    text=True,
                    timeout=90,
                )
                self.assertIn("</main>", result.stdout)
                violations = [
                    line for line in result.stderr.splitlines() if "Content Security Policy" in line
                ]
                self.assertEqual(violations, [])
