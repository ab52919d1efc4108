"""May this person do this here? One place for every rule about spaces.

Views, templates, search and the admin hooks ask this module; nothing else compares
roles. The rules (docs/permissions.md):

- Each space owns two Wagtail groups: its *members* group (every active member,
  coordinators included) and its *coordinators* group. `ensure_space_groups` makes
  them and their `GroupPagePermission`s on the space page, so on the whole subtree:
  members add and change (and publish, if the space lets them); coordinators add,
  change, publish, lock and unlock.
- `sync_user_groups` puts a person in exactly the groups of the spaces where their
  membership is active. Nobody else touches those groups.
- Each space owns two collections for images and documents, made by
  `ensure_space_groups` too: one named after the space (under the root collection)
  and below it "Alleen leden", which carries a `CollectionViewRestriction` to the
  space's groups. Both groups may upload and choose in the space's collection (so in
  both); coordinators may also change and delete anyone's files there.
- A members-only SpacePage carries a `PageViewRestriction` to the members group.
  `viewable_pages` filters any page queryset down to what a person may see;
  `viewable_documents` does the same for documents behind a collection restriction.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cop.choices import EDITORS_GROUP, PROGRAMME_OFFICE_GROUP, JoinPolicy
from members.models import Membership, MembershipRole, MembershipStatus

MEMBER_PAGE_PERMISSIONS = ("add_page", "change_page")
COORDINATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
# Collection permissions on the space's collection (and so on "Alleen leden" below it).
# Wagtail lets whoever uploaded a file change and delete it with `add_*` alone; `change_*`
# and `delete_*` are for everyone's files, so for coordinators, as with pages.
MEMBER_MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "choose_image"),
    "wagtaildocs": ("add_document", "choose_document"),
}
COORDINATOR_MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "delete_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "delete_document", "choose_document"),
}
MEMBERS_COLLECTION_NAME = "Alleen leden"


# --- the site-wide role groups ----------------------------------------------------


def ensure_role_groups():
    """The groups "Redacteuren" and "Programmabureau", with admin access: the one place
    they are made (after every `migrate`, `cop.signals`; and by the editorial set-up).

    An app gives a role the model permissions it needs by naming them in its app
    config: `role_permissions = {PROGRAMME_OFFICE_GROUP: ["app_label.codename", ...]}`.
    Get-or-create throughout: safe to run again.
    """
    wanted = {EDITORS_GROUP: ["wagtailadmin.access_admin"]}
    wanted[PROGRAMME_OFFICE_GROUP] = ["wagtailadmin.access_admin"]
    for config in apps.get_app_configs():
        for name, codes in getattr(config, "role_permissions", {}).items():
            wanted[name] = wanted.get(name, []) + list(codes)
    groups = {}
    for name, codes in wanted.items():
        group, _created = Group.objects.get_or_create(name=name)
        query = Q(pk__in=[])
        for code in codes:
            app_label, codename = code.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(query))
        groups[name] = group
    return groups


# --- groups and page permissions -------------------------------------------------


def space_models():
    """The concrete space page models: those of this app with a `space_kind`."""
    models = apps.get_app_config("cop").get_models()
    return [model for model in models if getattr(model, "space_kind", None)]


def is_space(page):
    return bool(getattr(page, "space_kind", None))


def _group_name(space, suffix):
    return f"{space.title[:100]} – {suffix} (ruimte {space.pk})"


def _page_permissions(codenames):
    return list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    )


@transaction.atomic
def ensure_space_groups(space):
    """Create (or repair) the space's two groups, their admin access, their page
    permissions and, when the space asks for it, its moderation workflow. Idempotent.

    Reads the space's settings from the database, not from `space`: a draft that is
    only saved as a revision must not change who may publish.
    """
    model = type(space)
    stored = model.objects.filter(pk=space.pk).values(
        "title",
        "group_id",
        "coordinator_group_id",
        "collection_id",
        "members_collection_id",
        "members_can_publish",
    )[0]
    space.title = stored["title"]
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for field, suffix in (("group", "leden"), ("coordinator_group", "coördinatoren")):
        group = Group.objects.filter(pk=stored[f"{field}_id"]).first()
        name = _group_name(space, suffix)
        if group is None:
            group = Group.objects.create(name=name)
            model.objects.filter(pk=space.pk).update(**{field: group})
        elif group.name != name:
            group.name = name
            group.save(update_fields=["name"])
        setattr(space, field, group)
        group.permissions.add(access_admin)
        groups[field] = group

    member_codenames = MEMBER_PAGE_PERMISSIONS + (
        ("publish_page",) if stored["members_can_publish"] else ()
    )
    for field, codenames in (
        ("group", member_codenames),
        ("coordinator_group", COORDINATOR_PAGE_PERMISSIONS),
    ):
        group = groups[field]
        wanted = _page_permissions(codenames)
        GroupPagePermission.objects.filter(group=group).exclude(
            page_id=space.pk, permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=space.pk, permission=permission
            )
    _sync_workflow(space, groups["coordinator_group"])
    _sync_collections(space, stored, groups["group"], groups["coordinator_group"])
    return groups["group"], groups["coordinator_group"]


# --- collections for images and documents ------------------------------------------


def _collection_name(space):
    return f"{space.title[:200]} (ruimte {space.pk})"


def _media_permissions(codenames_by_app):
    query = Q(pk__in=[])
    for app_label, codenames in codenames_by_app.items():
        query |= Q(content_type__app_label=app_label, codename__in=codenames)
    return list(Permission.objects.filter(query))


def _sync_collections(space, stored, members, coordinators):
    """The space's collection, its "Alleen leden" child with the view restriction, and
    the groups' collection permissions. Repairs what is missing or renamed."""
    model = type(space)
    collection = Collection.objects.filter(pk=stored["collection_id"]).first()
    name = _collection_name(space)
    if collection is None:
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = root.add_child(name=name)
        model.objects.filter(pk=space.pk).update(collection=collection)
    elif collection.name != name:
        collection.name = name
        collection.save(update_fields=["name"])
    space.collection = collection

    private = Collection.objects.filter(pk=stored["members_collection_id"]).first()
    if private is None:
        private = collection.add_child(name=MEMBERS_COLLECTION_NAME)
        model.objects.filter(pk=space.pk).update(members_collection=private)
    elif private.name != MEMBERS_COLLECTION_NAME:
        private.name = MEMBERS_COLLECTION_NAME
        private.save(update_fields=["name"])
    space.members_collection = private

    # Exactly one restriction on "Alleen leden": to the space's two groups.
    restrictions = list(CollectionViewRestriction.objects.filter(collection=private))
    restriction = next(
        (r for r in restrictions if r.restriction_type == CollectionViewRestriction.GROUPS),
        None,
    )
    for other in restrictions:
        if other is not restriction:
            other.delete()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
    if set(restriction.groups.values_list("pk", flat=True)) != {members.pk, coordinators.pk}:
        restriction.groups.set([members, coordinators])

    for group, codenames in (
        (members, MEMBER_MEDIA_PERMISSIONS),
        (coordinators, COORDINATOR_MEDIA_PERMISSIONS),
    ):
        wanted = _media_permissions(codenames)
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=collection, permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def _retire_collections(space):
    """A deleted space's collections stay, with every file in them: nothing is lost.
    The name says the space is gone; "Alleen leden" keeps its restriction, which, with
    the space's groups deleted, nobody but a superuser passes."""
    collection = Collection.objects.filter(pk=space.collection_id).first()
    if collection is not None:
        collection.name = f"{space.title[:180]} (verwijderde ruimte {space.pk})"
        collection.save(update_fields=["name"])


