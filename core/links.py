"""URLs every app builds the same way: the login page with a way back, and the URL of
an action (a sub-route) of a page.

One home for both, so `next` is always URL-encoded and checked the same way, and no
app glues `page.url + "something/"` together by hand.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import resolve_url
from wagtail.contrib.routable_page.models import RoutablePageMixin


def login_url(next_url=""):
    """The login page; after logging in the person comes back to `next_url`."""
    url = resolve_url(settings.LOGIN_URL)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class RoutesMixin(RoutablePageMixin):
    """A page with actions of its own (a feed, a form, an attendee list): `route_url`
    gives their URLs, `{% routablepageurl page "name" %}` does the same in templates."""

    def route_url(self, name, *args, query=None, **kwargs):
        url = self.url + self.reverse_subpage(name, args=args or None, kwargs=kwargs or None)
        return f"{url}?{urlencode(query)}" if query else url
