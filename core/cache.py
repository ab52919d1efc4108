"""The page cache for anonymous visitors, and its invalidation.

Most visitors are anonymous and read pages that change only when someone publishes.
`AnonymousPageCacheMiddleware` keeps those responses in the shared cache (Redis in
production, so every app server sees the same copy and the same invalidation):

* looked up: a GET without a session cookie (so not logged in) or a pending message,
  outside the admin, the account pages and document downloads. The middleware sits
  right after SecurityMiddleware, so a hit skips sessions, authentication and CSRF.
* stored: such a GET answered 200 that sets no cookie, rendered no CSRF token (a form's
  token belongs to one visitor's cookie), showed no one-off message, is not a
  restricted page and did not say `private`/`no-store` itself. Such a response says
  `Cache-Control: public, max-age=0, must-revalidate`: shared caches may keep it but
  must ask us again, so a browser never shows a copy older than ours.
* never stored: anything for a logged-in person, who gets `Cache-Control: private,
  no-store` on every response, and restricted pages (the same header).

Invalidation is by generation, a value in the cache itself. Publishing, unpublishing,
moving or deleting a page, changing a view restriction, a redirect, an image, a
document or any object of our own apps starts a new generation, so the next request
renders afresh. The generation is bumped when the signal fires and again when the
transaction commits, so a request that read the old data while the change was being
saved cannot leave a stale copy behind.

A hit is one round trip to the cache: one `get_many` (a Redis MGET) of the generation
and the page's entry. The entry is `(generation, response)`, the generation the
request read *before* it rendered; it is served only when that equals the current one,
so a copy rendered before (or while) a publish is never served after it. One entry per
address: a newer render overwrites it, an unused one expires after
`PAGE_CACHE_SECONDS`. `PAGE_CACHE_SECONDS = 0` switches the cache off (the test
settings do, tests of the cache switch it on).
"""

import hashlib
import logging
import time

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers

from core.middleware import is_admin_path

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
CACHE_HEADER = "X-Page-Cache"

# Apps whose objects can show up on a public page: every app of this project (those
# under BASE_DIR), filled in by `connect_signals` from the app registry.
OUR_APPS = set()
# Other models that change what a page shows. Renditions are not among them: they are
# created while an anonymous page renders and would empty the cache on every miss.
OTHER_MODELS = {
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
    "wagtailcore.page",
    "wagtailredirects.redirect",
    "wagtailimages.image",
    "wagtaildocs.document",
    "taggit.tag",
}
# A model of our apps that no cached page shows says `shown_on_public_pages = False`:
# saving it (often by anonymous visitors: a search, a newsletter sign-up, an event
# registration) must not empty the cache, or every visitor's form post would.
# URL prefixes never stored (accounts, document downloads, files) are the setting
# PAGE_CACHE_SKIP_PREFIXES: the URL conf is cms's, not core's.


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = str(time.time_ns())
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY, value)
    return value


def new_generation():
    """Start a new generation: every page is rendered afresh on its next request.

    If the cache cannot be reached, publishing still succeeds; the copies it holds
    expire within `PAGE_CACHE_SECONDS`.
    """
    try:
        cache.set(GENERATION_KEY, str(time.time_ns()), timeout=None)
    except Exception:
        logger.error("page cache: could not start a new generation", exc_info=True)


def cached_per_generation(name, build, keep=None):
    """`build()`, kept in the shared cache until the next generation (unless
    `keep(value)` says no).

    For data every page or many requests derive from published content (the menu's
    links, the hits of a search): it is exactly as fresh as the page cache. With
    `PAGE_CACHE_SECONDS = 0`, or when the cache cannot be reached, `build()` runs
    every time.
    """
    if settings.PAGE_CACHE_SECONDS <= 0:
        return build()
    try:
        key = f"generation:{generation()}:{name}"
        value = cache.get(key)
    except Exception:
        logger.warning("cache unavailable", exc_info=True)
        return build()
    if value is None:
        value = build()
        if keep is not None and not keep(value):
            return value
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("cache unavailable", exc_info=True)
    return value


# What `kept_in_process` holds: (name, generation) -> value, the latest generation only.
_in_process = {}


