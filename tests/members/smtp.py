"""A real SMTP server in the test process (aiosmtpd), so mail goes over the wire."""

import email
import socket
from email.policy import default as default_policy

from aiosmtpd.controller import Controller
from django.test import override_settings


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append(
            {
                "to": list(envelope.rcpt_tos),
                "subject": str(message["subject"]),
                "body": message.get_body(("plain",)).get_content(),
            }
        )
        return "250 OK"

    def to(self, address):
        return [m for m in self.messages if address in m["to"]]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SMTPServerMixin:
    """Mix into a TestCase: `self.inbox` collects every message sent during a test."""

    @classmethod
    def setUpClass(cls):
        cls.smtp_inbox = Inbox()
        port = _free_port()
        cls.smtp_controller = Controller(cls.smtp_inbox, hostname="127.0.0.1", port=port)
        cls.smtp_controller.start()
        cls.smtp_settings = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
        )
        cls.smtp_settings.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.smtp_settings.disable()
        cls.smtp_controller.stop()

    def setUp(self):
        super().setUp()
        self.smtp_inbox.messages.clear()
        self.inbox = self.smtp_inbox
