"""Redis down or hung: people still get their pages and forms, fast, and the log says
so in one line (core/redis_cache.py). A real redis-server, killed and SIGSTOPped."""

import logging
import signal
import time

from django.test import TestCase, override_settings

from core import redis_cache
from core.factories import get_home_page
from home.factories import StandardPageFactory
from members.factories import UserFactory
from tests.agenda.test_registrations import FormTokenMixin
from tests.core.redis_server import RedisServer


def redis_settings(url):
    return override_settings(
        CACHES={
            "default": {
                "BACKEND": "core.redis_cache.ResilientRedisCache",
                "LOCATION": url,
                "KEY_PREFIX": "mao-test",
                "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
            }
        },
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        PAGE_CACHE_SECONDS=300,
    )


class TestRedisOutage(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.page = StandardPageFactory(parent=cls.home, title="Over MAO", slug="over-mao")
        cls.member = UserFactory(email="lid@example.org")

    def setUp(self):
        super().setUp()
        self.redis = RedisServer()
        url = self.redis.__enter__()
        self.addCleanup(self.stop_redis)
        override = redis_settings(url)
        override.enable()
        self.addCleanup(override.disable)
        redis_cache.breaker.__init__()  # a fresh breaker for each test
        self.addCleanup(redis_cache.breaker.__init__)

    def stop_redis(self):
        self.redis.process.send_signal(signal.SIGCONT)
        self.redis.__exit__()

    def pages(self):
        return ["/", self.page.url, "/zoeken/?q=thuiszitters", "/nieuwsbrief/"]

    def assert_every_page_answers(self, within=2.0):
        for url in self.pages():
            started = time.monotonic()
            response = self.client.get(url)
            took = time.monotonic() - started
            self.assertEqual(response.status_code, 200, url)
            self.assertLess(took, within, f"{url} took {took:.2f} s")

    def test_redis_killed_pages_and_forms_work_and_the_log_says_so_once(self):
        self.assert_every_page_answers()  # warm, with Redis
        self.redis.process.kill()
        self.redis.process.wait()
        with self.assertLogs("core.redis_cache", logging.WARNING) as logs:
            for _ in range(3):
                self.assert_every_page_answers()
            # A form keeps what was typed and says what is wrong, in Dutch.
            response = self.post_form("/nieuwsbrief/", {"email": "geen-adres", "name": "Lotte"})
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, 'value="Lotte"')
        self.assertEqual(len(logs.records), 1, [r.getMessage() for r in logs.records])
        self.assertIn("unavailable", logs.records[0].getMessage())

    def test_a_member_stays_logged_in_through_an_outage(self):
        self.client.force_login(self.member)
        self.assertEqual(self.client.get("/account/profiel/").status_code, 200)
        self.redis.process.kill()
        self.redis.process.wait()
        with self.assertLogs("core.redis_cache", logging.WARNING):
            response = self.client.get("/account/profiel/")
        self.assertEqual(response.status_code, 200)  # the session is in the database too
        self.assertContains(response, "lid@example.org")

    def test_redis_hung_every_answer_within_two_seconds(self):
        self.assert_every_page_answers()
        self.redis.process.send_signal(signal.SIGSTOP)
        with self.assertLogs("core.redis_cache", logging.WARNING):
            started = time.monotonic()
            for _ in range(3):
                self.assert_every_page_answers(within=2.0)
            self.assertLess(time.monotonic() - started, 6.0)

    def test_after_an_outage_the_cache_is_used_again_and_the_log_says_so(self):
        self.redis.process.send_signal(signal.SIGSTOP)
        with self.assertLogs("core.redis_cache", logging.WARNING):
            self.client.get("/")
        self.redis.process.send_signal(signal.SIGCONT)
        redis_cache.breaker.down_until = 0  # as if RETRY_SECONDS had passed
        with self.assertLogs("core.redis_cache", logging.WARNING) as logs:
            self.client.get("/")
        self.assertIn("is back", logs.records[-1].getMessage())
        self.client.get(self.page.url)
        self.assertEqual(self.client.get(self.page.url)["X-Page-Cache"], "hit")
