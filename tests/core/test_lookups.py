"""`field__ids`: the ids of many hits written into the SQL (core/lookups.py)."""

from django.test import TestCase
from wagtail.models import Page

from practices.factories import PracticePageFactory
from practices.models import PracticePage


class IdsLookupTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = [PracticePageFactory(title=f"Praktijk {n}") for n in range(3)]

    def test_finds_the_same_rows_as_in(self):
        ids = {page.pk for page in self.pages[:2]} | {999_999}
        self.assertEqual(
            set(Page.objects.filter(pk__ids=ids).values_list("pk", flat=True)),
            set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True)),
        )
        self.assertEqual(Page.objects.filter(pk__ids=ids).count(), 2)

    def test_works_on_a_foreign_key(self):
        page = self.pages[0]
        through = PracticePage.themes.through
        self.assertEqual(
            list(through.objects.filter(content_object_id__ids={page.pk}).values_list("pk")),
            list(through.objects.filter(content_object_id=page.pk).values_list("pk")),
        )

    def test_no_ids_find_nothing(self):
        self.assertFalse(Page.objects.filter(pk__ids=set()).exists())

    def test_only_integers_get_into_the_statement(self):
        with self.assertRaises(ValueError):
            list(Page.objects.filter(pk__ids={"1) OR (1=1"}))
        self.assertEqual(Page.objects.filter(pk__ids={str(self.pages[0].pk)}).count(), 1)
        sql = str(Page.objects.filter(pk__ids={3, 1, 2}).query)
        self.assertIn("IN (1, 2, 3)", sql)
