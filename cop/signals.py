"""Keep each space's groups and each members-only page's restriction in step.

Connected in `CopConfig.ready`. A space gets its groups when it is first saved
(also when made in code, by factories or `seed_demo`); a SpacePage's restriction
follows the stored `members_only` flag, so a draft changes nothing until published,
and the space it is in: moved to another space, it takes that space's restriction.
After `migrate`, spaces that lack their groups or collections (an older database) get
them, and their members-only pages the new group's restriction.
"""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, DatabaseError, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_migrate, post_save
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


def sync_members_only_pages(root):
    """The members-only SpacePages at and below `root` take their space's restriction."""
    from cop.models import SpacePage

    for page in SpacePage.objects.descendant_of(root, inclusive=True).filter(members_only=True):
        permissions.sync_members_only(page)


def page_moved(sender, instance, **kwargs):
    """A members-only page (or a subtree holding some) moved to another space takes
    the restriction of its new space, and loses the old one."""
    sync_members_only_pages(instance)


def repair_spaces(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """After `migrate`: a space made before its groups or collections existed (an older
    database, or one restored from a backup) gets them, and its members their groups.
    Cheap when nothing is missing: one query per space model."""
    from django.contrib.auth import get_user_model

    missing = Q(group=None) | Q(coordinator_group=None)
    missing |= Q(collection=None) | Q(members_collection=None)
    for model in permissions.space_models():
        try:
            with transaction.atomic(using=using):
                spaces = list(model.objects.using(using).filter(missing))
        except DatabaseError:  # migrated back to before these fields: nothing to do
            return
        for space in spaces:
            permissions.ensure_space_groups(space)
            for user in get_user_model().objects.filter(memberships__space=space).distinct():
                permissions.sync_user_groups(user)
            sync_members_only_pages(space)


def space_deleted(sender, instance, **kwargs):
    if permissions.is_space(instance):
        permissions.delete_space_groups(instance)


def connect():
    from cop.models import SpacePage

    post_page_move.connect(page_moved, dispatch_uid="cop-page-moved")
    post_migrate.connect(
        repair_spaces, sender=apps.get_app_config("cop"), dispatch_uid="cop-repair-spaces"
    )
    for model in [*permissions.space_models(), SpacePage]:
        post_save.connect(space_saved, sender=model, dispatch_uid=f"cop-saved-{model.__name__}")
    for model in permissions.space_models():
        post_delete.connect(
            space_deleted, sender=model, dispatch_uid=f"cop-deleted-{model.__name__}"
        )