def viewable_media(items, user):
    """Documents or images (`items`) without those in a collection behind a view
    restriction `user` does not pass (a collection's restriction covers its
    descendants). Two queries however many restrictions there are. Superusers see all."""
    if user is not None and user.is_active and user.is_superuser:
        return items
    restrictions = CollectionViewRestriction.objects.all()
    if user is not None and user.is_authenticated:
        restrictions = restrictions.exclude(
            restriction_type=CollectionViewRestriction.LOGIN
        ).exclude(restriction_type=CollectionViewRestriction.GROUPS, groups__user=user)
    paths = list(restrictions.values_list("collection__path", flat=True).distinct())
    if not paths:
        return items
    hidden = Q()
    for path in paths:
        hidden |= Q(path__startswith=path)
    # By collection id, a filter the search backend can apply (the chooser's search).
    hidden_ids = list(Collection.objects.filter(hidden).values_list("pk", flat=True))
    return items.exclude(collection_id__in=hidden_ids)


viewable_documents = viewable_media
viewable_images = viewable_media


# Each space's own approval workflow (see `_sync_workflow`). Users see these names.
WORKFLOW_TASK_NAME = "Goedkeuring door de coördinatoren"
LEGACY_WORKFLOW_NAME = "Moderatie ruimte {pk}"  # before every space had its workflow


