"""The shared cache (Redis) as something the site can live without.

Redis holds the page cache, sessions (`cached_db`: the database has them too), the
rate limits, Wagtail's site-root lookup and our computed lists. None of it is the only
copy of anything, so when Redis is down or hung a person must still get their page:

* every call has a short socket timeout (`OPTIONS` in the settings), so a hung Redis
  costs a request a fraction of a second, not the worker's 30 s;
* a failed call is a *miss*: `get` gives the default, `set`/`delete` do nothing, `add`
  says "not stored" and `incr` "no such key" (so the rate limiter lets people through
  and a lock taken with `add` is not taken);
* after one failure the cache is skipped for `RETRY_SECONDS` (a circuit breaker), so
  during an outage a request does not wait for each of its cache calls in turn;
* the log gets one line per outage and a count every `REPORT_SECONDS`, never a
  traceback per request; and one line when Redis is back.

And it is cheap when Redis is up: one client and one connection pool per process and
Redis (`_SharedClient`), reused by every cache object and call; Django's own backend
builds a `redis.Redis` per call, and a new cache object (per thread, per settings
change) would build a pool of its own.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.utils.functional import cached_property
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
REPORT_SECONDS = 30
FAILURES = (RedisError, OSError)


class _Breaker:
    """Shared by every cache alias of the process: one Redis, one state."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down_since = None
        self.failures = 0
        self.reported_at = 0.0

    def is_open(self):
        return time.monotonic() < self.down_until

    def failed(self, exc):
        now = time.monotonic()
        with self.lock:
            self.down_until = now + RETRY_SECONDS
            self.failures += 1
            if self.down_since is None:
                self.down_since = now
            if now - self.reported_at >= REPORT_SECONDS:
                logger.warning(
                    "Shared cache (Redis) unavailable: %d failed call(s) in %.0f s; "
                    "pages are served without it, retrying every %d s (%s: %s)",
                    self.failures,
                    now - self.down_since,
                    RETRY_SECONDS,
                    type(exc).__name__,
                    str(exc)[:200],
                )
                self.failures = 0
                self.reported_at = now

    def succeeded(self):
        if self.down_since is None:
            return
        with self.lock:
            if self.down_since is not None:
                logger.warning(
                    "Shared cache (Redis) is back after %.0f s",
                    time.monotonic() - self.down_since,
                )
                self.down_since = None
                self.failures = 0
                self.reported_at = 0.0


breaker = _Breaker()


class _SharedClient(RedisCacheClient):
    """Django's client, but one `redis.Redis` per connection pool, made once.

    redis-py's pool is thread-safe and notices a fork (gunicorn's workers start from a
    preloaded master), so a process can share one of each.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            with self._lock:
                client = self._clients.get(index)
                if client is None:
                    pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                    self._pools[index] = pool
                    client = self._clients[index] = self._client(connection_pool=pool)
        return client


_shared_clients = {}
_shared_clients_lock = threading.Lock()


def shared_client(servers, options):
    """The process's `_SharedClient` for these servers and options."""
    key = (tuple(servers), repr(sorted(options.items(), key=lambda item: item[0])))
    with _shared_clients_lock:
        client = _shared_clients.get(key)
        if client is None:
            client = _shared_clients[key] = _SharedClient(servers, **options)
    return client


def _resilient(name, on_failure):
    parent = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        if breaker.is_open():
            return on_failure(args, kwargs)
        try:
            result = parent(self, *args, **kwargs)
        except FAILURES as exc:
            breaker.failed(exc)
            return on_failure(args, kwargs)
        breaker.succeeded()
        return result

    method.__name__ = name
    return method


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _no_such_key(args, kwargs):
    raise ValueError(f"Key '{args[0] if args else kwargs.get('key')}' not found")


class ResilientRedisCache(RedisCache):
    """Django's Redis cache where a failure of Redis is a miss (see the module)."""

    @cached_property
    def _cache(self):
        return shared_client(self._servers, self._options)

    get = _resilient("get", _default)
    get_many = _resilient("get_many", lambda args, kwargs: {})
    has_key = _resilient("has_key", lambda args, kwargs: False)
    set = _resilient("set", lambda args, kwargs: None)
    set_many = _resilient("set_many", lambda args, kwargs: list(args[0]) if args else [])
    add = _resilient("add", lambda args, kwargs: False)
    touch = _resilient("touch", lambda args, kwargs: False)
    delete = _resilient("delete", lambda args, kwargs: False)
    delete_many = _resilient("delete_many", lambda args, kwargs: None)
    incr = _resilient("incr", _no_such_key)
    clear = _resilient("clear", lambda args, kwargs: False)
