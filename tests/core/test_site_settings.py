"""The site-wide texts (core.SiteSettings): editors change them in the admin, every page
shows them, and the page cache shows the change at once."""

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Site

from core.cache import CACHE_HEADER
from core.factories import get_home_page
from core.models import DEFAULT_FOOTER_TEXT, DEFAULT_SITE_NAME, SiteSettings
from home.factories import StandardPageFactory
from members.factories import SuperUserFactory


class TestSiteSettings(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over ons", slug="over-ons")
        cls.site = Site.objects.get(is_default_site=True)

    def setUp(self):
        cache.clear()

    def change(self, **values):
        texts = SiteSettings.for_site(self.site)
        for name, value in values.items():
            setattr(texts, name, value)
        texts.save()

    def test_the_defaults_are_todays_texts_and_reading_them_writes_nothing(self):
        response = self.client.get("/over-ons/")
        self.assertContains(response, f"<title>Over ons | {DEFAULT_SITE_NAME}</title>", html=True)
        self.assertContains(response, f'<p class="site-footer__name">{DEFAULT_SITE_NAME}</p>')
        self.assertContains(response, DEFAULT_FOOTER_TEXT)
        self.assertNotContains(response, "site-footer__social")
        self.assertNotContains(response, "mailto:")
        self.assertFalse(SiteSettings.objects.exists())

    def test_a_change_shows_in_the_header_title_and_footer(self):
        self.change(
            site_name="Andere Blik",
            footer_text="Samen kijken we verder.",
            contact_email="info@andereblik.example",
            linkedin_url="https://www.linkedin.com/company/andere-blik",
        )
        response = self.client.get("/over-ons/")
        self.assertContains(response, "<title>Over ons | Andere Blik</title>", html=True)
        self.assertContains(response, "<span>Andere Blik</span>", html=True)
        self.assertContains(response, '<p class="site-footer__name">Andere Blik</p>', html=True)
        self.assertContains(response, "Samen kijken we verder.")
        self.assertContains(response, 'href="mailto:info@andereblik.example"')
        self.assertContains(response, 'href="https://www.linkedin.com/company/andere-blik"')
        # (The page's own text, from the factory, names the programme.)
        self.assertNotContains(response, f"| {DEFAULT_SITE_NAME}")
        self.assertNotContains(response, f"<span>{DEFAULT_SITE_NAME}</span>", html=True)
        self.assertNotContains(response, DEFAULT_FOOTER_TEXT)
        home = self.client.get("/")
        self.assertContains(home, "<span>Andere Blik</span>", html=True)

    @override_settings(PAGE_CACHE_SECONDS=300)
    def test_a_change_empties_the_page_cache(self):
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "miss")
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "hit")
        self.change(site_name="Andere Blik")
        response = self.client.get("/over-ons/")
        self.assertEqual(response[CACHE_HEADER], "miss")
        self.assertContains(response, "<span>Andere Blik</span>", html=True)

    def test_an_editor_changes_them_in_the_admin(self):
        self.client.force_login(SuperUserFactory())
        url = reverse("wagtailsettings:edit", args=["core", "sitesettings", self.site.pk])
        form = self.client.get(url)
        self.assertContains(form, DEFAULT_FOOTER_TEXT)
        response = self.client.post(
            url,
            {
                "site_name": "Andere Blik",
                "footer_text": "Samen kijken we verder.",
                "contact_email": "",
                "linkedin_url": "",
                "instagram_url": "https://www.instagram.com/andereblik",
                "facebook_url": "",
                "youtube_url": "",
                "mastodon_url": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        texts = SiteSettings.objects.get(site=self.site)
        self.assertEqual(texts.site_name, "Andere Blik")
        self.client.logout()
        page = self.client.get("/over-ons/")
        self.assertContains(page, "Samen kijken we verder.")
        self.assertContains(page, 'href="https://www.instagram.com/andereblik"')
