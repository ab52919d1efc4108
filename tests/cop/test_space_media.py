"""Images and documents of a space, from the outside: uploads through the admin, the
choosers, the admin edit pages and the public document URL, over HTTP.

Each space has a collection and below it "Alleen leden", whose documents only the
space's members (and superusers) download. Member A uploads through the admin form in
`setUp`; every refused answer is also checked for the document's title and bytes.
"""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from cop.factories import CommunityPageFactory
from cop.permissions import ensure_space_groups
from core.sample_media import decorative_image
from tests.cop.world import build_world

Document = get_document_model()
Image = get_image_model()

PRIVATE_TITLE = "Verslag kernteam Alfa qv31"
PRIVATE_BYTES = b"Vertrouwelijk: afspraken met ouders over de overstap, kenmerk qv31-alfa."
PUBLIC_TITLE = "Modelovereenkomst Alfa pk88"
PUBLIC_BYTES = b"Openbaar model voor samenwerkingsafspraken, kenmerk pk88-alfa."
IMAGE_TITLE = "Foto bijeenkomst Alfa im52"


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


class SpaceMediaTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        for space in cls.spaces.values():
            space.refresh_from_db()

    def setUp(self):
        # Member A uploads through the admin's own forms, as the admin sends them.
        self.client.force_login(self.member_a)
        self.private_doc = self.upload_document(
            self.space_a.members_collection, PRIVATE_TITLE, "verslag-kernteam.txt", PRIVATE_BYTES
        )
        self.public_doc = self.upload_document(
            self.space_a.collection, PUBLIC_TITLE, "modelovereenkomst.txt", PUBLIC_BYTES
        )
        self.image = self.upload_image(self.space_a.collection, IMAGE_TITLE)
        self.client.logout()

    def upload_document(self, collection, title, filename, content, expect_created=True):
        response = self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": title,
                "file": SimpleUploadedFile(filename, content, content_type="text/plain"),
                "collection": collection.pk,
                "tags": "",
            },
        )
        document = Document.objects.filter(title=title).first()
        if expect_created:
            self.assertEqual(response.status_code, 302, response.content[:2000])
            self.assertEqual(document.collection_id, collection.pk)
        return document if expect_created else response

    def upload_image(self, collection, title, expect_created=True):
        response = self.client.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "file": SimpleUploadedFile(
                    "bijeenkomst.jpg", decorative_image(7, 120, 80), content_type="image/jpeg"
                ),
                "collection": collection.pk,
                "tags": "",
            },
        )
        image = Image.objects.filter(title=title).first()
        if expect_created:
            self.assertEqual(response.status_code, 302, response.content[:2000])
            self.assertEqual(image.collection_id, collection.pk)
        return image if expect_created else response

    def chooser_pages(self):
        """Every chooser listing a member would open, with and without a search."""
        return [
            reverse("wagtaildocs_chooser:choose"),
            reverse("wagtaildocs_chooser:choose_results") + "?q=Alfa",
            reverse("wagtaildocs_chooser:choose_results") + "?q=kernteam",
            reverse("wagtailimages_chooser:choose"),
            reverse("wagtailimages_chooser:choose_results") + "?q=Alfa",
            reverse("wagtailimages_chooser:choose_results") + "?q=bijeenkomst",
        ]

    def assert_no_leak(self, response, *titles):
        content = body(response)
        self.assertNotIn(PRIVATE_BYTES, content)
        for title in titles:
            self.assertNotIn(title.encode(), content)


