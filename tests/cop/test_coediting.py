"""Co-editing a space's pages in the Wagtail admin, over HTTP.

A member who may not publish sends an edit to the space's own workflow: its
coordinators are mailed, approve it, and the page goes live. Nobody outside the space
(and no superuser) is needed, and Wagtail's site-wide "Moderators approval" never
applies. Where the space lets members publish, they publish directly.
"""

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cop.factories import CommunityPageFactory, SpacePageFactory
from cop.models import CommunityPage
from cop.permissions import WORKFLOW_TASK_NAME, ensure_space_groups
from core.factories import log_and_publish
from members.factories import MembershipFactory
from tests.cop.world import build_world

NEW_TITLE = "Afspraken Alfa, samen herschreven"
NEW_INTRO = "Nieuwe afspraak qq4samen"


def edit_data(page, action, title=NEW_TITLE, intro=NEW_INTRO):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": rich_text(f"<p>{intro}</p>"),
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )


class CoeditingWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.page = cls.public_page_a
        log_and_publish(cls.page)
        cls.edit_url = reverse("wagtailadmin_pages:edit", args=[cls.page.pk])

    def submit_as_member(self):
        self.client.force_login(self.member_a)
        response = self.client.post(self.edit_url, edit_data(self.page, "action-submit"))
        self.assertEqual(response.status_code, 302)
        state = WorkflowState.objects.get(
            base_content_type__model="page",
            object_id=str(self.page.pk),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        return state, state.current_task_state

    def approve_url(self, task_state):
        return reverse(
            "wagtailadmin_pages:workflow_action", args=[self.page.pk, "approve", task_state.pk]
        )


class TestEverySpaceHasItsOwnWorkflow(CoeditingWorld):
    def test_the_space_page_and_its_pages_have_the_spaces_workflow(self):
        for space in (self.space_a, self.space_b):
            workflow = space.get_workflow()
            self.assertEqual(workflow.name, f"Goedkeuring {space.title} (ruimte {space.pk})")
            tasks = [task.specific for task in workflow.tasks.all()]
            self.assertEqual([task.name for task in tasks], [WORKFLOW_TASK_NAME])
            self.assertEqual(list(tasks[0].groups.all()), [space.coordinator_group])
        self.assertEqual(self.page.get_workflow(), self.space_a.get_workflow())
        self.assertNotEqual(self.page.get_workflow().name, "Moderators approval")

    def test_also_when_members_publish_and_whatever_moderated_says(self):
        for members_can_publish, moderated in ((True, False), (False, True), (True, True)):
            space = CommunityPageFactory(
                members_can_publish=members_can_publish, moderated=moderated
            )
            page = SpacePageFactory(parent=space)
            task = page.get_workflow().tasks.get().specific
            self.assertEqual(list(task.groups.all()), [space.coordinator_group])

    def test_it_is_idempotent_and_repairs_a_broken_workflow(self):
        space = CommunityPage.objects.get(pk=self.space_a.pk)
        workflow = space.get_workflow()
        ensure_space_groups(space)
        ensure_space_groups(space)
        self.assertEqual(space.get_workflow().pk, workflow.pk)
        self.assertEqual(workflow.workflow_tasks.count(), 1)

        # Broken: detached, deactivated, without its group, and a page inside the
        # space given the site-wide default workflow.
        from wagtail.models import Workflow, WorkflowPage

        task = workflow.tasks.get().specific
        task.groups.clear()
        WorkflowPage.objects.filter(page_id=space.pk).delete()
        Workflow.objects.filter(pk=workflow.pk).update(
            active=False, name=f"Goedkeuring oud (ruimte {space.pk})"
        )
        default = Workflow.objects.get(name="Moderators approval")
        WorkflowPage.objects.create(page=self.page, workflow=default)
        space.save_revision().publish()  # a save, as an editor makes it

        self.page.refresh_from_db()
        workflow.refresh_from_db()
        self.assertTrue(workflow.active)
        self.assertEqual(workflow.name, f"Goedkeuring {space.title} (ruimte {space.pk})")
        self.assertEqual(self.page.get_workflow().pk, workflow.pk)
        self.assertEqual(list(task.groups.all()), [space.coordinator_group])


class TestMemberSubmitsCoordinatorApproves(CoeditingWorld):
    def test_the_coordinator_approves_and_the_page_is_live(self):
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            state, task_state = self.submit_as_member()
        self.assertEqual(state.workflow, self.space_a.get_workflow())
        self.assertNotEqual(state.workflow.name, "Moderators approval")
        self.assertEqual(task_state.task.name, WORKFLOW_TASK_NAME)
        self.page.refresh_from_db()
        self.assertNotEqual(self.page.title, NEW_TITLE)  # not live yet
        # Wagtail's notification reaches the space's coordinator.
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn(self.coordinator_a.email, recipients)
        self.assertNotIn(self.member_b.email, recipients)

        # The coordinator's dashboard lists it.
        self.client.force_login(self.coordinator_a)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), NEW_TITLE)

        response = self.client.post(self.approve_url(task_state), {"comment": ""})
        self.assertIn(response.status_code, (200, 302))
        task_state.refresh_from_db()
        state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_APPROVED)
        self.assertEqual(task_state.finished_by, self.coordinator_a)
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)
        self.assertEqual(self.page.title, NEW_TITLE)
        self.assertIn(NEW_INTRO, self.page.intro)
        self.client.logout()
        self.assertContains(self.client.get(self.page.url), NEW_INTRO)

    def test_the_coordinator_is_not_locked_out_while_it_waits(self):
        _state, _task_state = self.submit_as_member()
        self.client.force_login(self.coordinator_a)
        response = self.client.get(self.edit_url)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.context["locked_for_user"])
        # And may change it further and publish.
        data = edit_data(self.page, "action-publish", title="Door de coördinator")
        self.assertEqual(self.client.post(self.edit_url, data).status_code, 302)
        self.page.refresh_from_db()
        self.assertEqual(self.page.title, "Door de coördinator")

    def test_a_member_of_another_space_or_the_author_cannot_approve(self):
        _state, task_state = self.submit_as_member()
        for user in (self.member_b, self.member_a):
            self.client.force_login(user)
            response = self.client.post(self.approve_url(task_state), {"comment": ""})
            self.assertIn(response.status_code, (302, 403))
            task_state.refresh_from_db()
            self.assertEqual(task_state.status, TaskState.STATUS_IN_PROGRESS)
        self.page.refresh_from_db()
        self.assertNotEqual(self.page.title, NEW_TITLE)

    def test_a_coordinator_of_another_space_cannot_approve(self):
        other = MembershipFactory(space=self.space_b, role="coordinator").user
        _state, task_state = self.submit_as_member()
        self.client.force_login(other)
        response = self.client.post(self.approve_url(task_state), {"comment": ""})
        self.assertIn(response.status_code, (302, 403))
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_IN_PROGRESS)