def _workflow_name(space):
    return f"Goedkeuring {space.title[:200]} (ruimte {space.pk})"


def _sync_workflow(space, coordinator_group):
    """Give the space its own workflow, always: attached to the space page (so to every
    page below it), one GroupApprovalTask for the space's coordinators group. A member
    without publish rights sends an edit there: the coordinators get Wagtail's mail, see
    it on their dashboard, approve it, and keep editing while it waits (the task locks
    the page only for those who cannot approve). With `members_can_publish` members
    publish directly; the workflow is there for "Stuur door" only. So a space page never
    falls into the site-wide default workflow ("Moderators approval" on the root page).

    Idempotent and repairing: finds its workflow by name (or the one attached, or the
    old "Moderatie ruimte N"), renames it after the space, reactivates it, puts back the
    single task with the coordinators group, and drops other workflows attached to
    pages inside the space. Writes nothing when all is in order.

    The space's old `moderated` field is not read: every space is moderated by its
    coordinators for whoever may not publish, and `members_can_publish` alone decides
    whether members skip the approval.
    """
    name = _workflow_name(space)
    ours = Q(name__startswith="Goedkeuring ", name__endswith=f" (ruimte {space.pk})")
    ours |= Q(name=LEGACY_WORKFLOW_NAME.format(pk=space.pk))
    attached = WorkflowPage.objects.filter(page_id=space.pk).values_list("workflow_id", flat=True)
    candidates = list(Workflow.objects.filter(ours).order_by("pk"))
    workflow = next((w for w in candidates if w.pk in set(attached)), None)
    workflow = workflow or (candidates[0] if candidates else None)
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
    elif workflow.name != name or not workflow.active:
        workflow.name = name
        workflow.active = True
        workflow.save(update_fields=["name", "active"])

    # Its one task: a GroupApprovalTask that no other workflow shares (a shared task's
    # groups are not ours to change).
    links = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order", "pk"))
    own_tasks = GroupApprovalTask.objects.filter(pk__in=[link.task_id for link in links])
    shared = set(
        WorkflowTask.objects.filter(task__in=own_tasks)
        .exclude(workflow=workflow)
        .values_list("task_id", flat=True)
    )
    task = next((t for t in own_tasks.order_by("pk") if t.pk not in shared), None)
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_TASK_NAME, active=True)
    elif task.name != WORKFLOW_TASK_NAME or not task.active:
        task.name = WORKFLOW_TASK_NAME
        task.active = True
        task.save(update_fields=["name", "active"])
    if list(task.groups.values_list("pk", flat=True)) != [coordinator_group.pk]:
        task.groups.set([coordinator_group])
    if [(link.task_id, link.sort_order) for link in links] != [(task.pk, 0)]:
        WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )

    if set(attached) != {workflow.pk}:
        WorkflowPage.objects.update_or_create(page_id=space.pk, defaults={"workflow": workflow})
    # No other workflow inside the space: nobody outside it approves its pages.
    path, depth = Page.objects.filter(pk=space.pk).values_list("path", "depth")[0]
    WorkflowPage.objects.filter(page__path__startswith=path, page__depth__gt=depth).delete()


