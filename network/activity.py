"""What is new in a set of spaces, for one person: Mijn netwerk and each space page.

`recent_activity(request, spaces)` asks every *activity source* for its items and
merges them, newest first. A source is a function `source(scope)` that returns an
iterable of `Activity` objects, or of dicts with the same keys (so an app below this
one need not import it). `scope` is a `Scope`: the person, their spaces, since when
(`WINDOW`), the hidden page paths of `cop.permissions.hidden_page_paths` (so a source
filters through `cop.permissions.public_pages` without asking again), and a limit.

The sources:

- `SOURCES`, this module's own: new or updated shared pages of the spaces, and events
  the spaces organise that were published in the window;
- every app config's `network_activity_sources`, a list of dotted paths to source
  functions. **This is where discussions plug in**: the conversation app lists its
  source function there, in its own `AppConfig`, and that function returns dicts such
  as {"kind": "thread", "label": "Nieuwe vraag", "title": ..., "url": ..., "when": ...,
  "space_id": ...}, only of posts `scope.user` may see. It names no module of this app
  and this app names none of it: the layers stay as they are. Example in
  docs/network.md.

Each source must answer in a fixed number of queries however many spaces there are
(tests/network/test_query_budget.py): one query over all spaces, not one per space.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from django.apps import apps
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from agenda.models import EventPage
from cop.models import SpacePage
from cop.permissions import hidden_page_paths, public_pages

WINDOW = timedelta(days=14)
LIMIT = 20


@dataclass(frozen=True)
class Activity:
    """One thing that happened in a space, as a line in a list."""

    kind: str  # "page", "event"; other apps add their own ("thread", "reply")
    label: str  # what happened, in Dutch: "Nieuwe pagina"
    title: str
    url: str
    when: datetime
    space_id: int
    space: object = None  # the space page, filled in by `recent_activity`


@dataclass
class Scope:
    """What a source gets: whose activity, in which spaces, since when."""

    request: object
    user: object
    spaces: list
    since: datetime
    hidden_paths: list
    limit: int = LIMIT
    space_ids: list = field(init=False)

    def __post_init__(self):
        self.space_ids = [space.pk for space in self.spaces]

    def inside_spaces(self):
        """A Q for the pages below these spaces (not the spaces themselves)."""
        query = Q(pk__in=[])
        for space in self.spaces:
            query |= Q(path__startswith=space.path, depth__gt=space.depth)
        return query

    def space_of(self, path):
        """The id of the space whose subtree holds `path`."""
        for space in self.spaces:
            if path.startswith(space.path):
                return space.pk
        return None


def shared_pages(scope):
    """Shared pages of the spaces published (new or again) in the window."""
    pages = SpacePage.objects.filter(scope.inside_spaces(), last_published_at__gte=scope.since)
    pages = public_pages(pages, scope.user, scope.hidden_paths)
    pages = pages.defer_streamfields().order_by("-last_published_at")[: scope.limit]
    return [
        Activity(
            kind="page",
            label=_("Nieuwe pagina")
            if page.first_published_at and page.first_published_at >= scope.since
            else _("Pagina bijgewerkt"),
            title=page.title,
            url=page.get_url(scope.request),
            when=page.last_published_at,
            space_id=scope.space_of(page.path),
        )
        for page in pages
    ]


def new_events(scope):
    """Events the spaces organise, first published in the window."""
    events = EventPage.objects.filter(
        space_id__in=scope.space_ids, first_published_at__gte=scope.since
    )
    events = public_pages(events, scope.user, scope.hidden_paths)
    events = events.defer_streamfields().order_by("-first_published_at")[: scope.limit]
    return [
        Activity(
            kind="event",
            label=_("Nieuwe activiteit in de agenda"),
            title=event.title,
            url=event.get_url(scope.request),
            when=event.first_published_at,
            space_id=event.space_id,
        )
        for event in events
    ]


SOURCES = [shared_pages, new_events]


def sources():
    """This module's sources and those the apps name in `network_activity_sources`."""
    found = list(SOURCES)
    for config in apps.get_app_configs():
        for path in getattr(config, "network_activity_sources", ()):
            found.append(import_string(path))
    return found


def _as_activity(item):
    return item if isinstance(item, Activity) else Activity(**item)


def recent_activity(request, spaces, since=None, limit=LIMIT, hidden_paths=None):
    """What happened in `spaces` since `since` (default: the last `WINDOW`) that
    `request.user` may see, newest first, at most `limit` items."""
    spaces = list(spaces)
    if not spaces:
        return []
    user = request.user
    scope = Scope(
        request=request,
        user=user,
        spaces=spaces,
        since=since or timezone.now() - WINDOW,
        hidden_paths=hidden_page_paths(user) if hidden_paths is None else hidden_paths,
        limit=limit,
    )
    by_id = {space.pk: space for space in spaces}
    items = []
    for source in sources():
        for item in source(scope):
            activity = _as_activity(item)
            items.append(replace(activity, space=by_id.get(activity.space_id)))
    items.sort(key=lambda activity: activity.when, reverse=True)
    return items[:limit]


def upcoming_events(request, spaces, limit=5, hidden_paths=None):
    """The next events the spaces organise that `request.user` may see, soonest first."""
    space_ids = [space.pk for space in spaces]
    if not space_ids:
        return []
    user = request.user
    paths = hidden_page_paths(user) if hidden_paths is None else hidden_paths
    events = EventPage.objects.filter(space_id__in=space_ids, end__gte=timezone.now())
    events = public_pages(events, user, paths).defer_streamfields().order_by("start")
    return list(events[:limit])
