"""Keep each space's groups and each members-only page's restriction in step.

Connected in `CopConfig.ready`. A space gets its groups when it is first saved
(also when made in code, by factories or `seed_demo`); a SpacePage's restriction
follows the stored `members_only` flag, so a draft changes nothing until published,
and the space it is in: moved to another space, it takes that space's restriction.
After `migrate`, spaces that lack their groups or collections (an older database) get
them, and their members-only pages the new group's restriction. A membership saved or
deleted puts its person in the right groups (`members` knows nothing of groups), and a
published SpacePage is mailed to the members of its space who chose "immediately".
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, DatabaseError, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, post_page_move

from cop import permissions
from cop.emails import send_page_published
from cop.models import SpacePage
from members.models import Membership


def space_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if permissions.is_space(instance):
        permissions.ensure_space_groups(instance)
    elif isinstance(instance, SpacePage):
        permissions.sync_members_only(instance)


def sync_members_only_pages(root):
    """The members-only SpacePages at and below `root` take their space's restriction."""
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


def role_groups_after_migrate(sender, **kwargs):
    """The role groups and their permissions, once the last app's permissions exist
    (connected to the last app config `migrate` and `flush` report on)."""
    permissions.ensure_role_groups()


def space_deleted(sender, instance, **kwargs):
    if permissions.is_space(instance):
        permissions.delete_space_groups(instance)


def membership_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.user_id:
        permissions.sync_user_groups(instance.user)


def membership_deleted(sender, instance, origin=None, **kwargs):
    """Also when a queryset of memberships is deleted; not when the person's account
    itself is being deleted (its groups go with it)."""
    if instance.user_id is None or isinstance(origin, get_user_model()):
        return
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        permissions.sync_user_groups(user)


def page_went_live(sender, instance, revision=None, **kwargs):
    space = instance.get_space()
    if space is not None:
        send_page_published(instance, space, publisher=getattr(revision, "user", None))


def connect():
    post_page_move.connect(page_moved, dispatch_uid="cop-page-moved")
    post_save.connect(membership_saved, sender=Membership, dispatch_uid="cop-membership-saved")
    post_delete.connect(
        membership_deleted, sender=Membership, dispatch_uid="cop-membership-deleted"
    )
    page_published.connect(page_went_live, sender=SpacePage, dispatch_uid="cop-page-published")
    post_migrate.connect(
        repair_spaces, sender=apps.get_app_config("cop"), dispatch_uid="cop-repair-spaces"
    )
    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    post_migrate.connect(role_groups_after_migrate, sender=last_app, dispatch_uid="cop-roles")
    for model in [*permissions.space_models(), SpacePage]:
        post_save.connect(space_saved, sender=model, dispatch_uid=f"cop-saved-{model.__name__}")
    for model in permissions.space_models():
        post_delete.connect(
            space_deleted, sender=model, dispatch_uid=f"cop-deleted-{model.__name__}"
        )
