"""Editorial publishing: groups, moderation workflow, scheduled publishing, documents."""

import datetime
from io import StringIO

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from articles.editorial import (
    EDITORS_GROUP,
    PROGRAMME_OFFICE_GROUP,
    WORKFLOW_NAME,
    ensure_editorial_setup,
)
from articles.factories import ArticlePageFactory, get_article_index
from articles.models import ArticlePage
from core.factories import DocumentFactory, ImageFactory
from members.factories import UserFactory


class EditorialWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_article_index()  # the signal attaches the workflow
        cls.editor = UserFactory()
        cls.editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
        cls.officer = UserFactory()
        cls.officer.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
        cls.article = ArticlePageFactory(parent=cls.index, title="Concept", live=False)
        cls.article.save_revision(user=cls.editor)


class TestEditorialGroupsAndWorkflow(EditorialWorld):
    def test_groups_exist_once_even_when_set_up_twice(self):
        ensure_editorial_setup()
        ensure_editorial_setup()
        self.assertEqual(Group.objects.filter(name=EDITORS_GROUP).count(), 1)
        self.assertEqual(Group.objects.filter(name=PROGRAMME_OFFICE_GROUP).count(), 1)

    def test_the_articles_index_has_the_moderation_workflow(self):
        self.assertEqual(self.article.get_workflow().name, WORKFLOW_NAME)

    def test_editor_may_edit_but_not_publish_the_office_may_publish(self):
        editor_perms = self.article.permissions_for_user(self.editor)
        self.assertTrue(editor_perms.can_edit())
        self.assertFalse(editor_perms.can_publish())
        self.assertTrue(self.article.permissions_for_user(self.officer).can_publish())

    def test_editor_submits_and_the_programme_office_approves(self):
        self.client.force_login(self.editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.article.pk])
        self.assertEqual(self.client.get(edit_url).status_code, 200)
        workflow = self.article.get_workflow()
        state = workflow.start(self.article, self.editor)
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        task_state = state.current_task_state
        task = task_state.task.specific
        self.assertFalse(task.user_can_access_editor(self.article, self.editor))
        self.assertIn(
            "approve",
            [name for name, _label, _modal in task.get_actions(self.article, self.officer)],
        )
        task.on_action(task_state, self.officer, "approve")
        self.article.refresh_from_db()
        self.assertTrue(self.article.live)
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)

    def test_editors_and_the_office_find_and_upload_images_and_documents_in_the_choosers(self):
        image = ImageFactory(title="Schoolplein in de pauze")
        document = DocumentFactory(title="Handreiking thuiszitters")
        for person in (self.editor, self.officer):
            self.client.force_login(person)
            images = self.client.get(reverse("wagtailimages_chooser:choose"))
            self.assertContains(images, image.title)
            self.assertContains(images, "image-chooser-upload-file")
            documents = self.client.get(reverse("wagtaildocs_chooser:choose"))
            self.assertContains(documents, document.title)
            self.assertContains(documents, "document-chooser-upload-file")


class TestScheduledPublishing(TestCase):
    def test_publish_scheduled_puts_an_article_live_at_its_time(self):
        article = ArticlePageFactory(title="Later", live=False)
        article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
        revision = article.save_revision()
        revision.publish()  # with a future go_live_at this schedules, not publishes
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(self.client.get(article.url or "/actueel/later/").status_code, 404)
        # An hour later, as far as the schedule is concerned:
        past = timezone.now() - datetime.timedelta(minutes=1)
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
        call_command("publish_scheduled", stdout=StringIO())
        article.refresh_from_db()
        self.assertTrue(article.live)


class TestDocuments(TestCase):
    def test_documents_are_served_through_django_with_an_allow_list_and_size_limit(self):
        self.assertEqual(settings.WAGTAILDOCS_SERVE_METHOD, "serve_view")
        self.assertIn("pdf", settings.WAGTAILDOCS_EXTENSIONS)
        self.assertNotIn("exe", settings.WAGTAILDOCS_EXTENSIONS)
        self.assertNotIn("html", settings.WAGTAILDOCS_EXTENSIONS)
        self.assertLessEqual(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, 50 * 1024 * 1024)

    def test_a_document_download_shows_type_and_size_and_is_served(self):
        document = DocumentFactory(title="Werkwijze")
        article = ArticlePageFactory(body=[("document", {"document": document, "title": ""})])
        response = self.client.get(article.url)
        self.assertContains(response, "(PDF, ")
        self.assertContains(response, document.url)
        self.assertTrue(document.url.startswith("/documenten/"))
        download = self.client.get(document.url)
        self.assertEqual(download.status_code, 200)

    def test_upload_of_a_forbidden_extension_is_refused(self):
        from members.factories import SuperUserFactory

        self.client.force_login(SuperUserFactory())
        response = self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Gevaarlijk",
                "file": SimpleUploadedFile("virus.exe", b"MZ..."),
                "collection": 1,
            },
        )
        self.assertEqual(response.status_code, 200)  # the form again, with an error
        from wagtail.documents.models import Document

        self.assertFalse(Document.objects.filter(title="Gevaarlijk").exists())

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10)
    def test_upload_above_the_size_limit_is_refused(self):
        from wagtail.documents.models import Document

        from members.factories import SuperUserFactory

        self.client.force_login(SuperUserFactory())
        self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Te groot",
                "file": SimpleUploadedFile("groot.pdf", b"x" * 100),
                "collection": 1,
            },
        )
        self.assertFalse(Document.objects.filter(title="Te groot").exists())


class TestArticlePage(TestCase):
    def test_article_shows_lead_author_date_and_related_content(self):
        article = ArticlePageFactory(
            title="Nieuws", author="Marijke", lead="Een korte inleiding.", themes=["thuiszitters"]
        )
        ArticlePageFactory(title="Ook over thuiszitters", themes=["thuiszitters"])
        response = self.client.get(article.url)
        self.assertContains(response, "Een korte inleiding.")
        self.assertContains(response, "door Marijke")
        self.assertContains(response, "Ook over thuiszitters")
        self.assertIsInstance(article, ArticlePage)


class TestSetupEditorialCommand(TestCase):
    def test_the_command_attaches_the_workflow_to_existing_indexes(self):
        from wagtail.models import WorkflowPage

        index = get_article_index()
        WorkflowPage.objects.filter(page=index).delete()
        out = StringIO()
        call_command("setup_editorial", stdout=out)
        self.assertIn(WORKFLOW_NAME, out.getvalue())
        self.assertTrue(WorkflowPage.objects.filter(page=index).exists())
        call_command("setup_editorial", stdout=StringIO())
        self.assertEqual(WorkflowPage.objects.filter(page=index).count(), 1)
