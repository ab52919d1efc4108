"""The demo's practice examples are data (`demo/data/practices.jsonl`) written by the
importer users have: every seeded demo site tests the import path."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Revision

from demo.practices import DATA, examples, generated
from practices.models import PracticePage


class TestDemoPracticesAreImported(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", stdout=StringIO())

    def test_every_line_of_the_file_is_a_practice_on_the_site(self):
        ids = [example["external_id"] for example in examples()]
        self.assertEqual(len(ids), 44)
        pages = PracticePage.objects.filter(external_id__in=ids)
        self.assertEqual(pages.count(), len(ids))
        self.assertEqual(
            set(pages.values_list("slug", flat=True)), {example["slug"] for example in examples()}
        )
        admin = pages.first().owner
        self.assertEqual(admin.email, "admin@example.org")
        self.assertEqual(pages.first().latest_revision.user, admin)

    def test_the_file_passes_import_practices(self):
        out = StringIO()
        call_command("import_practices", str(DATA), "--dry-run", stdout=out)
        self.assertIn("44 regels in orde", out.getvalue())

    def test_import_practices_on_the_demo_file_updates_and_never_duplicates(self):
        before = PracticePage.objects.count()
        out = StringIO()
        call_command("import_practices", str(DATA), stdout=out)
        self.assertIn("0 nieuw, 44 bijgewerkt", out.getvalue())
        self.assertEqual(PracticePage.objects.count(), before)

    def test_a_site_seeded_before_the_examples_were_data_gets_none_twice(self):
        # Older demo sites have the same practices without an external_id.
        PracticePage.objects.update(external_id=None)
        pages, revisions = PracticePage.objects.count(), Revision.objects.count()
        output = StringIO()
        call_command("seed_demo", stdout=output)
        self.assertIn("practices: 0 created, 44 already there", output.getvalue())
        self.assertEqual(
            (PracticePage.objects.count(), Revision.objects.count()), (pages, revisions)
        )

    def test_images_and_attachments_come_with_the_first_revision(self):
        page = PracticePage.objects.get(external_id="demo-thuiszittersoverleg-1")
        self.assertIsNotNone(page.image)
        self.assertTrue(page.attachments.exists())
        draft = page.latest_revision.as_object()
        self.assertEqual(draft.image_id, page.image_id)
        self.assertEqual(len(draft.attachments.all()), 1)
        self.assertTrue(PracticePage.objects.filter(image=None).exists())


class TestGeneratedPractices(TestCase):
    def test_the_same_story_in_another_place(self):
        first = examples()[0]
        spec = generated(len(examples()))
        self.assertEqual(spec["approach_key"], "thuiszittersoverleg")
        self.assertNotEqual(spec["place"], first["place"])
        self.assertIn(spec["place"], spec["title"])
        self.assertIn(spec["place"], spec["summary"])
        self.assertNotIn(first["place"], spec["summary"])
        self.assertTrue(spec["approach"].startswith("<p>"))
        self.assertIn("<ul><li>", spec["lessons"])
        self.assertEqual(generated(100), generated(100))
        titles = {generated(n)["title"] for n in range(44, 44 + 200)}
        self.assertGreater(len(titles), 150)
