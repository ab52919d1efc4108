import pytest
from django.core.cache import cache

from tests.smtp import SMTPServer


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits of public forms count in the cache: each test starts from zero."""
    cache.clear()
    yield


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 with Django's SMTP backend pointed at it."""
    server = SMTPServer().start()
    yield server
    server.stop()