class TestMembersOfTheSpace(SpaceMediaTestCase):
    def test_member_sees_their_uploads_in_the_choosers(self):
        self.client.force_login(self.member_a)
        docs = self.client.get(reverse("wagtaildocs_chooser:choose"))
        self.assertContains(docs, PRIVATE_TITLE)
        self.assertContains(docs, PUBLIC_TITLE)
        search = self.client.get(reverse("wagtaildocs_chooser:choose_results") + "?q=kernteam")
        self.assertContains(search, PRIVATE_TITLE)
        images = self.client.get(reverse("wagtailimages_chooser:choose"))
        self.assertContains(images, IMAGE_TITLE)

    def test_member_chooser_offers_upload_into_both_collections_of_their_space(self):
        self.client.force_login(self.member_a)
        for url, prefix in (
            (reverse("wagtaildocs_chooser:choose"), "document"),
            (reverse("wagtailimages_chooser:choose"), "image"),
        ):
            html = self.client.get(url).json()["html"]
            self.assertIn(f'name="{prefix}-chooser-upload-file"', html)
            self.assertIn(f'<option value="{self.space_a.collection.pk}">', html)
            self.assertIn(f'<option value="{self.space_a.members_collection.pk}">', html)
            self.assertNotIn(self.space_b.collection.name, html)

    def test_other_member_of_the_space_sees_the_uploads_too(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.get(reverse("wagtaildocs_chooser:choose"))
        self.assertContains(response, PRIVATE_TITLE)

    def test_member_and_coordinator_and_superuser_download_members_only_document(self):
        for user in (self.member_a, self.coordinator_a, self.superuser):
            self.client.force_login(user)
            response = self.client.get(self.private_doc.url)
            self.assertEqual(response.status_code, 200, user)
            self.assertEqual(body(response), PRIVATE_BYTES)

    def test_anyone_downloads_a_document_in_the_space_collection(self):
        response = self.client.get(self.public_doc.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body(response), PUBLIC_BYTES)
        self.client.force_login(self.member_b)
        self.assertEqual(body(self.client.get(self.public_doc.url)), PUBLIC_BYTES)

    def test_coordinator_may_edit_a_document_a_member_uploaded(self):
        self.client.force_login(self.coordinator_a)
        url = reverse("wagtaildocs:edit", args=[self.private_doc.pk])
        self.assertContains(self.client.get(url), PRIVATE_TITLE)

    def test_uploader_may_edit_their_own_document(self):
        self.client.force_login(self.member_a)
        url = reverse("wagtaildocs:edit", args=[self.private_doc.pk])
        self.assertContains(self.client.get(url), PRIVATE_TITLE)


class TestOutsiders(SpaceMediaTestCase):
    def test_member_of_other_space_sees_nothing_of_space_a_in_choosers(self):
        self.client.force_login(self.member_b)
        for url in self.chooser_pages():
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assert_no_leak(response, PRIVATE_TITLE, PUBLIC_TITLE, IMAGE_TITLE)
            self.assertNotContains(response, self.space_a.collection.name)

    def test_member_of_other_space_cannot_open_the_admin_pages_of_space_a_files(self):
        self.client.force_login(self.member_b)
        for url in (
            reverse("wagtaildocs:edit", args=[self.private_doc.pk]),
            reverse("wagtaildocs:edit", args=[self.public_doc.pk]),
            reverse("wagtailimages:edit", args=[self.image.pk]),
            reverse("wagtaildocs:document_usage", args=[self.private_doc.pk]),
            reverse("wagtailimages:image_usage", args=[self.image.pk]),
            reverse("wagtaildocs_chooser:chosen", args=[self.private_doc.pk]),
            reverse("wagtailimages_chooser:chosen", args=[self.image.pk]),
            reverse("wagtaildocs:index") + "?q=kernteam",
        ):
            response = self.client.get(url)
            if response.status_code == 200:  # the index: answers, without A's files
                self.assert_no_leak(response, PRIVATE_TITLE, PUBLIC_TITLE)
            else:
                self.assertIn(response.status_code, (302, 403, 404), url)
                self.assert_no_leak(response, PRIVATE_TITLE, PUBLIC_TITLE, IMAGE_TITLE)

    def test_member_of_other_space_cannot_download_members_only_document(self):
        self.client.force_login(self.member_b)
        response = self.client.get(self.private_doc.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/account/inloggen/"))
        self.assert_no_leak(response)

    def test_visitor_cannot_download_members_only_document(self):
        response = self.client.get(self.private_doc.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/account/inloggen/"))
        self.assert_no_leak(response)

    def test_editor_cannot_download_or_choose_members_only_document(self):
        """Editors may choose in every collection; a space's members-only documents stay
        out of their chooser all the same (and so does their download)."""
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtaildocs_chooser:choose"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, PUBLIC_TITLE)
        self.assert_no_leak(response, PRIVATE_TITLE)
        search = self.client.get(reverse("wagtaildocs_chooser:choose_results") + "?q=kernteam")
        self.assert_no_leak(search, PRIVATE_TITLE)
        self.assertEqual(self.client.get(self.private_doc.url).status_code, 302)

    def test_member_of_other_space_cannot_upload_into_space_a(self):
        self.client.force_login(self.member_b)
        for collection in (self.space_a.collection, self.space_a.members_collection):
            title = f"Ingeschoven door Bravo {collection.pk}"
            response = self.upload_document(
                collection, title, "indringer.txt", b"indringer", expect_created=False
            )
            self.assertFalse(Document.objects.filter(title=title).exists())
            self.assertEqual(response.status_code, 200)
            self.assertIn("collection", response.context["form"].errors)
            response = self.upload_image(collection, title, expect_created=False)
            self.assertFalse(Image.objects.filter(title=title).exists())
            self.assertEqual(response.status_code, 200)
            self.assertIn("collection", response.context["form"].errors)
        self.assertEqual(Document.objects.filter(collection__in=self.collections_of_a()).count(), 2)

    def collections_of_a(self):
        return [self.space_a.collection, self.space_a.members_collection]

    def test_former_member_cannot_download_members_only_document(self):
        from members.models import Membership

        Membership.objects.get(user=self.member_a, space=self.space_a).delete()
        self.client.force_login(self.member_a)
        response = self.client.get(self.private_doc.url)
        self.assertEqual(response.status_code, 302)
        self.assert_no_leak(response)
        chooser = self.client.get(reverse("wagtaildocs_chooser:choose"))
        self.assert_no_leak(chooser, PRIVATE_TITLE)


class TestSpaceCollections(TestCase):
    """The collections follow the space: made, renamed, repaired, kept on delete."""

    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def test_new_space_gets_its_collections_restriction_and_permissions(self):
        space = CommunityPageFactory(title="Charlie-community", slug="charlie")
        space.refresh_from_db()
        collection, private = space.collection, space.members_collection
        self.assertEqual(collection.name, f"Charlie-community (ruimte {space.pk})")
        self.assertEqual(collection.get_parent(), Collection.get_first_root_node())
        self.assertEqual(private.name, "Alleen leden")
        self.assertEqual(private.get_parent(), collection)
        restriction = CollectionViewRestriction.objects.get(collection=private)
        self.assertEqual(restriction.restriction_type, CollectionViewRestriction.GROUPS)
        self.assertEqual(set(restriction.groups.all()), {space.group, space.coordinator_group})
        self.assertFalse(CollectionViewRestriction.objects.filter(collection=collection).exists())
        self.assertEqual(
            self.codenames(space.group, collection),
            {"add_image", "choose_image", "add_document", "choose_document"},
        )
        self.assertEqual(
            self.codenames(space.coordinator_group, collection),
            {
                "add_image",
                "change_image",
                "delete_image",
                "choose_image",
                "add_document",
                "change_document",
                "delete_document",
                "choose_document",
            },
        )

    def codenames(self, group, collection):
        permissions = GroupCollectionPermission.objects.filter(group=group)
        self.assertEqual({p.collection_id for p in permissions}, {collection.pk})
        return {p.permission.codename for p in permissions}

    def test_renaming_a_space_renames_its_collection(self):
        space = self.space_a
        space.title = "Alfa-community Oost"
        space.save_revision().publish()
        space.refresh_from_db()
        self.assertEqual(space.collection.name, f"Alfa-community Oost (ruimte {space.pk})")
        self.assertEqual(space.members_collection.name, "Alleen leden")

    def test_ensure_space_groups_is_idempotent_and_repairs(self):
        space = self.space_a
        space.refresh_from_db()

        def state():
            return (
                Collection.objects.count(),
                CollectionViewRestriction.objects.count(),
                GroupCollectionPermission.objects.count(),
                sorted(CollectionViewRestriction.objects.values_list("collection_id", "groups")),
            )

        before = state()
        ensure_space_groups(space)
        ensure_space_groups(space)
        self.assertEqual(state(), before)

        # Broken by hand: restriction gone, a permission gone, the child renamed.
        CollectionViewRestriction.objects.filter(collection=space.members_collection).delete()
        GroupCollectionPermission.objects.filter(group=space.group).first().delete()
        Collection.objects.filter(pk=space.members_collection_id).update(name="Openbaar")
        ensure_space_groups(space)
        self.assertEqual(state(), before)
        space.members_collection.refresh_from_db()
        self.assertEqual(space.members_collection.name, "Alleen leden")

    def test_deleting_a_space_keeps_its_files_and_their_restriction(self):
        from core.factories import DocumentFactory

        space = self.space_b
        space.refresh_from_db()
        document = DocumentFactory(title="Notulen Bravo", collection=space.members_collection)
        collection_id, private_id = space.collection_id, space.members_collection_id
        space.delete()
        self.assertTrue(Document.objects.filter(pk=document.pk).exists())
        collection = Collection.objects.get(pk=collection_id)
        self.assertIn("verwijderde ruimte", collection.name)
        self.assertTrue(CollectionViewRestriction.objects.filter(collection_id=private_id).exists())
        # The former members (their group is gone) no longer download it; superusers do.
        self.client.force_login(self.member_b)
        self.assertEqual(self.client.get(document.url).status_code, 302)
        self.client.force_login(self.superuser)
        self.assertEqual(self.client.get(document.url).status_code, 200)
