"""Keep each space's groups and each members-only page's restriction in step.

Connected in `CopConfig.ready`. A space gets its groups when it is first saved
(also when made in code, by factories or `seed_demo`); a SpacePage's restriction
follows the stored `members_only` flag, so a draft changes nothing until published.
"""

from django.db.models.signals import post_delete, post_save

from cop import permissions


def space_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from cop.models import SpacePage

    if permissions.is_space(instance):
        permissions.ensure_space_groups(instance)
    elif isinstance(instance, SpacePage):
        permissions.sync_members_only(instance)


def space_deleted(sender, instance, **kwargs):
    if permissions.is_space(instance):
        permissions.delete_space_groups(instance)


def connect():
    from cop.models import SpacePage

    for model in [*permissions.space_models(), SpacePage]:
        post_save.connect(space_saved, sender=model, dispatch_uid=f"cop-saved-{model.__name__}")
    for model in permissions.space_models():
        post_delete.connect(
            space_deleted, sender=model, dispatch_uid=f"cop-deleted-{model.__name__}"
        )
