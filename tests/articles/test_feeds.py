"""Atom and RSS feeds of the articles and of each theme; never a members-only page."""

import xml.etree.ElementTree as ET  # noqa: S405 - parsing our own output in tests

from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import PageViewRestriction

from articles.factories import ArticlePageFactory, get_article_index
from taxonomy.factories import ThemeFactory

ATOM = "{http://www.w3.org/2005/Atom}"


class TestFeeds(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_article_index()
        cls.theme = ThemeFactory(name="thuiszitters")
        cls.public = ArticlePageFactory(
            title="Openbaar & <goed>", themes=[cls.theme], author="Anna"
        )
        cls.other = ArticlePageFactory(title="Ander thema", themes=["vroegsignalering"])
        cls.secret = ArticlePageFactory(title="Alleen voor leden", themes=[cls.theme])
        restriction = PageViewRestriction.objects.create(
            page=cls.secret, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.create(name="Leden van een ruimte"))
        cls.draft = ArticlePageFactory(title="Nog een concept", live=False, themes=[cls.theme])

    def atom(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        root = ET.fromstring(response.content)  # noqa: S314
        self.assertEqual(root.tag, f"{ATOM}feed")
        for required in ("id", "title", "updated"):
            self.assertIsNotNone(root.find(f"{ATOM}{required}"), required)
        entries = root.findall(f"{ATOM}entry")
        for entry in entries:
            for required in ("id", "title", "updated"):
                self.assertTrue(entry.find(f"{ATOM}{required}").text, required)
            self.assertTrue(entry.find(f"{ATOM}link").get("href").startswith("http"))
        return [entry.find(f"{ATOM}title").text for entry in entries]

    def rss(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        root = ET.fromstring(response.content)  # noqa: S314
        self.assertEqual(root.tag, "rss")
        self.assertEqual(root.get("version"), "2.0")
        channel = root.find("channel")
        for required in ("title", "link", "description"):
            self.assertTrue(channel.find(required).text, required)
        items = channel.findall("item")
        for item in items:
            self.assertTrue(item.find("link").text.startswith("http"))
        return [item.find("title").text for item in items]

    def test_atom_feed_of_all_articles_is_valid_and_public_only(self):
        titles = self.atom(self.index.url + "feed/")
        self.assertEqual(sorted(titles), sorted(["Openbaar & <goed>", "Ander thema"]))

    def test_rss_feed_of_all_articles(self):
        titles = self.rss(self.index.url + "feed/rss/")
        self.assertIn("Openbaar & <goed>", titles)
        self.assertNotIn("Alleen voor leden", titles)
        self.assertNotIn("Nog een concept", titles)

    def test_feed_per_theme(self):
        url = self.index.url + f"feed/thema/{self.theme.slug}/"
        self.assertEqual(self.atom(url), ["Openbaar & <goed>"])
        self.assertEqual(self.rss(url + "rss/"), ["Openbaar & <goed>"])

    def test_entries_link_to_the_host_the_reader_used_and_carry_the_articles_date(self):
        import datetime

        self.public.date = datetime.date(2024, 3, 5)
        self.public.save_revision().publish()
        with self.settings(ALLOWED_HOSTS=["mao.example.nl"]):
            response = self.client.get(self.index.url + "feed/rss/", HTTP_HOST="mao.example.nl")
        channel = ET.fromstring(response.content).find("channel")  # noqa: S314
        (item,) = [i for i in channel.findall("item") if i.find("title").text.startswith("Open")]
        self.assertTrue(item.find("link").text.startswith("http://mao.example.nl/"))
        self.assertIn("05 Mar 2024", item.find("pubDate").text)

    def test_unknown_theme_is_a_404(self):
        self.assertEqual(
            self.client.get(self.index.url + "feed/thema/bestaat-niet/").status_code, 404
        )

    def test_the_listing_and_articles_point_to_the_feeds(self):
        listing = self.client.get(self.index.url)
        self.assertContains(listing, 'type="application/atom+xml"')
        self.assertContains(listing, self.index.url + "feed/rss/")
        article = self.client.get(self.public.url)
        self.assertContains(article, self.index.url + f"feed/thema/{self.theme.slug}/")
