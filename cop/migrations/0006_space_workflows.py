"""Every space gets its own approval workflow (cop.permissions._sync_workflow).

Spaces made before this had one only when `moderated` was on; the others fell into
Wagtail's site-wide "Moderators approval". This gives each space that has its
coordinators group a workflow "Goedkeuring <titel> (ruimte N)" on its page, with one
GroupApprovalTask "Goedkeuring door de coördinatoren" for that group. A space without
groups gets everything from `cop.signals.repair_spaces` after migrate. Saving a space
repairs it again, so this only has to make what is missing.
"""

from django.db import migrations
from django.db.models import Q

SPACE_MODELS = ("CommunityPage", "FieldlabPage", "DialoguePage")
TASK_NAME = "Goedkeuring door de coördinatoren"


def attach_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type = None
    for model_name in SPACE_MODELS:
        model = apps.get_model("cop", model_name)
        for space in model.objects.exclude(coordinator_group=None):
            name = f"Goedkeuring {space.title[:200]} (ruimte {space.pk})"
            ours = Q(name__startswith="Goedkeuring ", name__endswith=f" (ruimte {space.pk})")
            ours |= Q(name=f"Moderatie ruimte {space.pk}")
            workflow = Workflow.objects.filter(ours).order_by("pk").first()
            if workflow is None:
                workflow = Workflow.objects.create(name=name, active=True)
            else:
                Workflow.objects.filter(pk=workflow.pk).update(name=name, active=True)
            if not WorkflowTask.objects.filter(workflow=workflow).exists():
                if task_type is None:
                    task_type, _ = ContentType.objects.get_or_create(
                        app_label="wagtailcore", model="groupapprovaltask"
                    )
                task = GroupApprovalTask.objects.create(
                    name=TASK_NAME, active=True, content_type=task_type
                )
                task.groups.set([space.coordinator_group_id])
                WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            WorkflowPage.objects.update_or_create(page_id=space.pk, defaults={"workflow": workflow})
            page = Page.objects.get(pk=space.pk)
            WorkflowPage.objects.filter(
                page__path__startswith=page.path, page__depth__gt=page.depth
            ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cop", "0005_space_collections"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(attach_workflows, migrations.RunPython.noop)]
