"""Login lockout (django-axes) glue: who is trying, and what a locked-out person sees.

Axes counts failed logins per combination of username and IP address
(`AXES_LOCKOUT_PARAMETERS` in `cms/settings/base.py`). Our public login sends the
address as `email`, Wagtail's admin login as `username` (the user model logs in with
its email); both are the same person, so both are normalised to one lower-case key.
"""

from django.conf import settings
from django.shortcuts import render


def axes_username(request, credentials=None):
    """The login name of an attempt, from the credentials or the posted form."""
    for source in (credentials or {}, getattr(request, "POST", {}) or {}):
        for field in ("email", "username"):
            value = source.get(field)
            if value:
                return str(value).strip().lower()
    return ""


def lockout_response(request, credentials=None, *args, **kwargs):
    """A plain Dutch page with status 429 instead of the login form."""
    minutes = int(float(settings.AXES_COOLOFF_TIME) * 60)
    return render(
        request,
        "core/lockout.html",
        {"cooloff_minutes": minutes},
        status=429,
    )
