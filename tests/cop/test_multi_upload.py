"""Wagtail's multiple uploader, from the outside, as a member of a space.

When a field other than the file fails (a collection of another space, or none), Wagtail
keeps the file as a temporary `UploadedFile` and asks for the rest ("create from
upload"). That file must never lie under MEDIA_ROOT (served at /media/), finishing the
upload must answer with the form or success (never a 500) and leave no temporary file,
and only the person who uploaded may finish or delete it (core/storage.py).
"""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import FileField
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from core.sample_media import decorative_image
from tests.cop.world import build_world

Document = get_document_model()
Image = get_image_model()

XHR = {"x-requested-with": "XMLHttpRequest"}
DOC_BYTES = b"Vertrouwelijk: verslag overstapgesprek, kenmerk mu47-alfa."
IMAGE_BYTES = decorative_image(4721, 97, 61)

KINDS = {
    "image": {
        "namespace": "wagtailimages",
        "finish": "create_multiple_from_uploaded_image",
        "prefix": "uploaded-image",
        "id_key": "image_id",
        "model": Image,
        "filename": "bijeenkomst-mu47.jpg",
        "content": IMAGE_BYTES,
        "content_type": "image/jpeg",
    },
    "document": {
        "namespace": "wagtaildocs",
        "finish": "create_multiple_from_uploaded_document",
        "prefix": "uploaded-document",
        "id_key": "doc_id",
        "model": Document,
        "filename": "verslag-mu47.txt",
        "content": DOC_BYTES,
        "content_type": "text/plain",
    },
}


def under(path, root):
    return str(Path(path).resolve()).startswith(str(Path(root).resolve()) + os.sep)


def files_with_content(root, content):
    found = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                if handle.read() == content:
                    found.append(path)
    return found


class MultiUploadTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        for space in cls.spaces.values():
            space.refresh_from_db()

    def failed_upload(self, kind, collection_id):
        """Upload through the multiple uploader with a collection that fails; return the
        temporary upload Wagtail made."""
        spec = KINDS[kind]
        response = self.client.post(
            reverse(f"{spec['namespace']}:add_multiple"),
            {
                "files[]": SimpleUploadedFile(
                    spec["filename"], spec["content"], content_type=spec["content_type"]
                ),
                "collection": collection_id,
            },
            headers=XHR,
        )
        self.assertEqual(response.status_code, 200, response.content[:2000])
        data = response.json()
        self.assertTrue(data["success"])
        self.assertIn("uploaded_file_id", data)
        self.assertNotIn(self.space_b.collection.name, data["form"])
        return UploadedFile.objects.get(pk=data["uploaded_file_id"])

    def finish(self, kind, upload, collection, title):
        spec = KINDS[kind]
        prefix = f"{spec['prefix']}-{upload.pk}"
        return self.client.post(
            reverse(f"{spec['namespace']}:{spec['finish']}", args=(upload.pk,)),
            {f"{prefix}-title": title, f"{prefix}-collection": collection.pk, f"{prefix}-tags": ""},
            headers=XHR,
        )

    def delete_upload(self, kind, upload):
        spec = KINDS[kind]
        return self.client.post(
            reverse(f"{spec['namespace']}:delete_upload_multiple", args=(upload.pk,)),
            headers=XHR,
        )


class TestFailedUploadStaysPrivate(MultiUploadTestCase):
    def test_failed_upload_is_kept_in_private_storage_not_under_media_root(self):
        self.client.force_login(self.member_a)
        for kind, spec in KINDS.items():
            for collection_id in (
                self.space_b.collection.pk,
                self.space_b.members_collection.pk,
                "",
            ):
                with self.subTest(kind=kind, collection=collection_id):
                    upload = self.failed_upload(kind, collection_id)
                    self.assertEqual(upload.uploaded_by_user, self.member_a)
                    path = upload.file.path
                    self.assertTrue(os.path.exists(path))
                    self.assertTrue(under(path, settings.PRIVATE_MEDIA_ROOT), path)
                    self.assertFalse(under(path, settings.MEDIA_ROOT), path)
                    # Nothing with these bytes anywhere a /media/ URL could reach.
                    self.assertEqual(files_with_content(settings.MEDIA_ROOT, spec["content"]), [])
                    self.assertFalse(
                        os.path.exists(os.path.join(settings.MEDIA_ROOT, upload.file.name))
                    )

    def test_storage_is_no_schema_change(self):
        field = UploadedFile._meta.get_field("file")
        self.assertNotIn("storage", field.deconstruct()[3])
        # Without the override Wagtail's migration state would change.
        self.assertIn("storage", FileField.deconstruct(field)[3])
        call_command("makemigrations", "wagtailcore", check=True, dry_run=True, verbosity=0)


