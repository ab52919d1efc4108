"""Speed-ups of Wagtail's admin for members of many spaces (not superusers).

1. One query less per row in the explorer.

Wagtail's `PagePermissionTester.can_delete()` (also behind `can_move()`) asks the
database whether the page or a descendant is live when the person may not publish; the
explorer calls both for every listed page, so a member of 50 spaces paid two queries
per row. When the page itself is live the answer is known without asking: the page is
among its own descendants (`inclusive=True`), so the result is False either way. This
wrapper returns that answer early and otherwise calls Wagtail's own method unchanged.
Remove it when Wagtail short-circuits this itself
(tests/core/test_query_budgets.py guards the behaviour and the budget).

2. The pages a person may act on, or explore, as one filter. Wagtail's
`PagePermissionPolicy` builds these querysets by OR-ing one queryset per page
permission (`qs |= descendant_of(page)`, and once more per page for its ancestors);
each `|` clones and re-aliases the whole query so far, so a member of 50 spaces (two
permissions per space) spent about 250 ms in Django's query combination on every
admin page, before any SQL ran. The replacements OR the same conditions as `Q`
objects and filter once: the same rows, the same SQL shape
(tests/core/test_admin_speedups.py compares them with Wagtail's own for members of
1 and 50 spaces).
"""

from functools import wraps

from django.db.models import Q
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

_original_can_delete = PagePermissionTester.can_delete


@wraps(_original_can_delete)
def can_delete(self, ignore_bulk=False):
    if (
        self.user.is_active
        and not self.user.is_superuser
        and not self.page_is_root
        and self.page.live
        and "publish" not in self.permissions
    ):
        return False
    return _original_can_delete(self, ignore_bulk=ignore_bulk)


_original_instances = PagePermissionPolicy.instances_user_has_any_permission_for
_original_explorable = PagePermissionPolicy.explorable_instances


def _permitted_q(policy, user, actions):
    """Wagtail's `instances_user_has_any_permission_for`, as one Q."""
    manager = policy.model._default_manager
    codenames = policy._get_permission_codenames(actions)
    add = policy._get_permission_codename("add")
    q = Q(pk__in=[])
    for perm in policy.get_cached_permissions_for_user(user):
        codename = perm.permission.codename
        if codename == add and "add" not in actions and "change" in actions:
            q |= manager.descendant_of_q(perm.page, inclusive=True) & Q(owner=user)
        elif codename in codenames:
            q |= manager.descendant_of_q(perm.page, inclusive=True)
    return q


@wraps(_original_instances)
def instances_user_has_any_permission_for(self, user, actions):
    base_queryset = self._base_queryset_for_user(user)
    if base_queryset is not None:
        return base_queryset
    return self.model._default_manager.filter(_permitted_q(self, user, actions))


@wraps(_original_explorable)
def explorable_instances(self, user):
    base_queryset = self._base_queryset_for_user(user)
    if base_queryset is not None:
        return base_queryset
    manager = self.model._default_manager
    q = _permitted_q(self, user, {"add", "change", "publish", "lock", "unlock", "bulk_delete"})
    pages = [perm.page for perm in self.get_cached_permissions_for_user(user)]
    for page in pages:
        q |= manager.ancestor_of_q(page)
    common = self.model.base_page_model.objects.first_common_ancestor_of(pages)
    return manager.filter(q).filter(path__startswith=common.path)


def apply():
    if PagePermissionTester.can_delete is not can_delete:
        PagePermissionTester.can_delete = can_delete
    if PagePermissionPolicy.explorable_instances is not explorable_instances:
        PagePermissionPolicy.instances_user_has_any_permission_for = (
            instances_user_has_any_permission_for
        )
        PagePermissionPolicy.explorable_instances = explorable_instances
