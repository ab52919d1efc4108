"""The editorial set-up: groups, page permissions and the moderation workflow.

- "Redacteuren" (editors) may add and change articles, and submit them for moderation;
- "Programmabureau" (the programme office) approves: it may publish, and it is the
  group of the one task of the workflow "Redactie".
- Both may upload and choose images and documents (collection permissions on the root
  collection, so every collection): without them the choosers in the article editor
  are empty and have no upload tab.

The groups are made by `cop.permissions.ensure_role_groups` (after every migrate);
the workflow and the page permissions need the index pages, so `ensure_editorial_setup`
attaches them whenever an ArticleIndexPage or BottleneckIndexPage is created (signal in
`articles.signals`) and when `seed_demo` runs. Everything is get-or-create: safe to run
again, and it converges with a group of the same name made elsewhere.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from articles.models import ArticleIndexPage
from bottlenecks.models import BottleneckIndexPage
from cop.permissions import EDITORS_GROUP, PROGRAMME_OFFICE_GROUP, ensure_role_groups

WORKFLOW_NAME = "Redactie"
TASK_NAME = "Goedkeuring door het programmabureau"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
OFFICE_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page"]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "choose_image"],
    "wagtaildocs": ["add_document", "choose_document"],
}


def ensure_groups():
    groups = ensure_role_groups()
    editors, office = groups[EDITORS_GROUP], groups[PROGRAMME_OFFICE_GROUP]
    grant_media(editors)
    grant_media(office)
    return editors, office


def grant_media(group):
    """Upload and choose images and documents in every collection (the root's subtree)."""
    root = Collection.get_first_root_node()
    if root is None:  # a flushed test database; the factories recreate it
        return
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def ensure_workflow(office):
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(office)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def grant(group, page, codenames):
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@transaction.atomic
def ensure_editorial_setup(pages=None):
    """Groups, workflow, and (for each given index page) permissions and workflow."""
    editors, office = ensure_groups()
    workflow = ensure_workflow(office)
    if pages is None:
        pages = [*ArticleIndexPage.objects.all(), *BottleneckIndexPage.objects.all()]
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
        if isinstance(page.specific_deferred, ArticleIndexPage):
            grant(editors, page, EDITOR_PAGE_PERMISSIONS)
        grant(office, page, OFFICE_PAGE_PERMISSIONS)
    return workflow
