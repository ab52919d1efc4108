"""One osmem-server process (an in-memory OpenSearch-compatible server) for the test run.

osmem-server ships as a static binary inside its PyPI wheel (no JVM, no Docker), so it
runs wherever `pip install -e .[test]` ran. It is started on first use, on 127.0.0.1,
and exits with the test process (`--parent-pid`). Each test class indexes under its
own prefix, so classes never see each other's documents.
"""

import itertools
import socket
import threading

_server = None
_lock = threading.Lock()
_prefixes = itertools.count(1)


def server_url():
    global _server
    with _lock:
        if _server is None:
            from osmem_server import OsmemServer

            _server = OsmemServer.start(japanese=False)
    return _server.url


def opensearch_backends(url=None, timeout=5, prefix=None):
    """WAGTAILSEARCH_BACKENDS as production has them with OPENSEARCH_URL set."""
    from django.conf import settings

    return {
        "default": {
            "BACKEND": "search.backends.opensearch3",
            "URLS": [url or server_url()],
            "INDEX_PREFIX": prefix or f"test{next(_prefixes)}_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": settings.WAGTAILSEARCH_BACKENDS["default"],
    }


def closed_port_url():
    """An address where nothing listens: the engine is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class SilentServer:
    """A TCP server that accepts connections and never answers: the engine is slow."""

    def __enter__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        return self

    def __exit__(self, *exc):
        self.sock.close()
