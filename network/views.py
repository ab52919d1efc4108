"""Mijn netwerk: where a member lands after logging in (`LOGIN_REDIRECT_URL`).

Their spaces with their role (`cop.permissions.user_spaces`), what is new there
(`network.activity.recent_activity`), the spaces' coming events, and an invitation
to join a space when they have none. Logged-in people only; a fixed number of queries
however many spaces (tests/network/test_query_budget.py).
"""

from django.shortcuts import redirect, render
from wagtail.models import Page

from cop.models import SpaceIndexPage
from cop.permissions import hidden_page_paths, user_spaces
from core.links import login_url
from members.models import Membership

from . import activity


def home(request):
    user = request.user
    if not user.is_authenticated:
        return redirect(login_url(request.get_full_path()))
    roles = dict(Membership.objects.active().filter(user=user).values_list("space_id", "role"))
    spaces = list(user_spaces(user).live().order_by("title"))
    for space in spaces:
        space.my_role = roles.get(space.pk)
    paths = hidden_page_paths(user)
    context = {
        "spaces": spaces,
        "activity": activity.recent_activity(request, spaces, hidden_paths=paths),
        "upcoming_events": activity.upcoming_events(request, spaces, hidden_paths=paths),
        "window_days": activity.WINDOW.days,
        # Where to find a space to join: only asked when there is none yet.
        "space_indexes": []
        if spaces
        else list(Page.objects.type(SpaceIndexPage).live().public().order_by("path")),
    }
    return render(request, "network/home.html", context)
