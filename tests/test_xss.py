"""No page ever runs a script that someone typed into it.

Payloads go into every text field of every page type (plain CharFields and
TextFields, RichTextFields, and the rich text, heading and quote blocks of
StreamFields), the page is saved as code would save it (not through the admin's
editor, which cleans on its own), and the public page is checked: no `<script>`
of ours, no `on*=` attribute, no `javascript:` link.
"""

from bs4 import BeautifulSoup
from django.db import models
from django.test import TestCase
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from agenda.factories import EventIndexPageFactory, EventPageFactory
from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from bottlenecks.factories import BottleneckIndexPageFactory, BottleneckPageFactory
from cop.factories import (
    CommunityPageFactory,
    DialoguePageFactory,
    FieldlabPageFactory,
    SpacePageFactory,
    get_space_index,
)
from core.factories import get_home_page
from home.factories import StandardPageFactory
from practices.factories import (
    CoverageMatrixPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from regions.factories import CallPageFactory, RegionIndexPageFactory, RegionPageFactory

TEXT_PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>"\' onmouseover="alert(1)'
RICH_PAYLOAD = (
    '<p>Goed<script>alert("xss")</script>'
    '<a href="javascript:alert(1)" onclick="alert(1)">link</a>'
    '<img src="x" onerror="alert(1)">'
    '<b onmouseover="alert(1)">vet</b></p>'
    '<iframe src="javascript:alert(1)"></iframe>'
)
BODY_PAYLOAD = [
    {"type": "heading", "value": {"text": TEXT_PAYLOAD[:200], "level": "h2"}},
    {"type": "paragraph", "value": RICH_PAYLOAD},
    {"type": "quote", "value": {"quote": TEXT_PAYLOAD, "attribution": TEXT_PAYLOAD[:200]}},
]
# Fields that are not free text: slugs, choices, addresses, keys.
SKIP_TYPES = (models.SlugField, models.EmailField, models.URLField)
SKIP_NAMES = {"slug", "url_path", "draft_title", "latest_revision", "external_id", "kind"}
PAGE_FIELDS = {"title", "seo_title", "search_description"}


def fill_with_payloads(page):
    for field in page._meta.concrete_fields:
        name = field.attname
        own = field.model is not Page or name in PAGE_FIELDS
        if not own or name in SKIP_NAMES or isinstance(field, SKIP_TYPES) or field.choices:
            continue
        if isinstance(field, RichTextField):
            setattr(page, name, RICH_PAYLOAD)
        elif isinstance(field, StreamField):
            if {"heading", "paragraph", "quote"} <= set(field.stream_block.child_blocks):
                setattr(page, name, BODY_PAYLOAD)
        elif isinstance(field, models.CharField | models.TextField):
            limit = field.max_length or 10_000
            setattr(page, name, TEXT_PAYLOAD[:limit])


def script_problems(html):
    problems = []
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        if "xss" in (script.string or "") or script.get("src") == "x":
            problems.append(f"script element: {script}")
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if attribute.lower().startswith("on"):
                problems.append(f"{attribute}= on <{tag.name}>")
            values = value if isinstance(value, list) else [value]
            if any(str(v).strip().lower().startswith("javascript:") for v in values):
                problems.append(f"javascript: in {attribute} on <{tag.name}>")
    return problems


class TestNoScriptRuns(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.makers = [
            lambda: cls.home,
            lambda: StandardPageFactory(parent=cls.home),
            lambda: get_space_index("cop"),
            lambda: CommunityPageFactory(),
            lambda: FieldlabPageFactory(),
            lambda: DialoguePageFactory(),
            lambda: SpacePageFactory(),
            lambda: PracticeIndexPageFactory(parent=cls.home),
            lambda: PracticePageFactory(),
            lambda: CoverageMatrixPageFactory(),
            lambda: ArticleIndexPageFactory(parent=cls.home),
            lambda: ArticlePageFactory(),
            lambda: EventIndexPageFactory(parent=cls.home),
            lambda: EventPageFactory(),
            lambda: RegionIndexPageFactory(parent=cls.home),
            lambda: CallPageFactory(),
            lambda: RegionPageFactory(),
            lambda: BottleneckIndexPageFactory(parent=cls.home),
            lambda: BottleneckPageFactory(),
        ]

    def test_every_text_field_of_every_page_type(self):
        covered = set()
        for make in self.makers:
            page = make().specific
            fill_with_payloads(page)
            page.save()
            covered.add(type(page))
            with self.subTest(page_type=type(page).__name__):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(script_problems(response.content.decode()), [])
        # Listings show the children's text too: check every index once more.
        for page in Page.objects.live().specific():
            with self.subTest(listing=page.url):
                response = self.client.get(page.url)
                self.assertEqual(script_problems(response.content.decode()), [])
        concrete = {model for model in _all_page_models() if not model._meta.abstract}
        self.assertEqual(concrete - covered, set(), "page types without an XSS check")


def _all_page_models():
    from django.apps import apps

    return [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]


class TestTheCheckItself(TestCase):
    def test_the_payloads_would_be_caught(self):
        problems = script_problems(RICH_PAYLOAD + f"<p title='{TEXT_PAYLOAD}'></p>")
        self.assertTrue(any("script element" in p for p in problems))
        self.assertTrue(any("onclick" in p for p in problems))
        self.assertTrue(any("javascript:" in p for p in problems))

    def test_rich_text_written_by_code_is_cleaned_on_save(self):
        page = PracticePageFactory(problem=RICH_PAYLOAD)
        page.refresh_from_db()
        self.assertNotIn("<script", page.problem)
        self.assertNotIn("javascript:", page.problem)
        self.assertNotIn("onclick", page.problem)
        self.assertIn("Goed", page.problem)