class TestMembersPublishDirectly(CoeditingWorld):
    def test_a_member_publishes_when_the_space_lets_members_publish(self):
        space = CommunityPage.objects.get(pk=self.space_a.pk)
        space.members_can_publish = True
        space.save()
        self.client.force_login(self.member_a)
        response = self.client.post(self.edit_url, edit_data(self.page, "action-publish"))
        self.assertEqual(response.status_code, 302)
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)
        self.assertEqual(self.page.title, NEW_TITLE)
        self.assertIn(NEW_INTRO, self.page.intro)
        self.assertFalse(
            WorkflowState.objects.filter(
                object_id=str(self.page.pk), status=WorkflowState.STATUS_IN_PROGRESS
            ).exists()
        )


class TestDataMigrationGivesOlderSpacesTheirWorkflow(CoeditingWorld):
    def test_a_space_without_workflow_gets_it(self):
        from importlib import import_module

        from django.apps import apps
        from wagtail.models import Workflow, WorkflowPage

        WorkflowPage.objects.filter(page_id=self.space_a.pk).delete()
        Workflow.objects.filter(name__endswith=f"(ruimte {self.space_a.pk})").delete()
        self.assertEqual(self.page.get_workflow().name, "Moderators approval")
        migration = import_module("cop.migrations.0006_space_workflows")
        migration.attach_workflows(apps, None)
        migration.attach_workflows(apps, None)  # twice: nothing doubles
        workflow = self.page.get_workflow()
        self.assertEqual(
            workflow.name, f"Goedkeuring {self.space_a.title} (ruimte {self.space_a.pk})"
        )
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.all()), [self.space_a.coordinator_group])
        self.assertEqual(Workflow.objects.filter(name=workflow.name).count(), 1)
        # The workflow the migration made works as the live code's: approve over HTTP.
        state, task_state = self.submit_as_member()
        self.assertEqual(state.workflow, workflow)
        self.client.force_login(self.coordinator_a)
        self.client.post(self.approve_url(task_state), {"comment": ""})
        self.page.refresh_from_db()
        self.assertEqual(self.page.title, NEW_TITLE)
