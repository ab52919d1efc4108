"""The demo site as a visitor meets it: crawled from the home page, every link works."""

from collections import deque
from io import StringIO
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

MAX_URLS = 1500
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/media/", "/static/")


def internal_links(base_url, html):
    soup = BeautifulSoup(html, "html.parser")
    for anchor in soup.find_all("a", href=True):
        href = urldefrag(urljoin(base_url, anchor["href"]))[0]
        parts = urlsplit(href)
        if parts.scheme in ("", "http") and parts.netloc in ("", "localhost", "testserver"):
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path.startswith("/") and not path.startswith(SKIP_PREFIXES):
                yield path


class TestDemoSiteCrawl(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", stdout=StringIO())

    def crawl(self):
        seen, broken, pages_html = set(), [], {}
        queue = deque(["/"])
        while queue and len(seen) < MAX_URLS:
            url = queue.popleft()
            if url in seen:
                continue
            seen.add(url)
            response = self.client.get(url)
            if response.status_code != 200:
                broken.append((url, response.status_code))
                continue
            if response.get("Content-Type", "").startswith("text/html"):
                html = response.content.decode()
                pages_html[url] = html
                queue.extend(link for link in internal_links(url, html) if link not in seen)
        return seen, broken, pages_html

    def test_every_internal_link_answers_200_and_every_page_is_reachable(self):
        seen, broken, pages_html = self.crawl()
        self.assertEqual(broken, [], "broken internal links")
        self.assertLess(len(seen), MAX_URLS, "crawl did not finish")
        live_urls = {
            page.get_url() for page in Page.objects.live().public().specific() if page.depth > 1
        }
        unreachable = live_urls - seen
        self.assertEqual(unreachable, set(), "live pages no link leads to")
        for url, html in pages_html.items():
            with self.subTest(url=url):
                self.assertEqual(html.count("<h1"), 1, "exactly one h1")
                self.assertIn('href="#main"', html, "skip link")

    def test_the_footer_of_every_page_links_the_accessibility_statement(self):
        statement = Page.objects.live().public().get(slug="toegankelijkheidsverklaring")
        self.assertEqual(statement.title, "Toegankelijkheidsverklaring")
        self.assertEqual(statement.get_parent().specific_class.__name__, "HomePage")
        for url in ["/", "/zoeken/", "/account/inloggen/"]:
            with self.subTest(url=url):
                footer = BeautifulSoup(self.client.get(url).content, "html.parser").footer
                link = footer.find("a", string="Toegankelijkheidsverklaring")
                self.assertIsNotNone(link, "footer link")
                self.assertEqual(link["href"], "/toegankelijkheidsverklaring/")
        text = BeautifulSoup(self.client.get(statement.url).content, "html.parser").main
        text = text.get_text(" ", strip=True)
        for expected in [
            "voldoet gedeeltelijk",  # the status
            "axe-core",  # how we know
            "toetsenbord",
            "Wagtail",  # a known limitation: the admin interface
            "mao-tafel@example.org",  # where to report a problem
            "26 november 2026",  # the date
        ]:
            self.assertIn(expected, text)
