"""Which pages may this person see in search? (DESIGN.md §4: never a page the viewer may not view.)

A page is viewable when it is live and every view restriction on it and its ancestors
accepts the person: "login" accepts anyone signed in, "groups" accepts superusers and
members of one of its groups. Shared passwords are switched off in the settings; a
password restriction, should one exist, hides its pages from search for everyone.

The rule itself is `cop.permissions.hidden_page_paths`; this module only applies it to
search's querysets.
"""

from cop.permissions import hidden_page_paths, hidden_q


def hidden_paths(user):
    """Paths of restricted pages that `user` may not pass (`cop.permissions`, the rule)."""
    return hidden_page_paths(user)


__all__ = ["hidden_paths", "hidden_q", "viewable"]


def viewable(queryset, paths):
    """Live pages below the tree root that are in none of the hidden subtrees."""
    queryset = queryset.live().filter(depth__gt=1)
    if paths:
        queryset = queryset.exclude(hidden_q(paths))
    return queryset
