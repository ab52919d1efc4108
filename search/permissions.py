"""Which pages may this person see in search? (DESIGN.md §4: never a page the viewer may not view.)

A page is viewable when it is live and every view restriction on it and its ancestors
accepts the person: "login" accepts anyone signed in, "groups" accepts superusers and
members of one of its groups. Shared passwords are switched off in the settings; a
password restriction, should one exist, hides its pages from search for everyone.

The answer is a list of tree paths whose subtrees are hidden: two queries, however
many restrictions and pages there are.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction


def hidden_paths(user):
    """Paths of restricted pages that `user` may not pass; their subtrees are hidden."""
    authenticated = bool(user is not None and user.is_authenticated)
    superuser = authenticated and user.is_superuser
    user_groups = set(user.groups.values_list("pk", flat=True)) if authenticated else set()
    paths = []
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        kind = restriction.restriction_type
        if kind == PageViewRestriction.LOGIN and authenticated:
            continue
        if kind == PageViewRestriction.GROUPS and (
            superuser or user_groups & {group.pk for group in restriction.groups.all()}
        ):
            continue
        paths.append(restriction.page.path)
    # A restricted page inside another hidden subtree adds nothing.
    paths.sort()
    pruned = []
    for path in paths:
        if not any(path.startswith(kept) for kept in pruned):
            pruned.append(path)
    return pruned


def hidden_q(paths):
    """A Q that matches the pages inside the hidden subtrees."""
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path)
    return q


def viewable(queryset, paths):
    """Live pages below the tree root that are in none of the hidden subtrees."""
    queryset = queryset.live().filter(depth__gt=1)
    if paths:
        queryset = queryset.exclude(hidden_q(paths))
    return queryset
