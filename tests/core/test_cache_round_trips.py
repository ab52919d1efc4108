"""A page-cache hit costs one round trip to Redis, over a connection the process keeps.

Counted on a real redis-server (`INFO commandstats` and `INFO stats`), not on a mock:
what the server saw is what a hit costs. And the one round trip is still correct: a
copy stored under an older generation is never served (core/cache.py).
"""

import redis
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import RequestFactory, TestCase, override_settings

from core import redis_cache
from core.cache import CACHE_HEADER, AnonymousPageCacheMiddleware, generation, new_generation
from core.factories import get_home_page
from home.factories import StandardPageFactory
from tests.core.redis_server import RedisServer
from tests.core.test_redis_outage import redis_settings

# Commands a test itself sends to look (not part of what a request costs).
OBSERVER_COMMANDS = {"info", "config|resetstat", "config"}


class RedisFixture:
    def start_redis(self):
        self.redis = RedisServer()
        url = self.redis.__enter__()
        self.addCleanup(self.redis.__exit__)
        override = redis_settings(url)
        override.enable()
        self.addCleanup(override.disable)
        redis_cache.breaker.__init__()
        self.addCleanup(redis_cache.breaker.__init__)
        self.observer = redis.Redis.from_url(url)
        self.addCleanup(self.observer.close)

    def commands(self):
        """{command: calls} since the last reset, the observer's own left out."""
        stats = self.observer.info("commandstats")
        calls = {}
        for name, values in stats.items():
            command = name.removeprefix("cmdstat_")
            if command not in OBSERVER_COMMANDS:
                calls[command] = values["calls"]
        return calls

    def reset(self):
        self.observer.config_resetstat()

    def connections_received(self):
        return self.observer.info("stats")["total_connections_received"]


class TestOneRoundTripPerHit(RedisFixture, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over ons", slug="over-ons")

    def setUp(self):
        super().setUp()
        self.start_redis()

    def test_a_hit_is_one_mget_and_no_new_connection(self):
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "miss")
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "hit")
        self.reset()  # also zeroes total_connections_received
        for _ in range(5):
            response = self.client.get("/over-ons/")
            self.assertEqual(response[CACHE_HEADER], "hit")
            self.assertContains(response, "Over ons")
        self.assertEqual(self.commands(), {"mget": 5})
        # The process kept its connection: no connect per request or per call.
        self.assertEqual(self.connections_received(), 0)

    def test_one_client_per_process_whatever_cache_object_asks(self):
        first = caches.create_connection("default")
        second = caches.create_connection("default")
        self.assertIsNot(first, second)
        self.assertIs(first._cache, second._cache)
        self.assertIs(first._cache.get_client(), second._cache.get_client(write=True))

    def test_a_copy_from_an_older_generation_is_never_served(self):
        self.client.get("/over-ons/")
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "hit")
        before = generation()
        new_generation()  # a publish
        self.assertNotEqual(generation(), before)
        response = self.client.get("/over-ons/")
        self.assertEqual(response[CACHE_HEADER], "miss")
        self.assertEqual(self.client.get("/over-ons/")[CACHE_HEADER], "hit")

    def test_a_page_rendered_while_a_publish_happened_is_not_served_after_it(self):
        assert_not_served_after_a_publish_during_rendering(self)


@override_settings(PAGE_CACHE_SECONDS=300)
class TestInProcessCache(TestCase):
    """The same rules with the in-process cache (SQLite development, the tests)."""

    def setUp(self):
        cache.clear()

    def test_a_page_rendered_while_a_publish_happened_is_not_served_after_it(self):
        assert_not_served_after_a_publish_during_rendering(self)


def assert_not_served_after_a_publish_during_rendering(test):
    """A request reads generation G, renders, and while it renders a publish starts
    G+1: its copy (of G's content) must never be served to anyone afterwards."""

    def render_during_publish(request):
        new_generation()
        return HttpResponse("oud")

    request = RequestFactory().get("/ergens/")
    stale = AnonymousPageCacheMiddleware(render_during_publish)(request)
    test.assertEqual(stale.content, b"oud")
    fresh = AnonymousPageCacheMiddleware(lambda request: HttpResponse("nieuw"))(
        RequestFactory().get("/ergens/")
    )
    test.assertEqual(fresh.content, b"nieuw")
    test.assertEqual(fresh[CACHE_HEADER], "miss")
    again = AnonymousPageCacheMiddleware(lambda request: HttpResponse("mis"))(
        RequestFactory().get("/ergens/")
    )
    test.assertEqual(again.content, b"nieuw")
    test.assertEqual(again[CACHE_HEADER], "hit")
