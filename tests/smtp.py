"""A real SMTP server in the test process (aiosmtpd), for tests of the mails we send.

In a Django TestCase::

    from tests.smtp import SMTPServerMixin

    class TestMails(SMTPServerMixin, TestCase):
        def test_...(self):
            ...  # code that sends mail through Django's SMTP backend
            message = self.smtp.wait_for(1)[0]
            self.assertIn("Bevestig", message["Subject"])

In a pytest function: the `smtp_server` fixture of tests/conftest.py.

The server listens on 127.0.0.1 on a free port; EMAIL_BACKEND is Django's SMTP
backend pointed at it, so a message goes through the real protocol (encoding,
headers, attachments) and arrives as an `email.message.EmailMessage`.
"""

import email
import socket
import threading
import time
from email import policy

from aiosmtpd.controller import Controller
from django.test.utils import override_settings


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Handler:
    def __init__(self, server):
        self.server = server

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self.server.lock:
            self.server.messages.append(message)
            self.server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


class SMTPServer:
    """Start with `start()`, stop with `stop()`; received mail in `messages`."""

    def __init__(self):
        self.messages = []
        self.envelopes = []
        self.lock = threading.Lock()
        self.port = None
        self.controller = None
        self.settings = None

    def start(self):
        self.port = free_port()
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.settings = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=10,
        )
        self.settings.enable()
        return self

    def stop(self):
        if self.settings is not None:
            self.settings.disable()
            self.settings = None
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def clear(self):
        with self.lock:
            self.messages.clear()
            self.envelopes.clear()

    def wait_for(self, count, timeout=5.0):
        """The received messages once there are at least `count` (mail is asynchronous)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.02)
        with self.lock:
            raise AssertionError(f"expected {count} mails, received {len(self.messages)}")

    def to(self, address):
        """The messages sent to `address`."""
        with self.lock:
            return [m for m in self.messages if address in m["To"]]


def body_of(message):
    """The plain-text body of a received message."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def links_in(text):
    import re

    return re.findall(r"https?://\S+", text)


class SMTPServerMixin:
    """For TestCase classes: an SMTP server per test, as `self.smtp`."""

    def setUp(self):
        super().setUp()
        self.smtp = SMTPServer().start()
        self.addCleanup(self.smtp.stop)