def delete_space_groups(space):
    _retire_collections(space)
    Group.objects.filter(pk__in=[space.group_id, space.coordinator_group_id]).delete()
    Workflow.objects.filter(name=_workflow_name(space)).update(active=False)


def sync_user_groups(user):
    """Put `user` in exactly the space groups their active memberships call for."""
    all_space_groups = set()
    wanted = set()
    for model in space_models():
        for space in model.objects.filter(memberships__user=user).values(
            "group_id",
            "coordinator_group_id",
            "memberships__status",
            "memberships__role",
        ):
            if space["memberships__status"] != MembershipStatus.ACTIVE:
                continue
            wanted.add(space["group_id"])
            if space["memberships__role"] == MembershipRole.COORDINATOR:
                wanted.add(space["coordinator_group_id"])
        for ids in model.objects.values_list("group_id", "coordinator_group_id"):
            all_space_groups.update(ids)
    wanted.discard(None)
    all_space_groups.discard(None)
    current = set(user.groups.filter(pk__in=all_space_groups).values_list("pk", flat=True))
    if current - wanted:
        user.groups.remove(*(current - wanted))
    if wanted - current:
        user.groups.add(*(wanted - current))


# --- members-only pages -----------------------------------------------------------


def sync_members_only(page):
    """Keep a SpacePage's view restriction in step with its stored `members_only`."""
    members_only = (
        type(page).objects.filter(pk=page.pk).values_list("members_only", flat=True).first()
    )
    space = page.get_space()
    if space is None:
        return
    if space.group_id is None:
        ensure_space_groups(space)
    # A page moved here from another space must not stay readable by that space's
    # members: a restriction to any other space's members group is not ours.
    other_spaces_groups = [
        group_id
        for model in space_models()
        for group_id in model.objects.exclude(group_id=None).values_list("group_id", flat=True)
        if group_id != space.group_id
    ]
    PageViewRestriction.objects.filter(
        page_id=page.pk,
        restriction_type=PageViewRestriction.GROUPS,
        groups__in=other_spaces_groups,
    ).delete()
    # A restriction whose groups were all deleted (the space's old groups) lets nobody in.
    PageViewRestriction.objects.filter(
        page_id=page.pk, restriction_type=PageViewRestriction.GROUPS, groups=None
    ).delete()
    ours = PageViewRestriction.objects.filter(
        page_id=page.pk,
        restriction_type=PageViewRestriction.GROUPS,
        groups=space.group_id,
    )
    if members_only and not ours.exists():
        restriction = PageViewRestriction.objects.create(
            page_id=page.pk, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([space.group_id])
    elif not members_only and ours.exists():
        ours.delete()


def hidden_page_paths(user):
    """Tree paths of the pages behind a view restriction `user` does not pass: "login"
    lets in anyone signed in, "groups" superusers and members of one of its groups; a
    password restriction (switched off in the settings) hides its pages from everyone.
    Their whole subtrees are hidden. One query, however many restrictions there are;
    nested paths are pruned. This is the rule; everything else filters with it."""
    restrictions = PageViewRestriction.objects.all()
    if user is not None and user.is_authenticated and user.is_active:
        restrictions = restrictions.exclude(restriction_type=PageViewRestriction.LOGIN)
        if user.is_superuser:
            restrictions = restrictions.exclude(restriction_type=PageViewRestriction.GROUPS)
        else:
            restrictions = restrictions.exclude(
                restriction_type=PageViewRestriction.GROUPS, groups__user=user
            )
    pruned = []
    for path in sorted(set(restrictions.values_list("page__path", flat=True))):
        if not any(path.startswith(kept) for kept in pruned):
            pruned.append(path)
    return pruned


def hidden_q(paths):
    """A Q that matches the pages inside the hidden subtrees."""
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path)
    return query


def viewable_pages(pages, user, paths=None):
    """`pages` without those behind a view restriction `user` does not pass (drafts
    included: for the admin's lists; public listings add `.live()`). One query for the
    restrictions however many pages there are; pass `paths` when already known."""
    paths = hidden_page_paths(user) if paths is None else paths
    return pages.exclude(hidden_q(paths)) if paths else pages


