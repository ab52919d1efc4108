"""Keep each space's groups and each members-only page's restriction in step.

Connected in `CopConfig.ready`. A space gets its groups when it is first saved
(also when made in code, by factories or `seed_demo`); a SpacePage's restriction
follows the stored `members_only` flag, so a draft changes nothing until published,
and the space it is in: moved to another space, it takes that space's restriction.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from cop import permissions


def space_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from cop.models import SpacePage

    if permissions.is_space(instance):
        permissions.ensure_space_groups(instance)
    elif isinstance(instance, SpacePage):
        permissions.sync_members_only(instance)


def page_moved(sender, instance, **kwargs):
    """A members-only page (or a subtree holding some) moved to another space takes
    the restriction of its new space, and loses the old one."""
    from cop.models import SpacePage

    for page in SpacePage.objects.descendant_of(instance, inclusive=True).filter(members_only=True):
        permissions.sync_members_only(page)


def space_deleted(sender, instance, **kwargs):
    if permissions.is_space(instance):
        permissions.delete_space_groups(instance)


def connect():
    from cop.models import SpacePage

    post_page_move.connect(page_moved, dispatch_uid="cop-page-moved")
    for model in [*permissions.space_models(), SpacePage]:
        post_save.connect(space_saved, sender=model, dispatch_uid=f"cop-saved-{model.__name__}")
    for model in permissions.space_models():
        post_delete.connect(
            space_deleted, sender=model, dispatch_uid=f"cop-deleted-{model.__name__}"
        )
