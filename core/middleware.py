"""Content-Security-Policy: strict on the public site, compatible in Wagtail's admin.

The public site sends `CONTENT_SECURITY_POLICY` from the settings unchanged: scripts,
styles and frames only from our own origin (and the video embeds), no inline script or
style, no plugins. Templates therefore load JavaScript and CSS from `static/` only.

Wagtail's admin still relies on inline styles and a few inline scripts, so under
`/admin/` the same policy applies with `'unsafe-inline'` for scripts and styles and
`blob:` for images (the image editor's previews). The admin is only for people with an
account, and everything they write that reaches the public site is rendered under the
strict policy.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.signals import setting_changed
from django.urls import NoReverseMatch, get_urlconf, reverse

# Per URL conf: asked on every request (a page-cache hit too), and `reverse` costs
# about as much as the rest of a hit's own Python.
_admin_prefixes = {}


def admin_prefix():
    """Where Wagtail's admin lives ("/admin/"); None where a URL conf has no admin."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    if urlconf not in _admin_prefixes:
        try:
            _admin_prefixes[urlconf] = reverse("wagtailadmin_home")
        except NoReverseMatch:
            _admin_prefixes[urlconf] = None
    return _admin_prefixes[urlconf]


def _forget_admin_prefixes(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _admin_prefixes.clear()


setting_changed.connect(_forget_admin_prefixes, dispatch_uid="core_admin_prefixes")


def is_admin_path(path):
    prefix = admin_prefix()
    return bool(prefix) and path.startswith(prefix)


def admin_directives():
    directives = {
        name: list(values)
        for name, values in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
    }
    directives["script-src"] = [*directives.get("script-src", ["'self'"]), "'unsafe-inline'"]
    directives["style-src"] = [*directives.get("style-src", ["'self'"]), "'unsafe-inline'"]
    directives["img-src"] = [*directives.get("img-src", ["'self'"]), "blob:"]
    return directives


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if is_admin_path(request.path_info):
            response._csp_config = admin_directives()
        return super().process_response(request, response)
