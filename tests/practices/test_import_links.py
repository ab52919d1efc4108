"""The importer's lists, slugs, region and space, and its Python API (`user`,
`before_save`): what the demo's practice examples need, and any import may use."""

import json

from wagtail.models import PageLogEntry

from cop.factories import CommunityPageFactory, FieldlabPageFactory
from members.factories import UserFactory
from practices import importer
from practices.factories import CoverageMatrixPageFactory
from practices.models import PracticePage
from regions.factories import RegionPageFactory
from tests.practices.test_import import ImportTestCase, practice


class TestParagraphsAndLists(ImportTestCase):
    def test_lines_starting_with_a_dash_are_a_list(self):
        html = importer.paragraphs("Eén overleg.\n\n- Aan tafel: school.\n- Binnen twee weken.")
        self.assertEqual(
            html,
            "<p>Eén overleg.</p><ul><li>Aan tafel: school.</li><li>Binnen twee weken.</li></ul>",
        )

    def test_a_paragraph_with_one_ordinary_line_stays_a_paragraph(self):
        self.assertEqual(importer.paragraphs("Eerst\n- dan"), "<p>Eerst<br/>- dan</p>")

    def test_list_items_are_escaped_and_quotes_kept(self):
        self.assertEqual(
            importer.paragraphs("- <b>vet</b> & 'zo'"),
            "<ul><li>&lt;b&gt;vet&lt;/b&gt; &amp; 'zo'</li></ul>",
        )

    def test_an_imported_list_shows_as_a_list(self):
        self.run_import([practice(1, lessons="- Begin klein.\n- Nodig ouders uit.")])
        page = PracticePage.objects.get(external_id="nji-1")
        self.assertContains(self.client.get(page.url), "<li>Nodig ouders uit.</li>", html=False)


class TestRegionAndSpace(ImportTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.region = RegionPageFactory(title="Twente", slug="twente")
        cls.community = CommunityPageFactory(title="Thuiszitters", slug="thuiszitters")
        cls.fieldlab = FieldlabPageFactory(title="Eén plan per gezin", slug="een-plan-per-gezin")

    def test_by_slug_or_title(self):
        self.run_import(
            [
                practice(1, region="twente", space="thuiszitters"),
                practice(2, region="TWENTE", space="Eén plan per gezin"),
                practice(3),
            ]
        )
        pages = {p.external_id: p for p in PracticePage.objects.all()}
        self.assertEqual(pages["nji-1"].region_id, self.region.pk)
        self.assertEqual(pages["nji-1"].space_id, self.community.pk)
        self.assertEqual(pages["nji-2"].space_id, self.fieldlab.pk)
        self.assertIsNone(pages["nji-3"].region_id)
        self.assertIsNone(pages["nji-3"].space_id)

    def test_unknown_ambiguous_or_wrong_type(self):
        CommunityPageFactory(title="twente", slug="twente-community")
        RegionPageFactory(title="Thuiszitters", slug="regio-thuiszitters")
        _message, err = self.failing_import(
            [
                practice(1, region="Atlantis"),
                practice(2, space="Bestaat niet"),
                practice(3, space=["thuiszitters"]),
                practice(4, space="twente"),  # the community's title
                practice(5, region="thuiszitters"),  # the region's title
            ]
        )
        self.assertIn("Regel 1: onbekende inspiratieregio 'Atlantis'.", err)
        self.assertIn("Regel 2: onbekende community, fieldlab of dialoog 'Bestaat niet'.", err)
        self.assertIn("Regel 3: het veld 'space' moet tekst zijn.", err)
        self.assertNotIn("Regel 4", err)
        self.assertNotIn("Regel 5", err)

    def test_a_name_that_fits_two_pages_is_refused(self):
        CommunityPageFactory(title="een-plan-per-gezin", slug="andere-community")
        _message, err = self.failing_import([practice(1, space="een-plan-per-gezin")])
        self.assertIn(
            "Regel 1: 'een-plan-per-gezin' past bij meer dan één community, fieldlab of "
            "dialoog; gebruik de slug.",
            err,
        )


class TestSlug(ImportTestCase):
    def test_a_given_slug_is_the_url_of_a_new_practice_and_kept_on_update(self):
        long_title = "Onderwijs-zorgarrangement voor kinderen met een meervoudige beperking"
        self.run_import([practice(1, title=long_title, slug="oza-leusden"), practice(2)])
        page = PracticePage.objects.get(external_id="nji-1")
        self.assertEqual(page.slug, "oza-leusden")
        self.assertEqual(
            PracticePage.objects.get(external_id="nji-2").slug, "samen-rond-het-kind-2"
        )
        self.run_import([practice(1, title="Nieuw", slug="ander-adres")])
        page.refresh_from_db()
        self.assertEqual((page.title, page.slug), ("Nieuw", "oza-leusden"))

    def test_bad_duplicate_or_taken_slugs_are_refused(self):
        CoverageMatrixPageFactory()  # slug "dekking", under the same index
        self.run_import([practice(9, slug="al-van-nji-9")])
        _message, err = self.failing_import(
            [
                practice(1, slug="met spaties"),
                practice(2, slug="dubbel"),
                practice(3, slug="dubbel"),
                practice(4, slug="dekking"),
                practice(5, slug="al-van-nji-9"),
                practice(6, slug="x" * 256),
                practice(9, slug="al-van-nji-9"),  # its own slug: fine
            ]
        )
        self.assertIn("Regel 1: de slug 'met spaties' mag alleen letters, cijfers, - en _", err)
        self.assertIn("Regel 3: de slug 'dubbel' staat ook op regel 2.", err)
        self.assertIn("Regel 4: de slug 'dekking' is al in gebruik door een andere pagina.", err)
        self.assertIn("Regel 5: de slug 'al-van-nji-9' is al in gebruik", err)
        self.assertIn("Regel 6: de slug is langer dan 255 tekens.", err)
        self.assertNotIn("Regel 2", err)
        self.assertNotIn("Regel 7", err)


class TestWriteApi(ImportTestCase):
    def records(self, *lines):
        records, problems = importer.validate([json.dumps(line) for line in lines])
        self.assertEqual(problems, [])
        return records

    def test_user_owns_the_pages_and_the_history_reads_as_in_the_admin(self):
        user = UserFactory()
        importer.write(self.records(practice(1)), user=user)
        page = PracticePage.objects.get(external_id="nji-1")
        self.assertEqual(page.owner, user)
        self.assertEqual(page.latest_revision.user, user)
        actions = list(
            PageLogEntry.objects.for_instance(page).order_by("pk").values_list("action", "user")
        )
        self.assertEqual(actions, [("wagtail.create", user.pk), ("wagtail.publish", user.pk)])
        importer.write(self.records(practice(1, title="Bijgewerkt")))
        actions = list(
            PageLogEntry.objects.for_instance(page).order_by("pk").values_list("action", flat=True)
        )
        # An update: edited, renamed (the title changed), published.
        self.assertEqual(actions[2:], ["wagtail.edit", "wagtail.rename", "wagtail.publish"])

    def test_before_save_sees_every_page_before_its_first_revision(self):
        seen = []

        def before_save(page, record):
            seen.append((page.pk, record.data["external_id"]))
            page.target_group = "gezet voor het opslaan"

        importer.write(self.records(practice(1), practice(2)), before_save=before_save)
        self.assertEqual(seen, [(None, "nji-1"), (None, "nji-2")])
        page = PracticePage.objects.get(external_id="nji-1")
        self.assertEqual(page.target_group, "gezet voor het opslaan")
        self.assertEqual(page.latest_revision.as_object().target_group, "gezet voor het opslaan")
