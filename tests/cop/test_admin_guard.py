"""Wagtail's own admin views, asked by id for another space's page, draft, document or
image: the answer never carries its title (cop/admin_guard.py).

Each case is a leak an outside probe found on Wagtail 8.0.1's views without the guard.
"""

from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cop.factories import SpacePageFactory
from tests.cop.world import SECRETS, build_world

DRAFT_MARKER = "Conceptnotitie qq4draftbravo"
DOC_MARKER = "Dossier pp3docbravo"
IMAGE_MARKER = "Foto ii8imgbravo"
MARKERS = (SECRETS["B"][0], SECRETS["B"][1], DRAFT_MARKER, DOC_MARKER, IMAGE_MARKER)


class TestAdminGuard(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.space_b.refresh_from_db()
        # A public page of B with an unpublished revision whose title is a marker.
        cls.public_b = SpacePageFactory(parent=cls.space_b, title="Openbaar Bravo", slug="ob")
        cls.public_b.save_revision().publish()
        cls.public_b.title = DRAFT_MARKER
        cls.public_b.save_revision()
        cls.document = get_document_model().objects.create(
            title=DOC_MARKER,
            file=ContentFile(b"vertrouwelijk", name="pp3docbravo.txt"),
            collection=cls.space_b.members_collection,
        )
        cls.image = get_image_model().objects.create(
            title=IMAGE_MARKER,
            file=get_test_image_file(filename="ii8imgbravo.png"),
            collection=cls.space_b.members_collection,
        )

    def assert_no_marker(self, user, url):
        self.client.force_login(user)
        response = self.client.get(url)
        body = response.content.decode(errors="replace")
        for marker in MARKERS:
            self.assertNotIn(marker, body, f"{marker!r} in {url} ({response.status_code})")
            for value in response.headers.values():
                self.assertNotIn(marker, value)
        return response

    def urls(self):
        secret, draft = self.secret["B"], self.public_b
        doc, image = self.document, self.image
        yield reverse("wagtailadmin_pages:move_confirm", args=[self.public_page_a.pk, secret.pk])
        yield reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, self.space_a.pk])
        for action in ("move", "delete", "publish", "unpublish"):
            url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
            yield f"{url}?id={secret.pk}&id={draft.pk}"
        for action in ("delete", "add_to_collection", "add_tags"):
            url = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", action])
            yield f"{url}?id={doc.pk}"
        for action in ("delete", "add_to_collection", "add_tags"):
            url = reverse("wagtail_bulk_action", args=["wagtailimages", "image", action])
            yield f"{url}?id={image.pk}"
        url = reverse("wagtailadmin_choose_page_chosen_multiple")
        yield f"{url}?id={secret.pk}&id={draft.pk}"
        yield reverse("wagtailadmin_choose_page_child", args=[secret.pk])
        yield reverse("wagtailadmin_choose_page_search") + "?q=qq4draftbravo"
        yield reverse("wagtailadmin_choose_page_child", args=[self.space_b.pk])
        yield reverse("wagtailadmin_explore", args=[self.space_b.pk])
        yield reverse("wagtailadmin_explore", args=[self.space_b.get_parent().pk])
        yield reverse("wagtailadmin_pages:type_use", args=["cop", "spacepage"])
        yield reverse("wagtailadmin_pages:workflow_preview", args=[draft.pk, 1])
        yield reverse("wagtailadmin_pages:revisions_index", args=[draft.pk])
        yield reverse("wagtaildocs_chooser:chosen", args=[doc.pk])
        yield reverse("wagtailimages_chooser:chosen", args=[image.pk])
        yield reverse("wagtailimages_chooser:select_format", args=[image.pk])
        yield reverse("wagtaildocs:edit", args=[doc.pk])
        yield reverse("wagtailimages:edit", args=[image.pk])

    def test_member_of_another_space(self):
        for url in self.urls():
            with self.subTest(url=url):
                self.assert_no_marker(self.member_a, url)

    def test_coordinator_of_another_space(self):
        for url in self.urls():
            with self.subTest(url=url):
                self.assert_no_marker(self.coordinator_a, url)

    def test_editor(self):
        for url in self.urls():
            with self.subTest(url=url):
                self.assert_no_marker(self.editor, url)

    def test_member_of_the_space_still_reaches_its_pages(self):
        self.client.force_login(self.member_b)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.secret["B"].pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, SECRETS["B"][0])
        url = reverse("wagtailadmin_choose_page_chosen_multiple")
        response = self.client.get(f"{url}?id={self.public_b.pk}")
        self.assertContains(response, DRAFT_MARKER)

    def test_chooser_still_offers_public_pages_of_other_spaces(self):
        self.client.force_login(self.member_a)
        response = self.client.get(
            reverse("wagtailadmin_choose_page_child", args=[self.space_b.pk])
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Openbaar Bravo")


class TestChooserValuesAreChecked(TestCase):
    """An id typed into a page form must be something the editor may choose."""

    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.space_b.refresh_from_db()
        cls.document = get_document_model().objects.create(
            title=DOC_MARKER,
            file=ContentFile(b"vertrouwelijk", name="pp3docbravo.txt"),
            collection=cls.space_b.members_collection,
        )
        cls.own_document = get_document_model().objects.create(
            title="Eigen verslag",
            file=ContentFile(b"openbaar", name="eigen.txt"),
            collection=cls.space_a.collection,
        )

    def test_every_page_model_uses_the_checked_form(self):
        from wagtail.models import get_page_models

        from cop.admin_guard import ChooserCheckedPageForm

        for model in get_page_models():
            if model.__name__ == "Page":
                continue
            with self.subTest(model=model.__name__):
                form_class = model.get_edit_handler().get_form_class()
                self.assertTrue(issubclass(form_class, ChooserCheckedPageForm))

    def test_another_spaces_document_link_is_refused(self):
        from cop.admin_guard import refused_references

        page = self.public_page_a
        page.intro = f'<p><a linktype="document" id="{self.document.pk}">x</a></p>'
        self.assertEqual(
            refused_references(page, self.coordinator_a), [f"document {self.document.pk}"]
        )
        page.intro = f'<p><a linktype="document" id="{self.own_document.pk}">x</a></p>'
        self.assertEqual(refused_references(page, self.coordinator_a), [])
        page.intro = f'<p><a linktype="page" id="{self.secret["B"].pk}">x</a></p>'
        self.assertEqual(refused_references(page, self.member_a), [f"pagina {self.secret['B'].pk}"])
        self.assertEqual(refused_references(page, self.member_b), [])