def public_pages(pages, user, paths=None):
    """Live pages below the tree root that `user` may view: what every public listing,
    feed, calendar, sitemap, search hit, count, facet and suggestion may show."""
    return viewable_pages(pages.live().filter(depth__gt=1), user, paths)


def hidden_path_test(paths):
    """`hidden_q` in Python, for page paths already read (search's catalogue of the
    live pages below the root, read once for everyone): a function that says whether a
    path lies in one of the hidden subtrees `paths`."""
    prefixes = tuple(paths)

    def hidden(path):
        return bool(prefixes) and path.startswith(prefixes)

    return hidden


def public_pages_sql(paths, alias="p"):
    """`public_pages` as a SQL condition on the page table aliased `alias`, for the few
    hand-written queries (search ranking), with its parameters: `(sql, params)`.

    The same rule, so it lives here: live, below the root, in no hidden subtree. The
    prefix test is `substr`, exact and case-sensitive on SQLite and PostgreSQL alike."""
    hidden = "".join(f" AND substr({alias}.path, 1, %s) <> %s" for _path in paths)
    params = [value for path in paths for value in (len(path), path)]
    return f"{alias}.live AND {alias}.depth > 1{hidden}", params


def can_view_page(user, page):
    return viewable_pages(Page.objects.filter(pk=page.pk), user).exists()


# --- memberships ------------------------------------------------------------------


def membership_for(user, space):
    if user is None or not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, space_id=space.pk).first()


def is_programme_office(user):
    """Superusers and the group "Programmabureau": the one definition every app uses."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=PROGRAMME_OFFICE_GROUP).exists())
    )


def programme_office_users():
    """The people `is_programme_office` says yes to, as a queryset (active accounts)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=PROGRAMME_OFFICE_GROUP))
        .distinct()
    )


def is_coordinator(user, space):
    """An active coordinator of `space` (a page or its id): the one definition every app
    uses (events, practices, members)."""
    if user is None or not user.is_authenticated or not user.is_active or not space:
        return False
    space_id = getattr(space, "pk", space)
    return Membership.objects.coordinators().filter(user=user, space_id=space_id).exists()


def can_manage_members(user, space):
    """Coordinators of this space, and the programme office."""
    return is_programme_office(user) or is_coordinator(user, space)


def is_member(user, space):
    membership = membership_for(user, space)
    return bool(membership and membership.is_active)


def can_see_members(user, space):
    """Who may see a space's member list: its active members (coordinators included)
    and whoever manages its members (`can_manage_members`). The one rule every route
    that shows who is in a space asks; what it shows of a person is
    `cop.member_list.VISIBLE_FIELDS`."""
    return is_member(user, space) or can_manage_members(user, space)


@dataclass
class SpaceState:
    """What the join panel of a space shows this person."""

    action: str  # login | join | request | pending | invited | member | closed
    membership: object = None
    can_manage: bool = False

    @property
    def is_member(self):
        return self.action == "member"


def space_state(user, space):
    if user is None or not user.is_authenticated:
        return SpaceState("login")
    membership = membership_for(user, space)
    manage = can_manage_members(user, space)
    status = membership.status if membership else None
    if status == MembershipStatus.ACTIVE:
        return SpaceState("member", membership, manage)
    if status == MembershipStatus.REQUESTED:
        return SpaceState("pending", membership, manage)
    if status == MembershipStatus.INVITED:
        return SpaceState("invited", membership, manage)
    if space.join_policy == JoinPolicy.OPEN:
        return SpaceState("join", membership, manage)
    if space.join_policy == JoinPolicy.REQUEST:
        return SpaceState("request", membership, manage)
    return SpaceState("closed", membership, manage)


def user_spaces(user):
    """Pages of every space where `user` is an active member."""
    space_ids = Membership.objects.active().filter(user=user).values("space_id")
    return Page.objects.filter(pk__in=space_ids).specific()