class TestFinishingAnUpload(MultiUploadTestCase):
    def test_finishing_creates_the_item_in_the_chosen_collection_and_removes_the_upload(self):
        self.client.force_login(self.member_a)
        for kind, spec in KINDS.items():
            for collection in (self.space_a.collection, self.space_a.members_collection):
                with self.subTest(kind=kind, collection=collection.name):
                    upload = self.failed_upload(kind, self.space_b.collection.pk)
                    temporary = upload.file.path
                    title = f"Afgemaakt {kind} {collection.pk}"
                    response = self.finish(kind, upload, collection, title)
                    self.assertEqual(response.status_code, 200, response.content[:2000])
                    data = response.json()
                    self.assertTrue(data["success"], data)
                    item = spec["model"].objects.get(pk=data[spec["id_key"]])
                    self.assertEqual(item.title, title)
                    self.assertEqual(item.collection_id, collection.pk)
                    self.assertEqual(item.uploaded_by_user, self.member_a)
                    with item.file.open("rb") as handle:
                        self.assertEqual(handle.read(), spec["content"])
                    self.assertFalse(UploadedFile.objects.filter(pk=upload.pk).exists())
                    self.assertFalse(os.path.exists(temporary))

    def test_finishing_into_another_space_answers_with_the_form(self):
        self.client.force_login(self.member_a)
        for kind, spec in KINDS.items():
            with self.subTest(kind=kind):
                upload = self.failed_upload(kind, "")
                title = f"Verkeerde ruimte {kind}"
                response = self.finish(kind, upload, self.space_b.members_collection, title)
                self.assertEqual(response.status_code, 200)
                data = response.json()
                self.assertFalse(data["success"])
                self.assertIn("<form", data["form"])
                self.assertFalse(spec["model"].objects.filter(title=title).exists())
                self.assertTrue(UploadedFile.objects.filter(pk=upload.pk).exists())
                self.assertTrue(os.path.exists(upload.file.path))

    def test_finishing_an_upload_whose_file_is_gone_answers_with_the_form(self):
        self.client.force_login(self.member_a)
        for kind, spec in KINDS.items():
            with self.subTest(kind=kind):
                upload = self.failed_upload(kind, "")
                upload.file.storage.delete(upload.file.name)
                title = f"Zonder bestand {kind}"
                response = self.finish(kind, upload, self.space_a.collection, title)
                self.assertEqual(response.status_code, 200)
                data = response.json()
                self.assertFalse(data["success"])
                self.assertIn("niet meer", data["form"])
                self.assertFalse(spec["model"].objects.filter(title=title).exists())
                self.assertEqual(self.delete_upload(kind, upload).status_code, 200)

    def test_a_document_upload_with_a_refused_extension_answers_with_the_form(self):
        # The uploader refuses such a file at once; an upload made otherwise is still
        # checked on its real name, and the error shows above the form (no 500).
        upload = UploadedFile.objects.create(
            for_content_type=ContentType.objects.get_for_model(Document),
            file=ContentFile(b"MZ...", name="programma.exe"),
            uploaded_by_user=self.member_a,
        )
        self.client.force_login(self.member_a)
        response = self.finish("document", upload, self.space_a.collection, "Programma")
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertFalse(data["success"])
        self.assertIn("‘exe’", data["form"])
        self.assertFalse(Document.objects.filter(title="Programma").exists())


class TestOnlyTheUploaderFinishesOrDeletes(MultiUploadTestCase):
    def test_others_cannot_finish_or_delete_an_upload(self):
        for kind, spec in KINDS.items():
            self.client.force_login(self.member_a)
            upload = self.failed_upload(kind, "")
            for other in (self.coordinator_a, self.member_b, self.editor):
                with self.subTest(kind=kind, user=other.email):
                    self.client.force_login(other)
                    title = f"Overgenomen {kind}"
                    response = self.finish(kind, upload, self.space_a.collection, title)
                    self.assertEqual(response.status_code, 403)
                    self.assertFalse(spec["model"].objects.filter(title=title).exists())
                    self.assertEqual(self.delete_upload(kind, upload).status_code, 403)
                    self.assertTrue(UploadedFile.objects.filter(pk=upload.pk).exists())
                    self.assertTrue(os.path.exists(upload.file.path))

            self.client.force_login(self.member_a)
            path = upload.file.path
            response = self.delete_upload(kind, upload)
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response.json()["success"])
            self.assertFalse(UploadedFile.objects.filter(pk=upload.pk).exists())
            self.assertFalse(os.path.exists(path))