def kept_in_process(name, build):
    """`build()`, kept in this process until the next generation.

    For what is the same for everyone and too large to fetch from the shared cache on
    every request (search's catalogue of the live pages): each process builds it once
    per generation. Unlike `cached_per_generation` it holds with `PAGE_CACHE_SECONDS =
    0` too, as what it keeps is not a response. If the cache cannot be reached, `build()`
    runs every time.
    """
    try:
        key = (name, generation())
    except Exception:
        logger.warning("cache unavailable", exc_info=True)
        return build()
    if key not in _in_process:
        value = build()
        for old in [k for k in _in_process if k[0] == name]:
            del _in_process[old]
        _in_process[key] = value
    return _in_process[key]


def page_cache_key(request):
    """The key of this address's entry; the generation is in the entry, not the key."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"pagecache:page:{hashlib.sha256(url.encode()).hexdigest()}"


def _lookup(request):
    """(key, generation, response or None) in one round trip; response only when the
    entry was stored under the current generation."""
    key = page_cache_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    entry = found.get(key)
    if current is None:
        # No generation yet (a fresh or emptied cache): start one before rendering.
        return key, generation(), None
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == current:
        return key, current, entry[1]
    return key, current, None


def _is_cacheable_request(request):
    """Decided before sessions and authentication run, from the cookies alone: a
    visitor without a session cookie is not logged in."""
    if request.method != "GET" or settings.PAGE_CACHE_SECONDS <= 0:
        return False
    path = request.path_info
    if is_admin_path(path) or path.startswith(tuple(settings.PAGE_CACHE_SKIP_PREFIXES)):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def _is_logged_in(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _is_restricted(response):
    page = (getattr(response, "context_data", None) or {}).get("page")
    get_restrictions = getattr(page, "get_view_restrictions", None)
    return bool(get_restrictions and get_restrictions().exists())


def _is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if _is_logged_in(request):
        return False
    # A form's CSRF token belongs to this visitor's cookie; never hand it to another.
    if request.META.get("CSRF_COOKIE_USED"):
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (messages.used or len(messages)):
        return False
    return not _is_restricted(response)


class AnonymousPageCacheMiddleware:
    """Placed right after SecurityMiddleware (and WhiteNoise): a hit skips sessions,
    authentication, CSRF and the rest; a response is stored with the headers those
    added. If the cache is unreachable, pages are served uncached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = rendered_under = None
        if _is_cacheable_request(request):
            try:
                key, rendered_under, cached = _lookup(request)
            except Exception:  # Redis down or slow: serve uncached
                logger.warning("page cache unavailable", exc_info=True)
                key = cached = None
            if cached is not None:
                cached[CACHE_HEADER] = "hit"
                return cached

        response = self.get_response(request)

        if _is_logged_in(request):
            patch_cache_control(response, private=True, no_store=True)
            return response
        if key is not None and _is_storable(request, response):
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            patch_vary_headers(response, ["Cookie"])
            response[CACHE_HEADER] = "miss"
            try:
                cache.set(key, (rendered_under, response), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("page cache unavailable", exc_info=True)
        elif _is_restricted(response):
            patch_cache_control(response, private=True, no_store=True)
        return response


def _model_label(sender):
    meta = getattr(sender, "_meta", None)
    return (meta.app_label, meta.label_lower) if meta else (None, None)


def _on_change(sender, instance=None, update_fields=None, **kwargs):
    app_label, label = _model_label(sender)
    if app_label not in OUR_APPS and label not in OTHER_MODELS:
        return
    if not getattr(sender, "shown_on_public_pages", True):
        return
    if update_fields and set(update_fields) <= {"last_login"}:
        return  # someone logged in; no page shows that
    if sender is get_user_model() and kwargs.get("created") and not instance.is_active:
        return  # a sign-up: an account not yet confirmed shows on no page
    new_generation()
    transaction.on_commit(new_generation)


def _on_page_change(sender, **kwargs):
    new_generation()
    transaction.on_commit(new_generation)


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_change, dispatch_uid="pagecache_post_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_post_delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_change, dispatch_uid=f"pagecache_{id(signal)}")
    OUR_APPS.update(
        config.label
        for config in apps.get_app_configs()
        if str(config.path).startswith(str(settings.BASE_DIR)) and ".venv" not in str(config.path)
    )
