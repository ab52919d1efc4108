"""Mail never breaks a form: with the SMTP server down a form answers as usual, the
data is saved, and the mail is queued and goes out once the server is back."""

import socket
import time

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.urls import reverse
from django_tasks import default_task_backend

from agenda.factories import EventPageFactory
from agenda.models import Registration
from core import mail
from core.factories import get_home_page
from tests.agenda.test_registrations import FormTokenMixin, guest_data
from tests.members.test_accounts import SIGNUP, public_form
from tests.smtp import SMTPServer, body_of, free_port

# A queue that keeps tasks (and supports run_after) until the test runs them.
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def smtp_down():
    """Django's SMTP backend pointed at a port where nothing listens."""
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=free_port(),
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_TIMEOUT=2,
    )


def queued():
    """The queued mails (Wagtail queues its own tasks in the same backend)."""
    return [r for r in default_task_backend.results if r.task.name == mail.deliver.name]


def run_queue():
    """Run the queued mails once each, as a worker would (a retry queues a new one)."""
    for result in queued():
        default_task_backend.results.remove(result)
        result.task.call(*result.args, **result.kwargs)


@override_settings(TASKS=DUMMY_TASKS)
class TestMailOutage(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.event = EventPageFactory(title="Dialoogavond thuiszitters", capacity=5)

    def setUp(self):
        super().setUp()
        default_task_backend.clear()
        self.addCleanup(default_task_backend.clear)

    def start_smtp(self):
        server = SMTPServer().start()
        self.addCleanup(server.stop)
        return server

    def test_sign_up_with_smtp_down_works_and_the_mail_follows_once(self):
        with smtp_down():
            response = self.client.post(reverse("members:signup"), public_form(SIGNUP))
            self.assertIn(response.status_code, (200, 302))
            self.assertTrue(get_user_model().objects.filter(email="fatima@example.org").exists())
            self.assertEqual(len(queued()), 1)
            run_queue()  # still down: the task queues the next attempt
            (retry,) = queued()
            self.assertEqual(retry.args[1], 3)
            self.assertIsNotNone(retry.task.run_after)
        server = self.start_smtp()
        run_queue()
        (message,) = server.wait_for(1)
        self.assertIn("Bevestig", message["Subject"])
        self.assertIn("http://testserver/", body_of(message))
        self.assertEqual(len(server.to("fatima@example.org")), 1)
        self.assertEqual(queued(), [])  # nothing left to retry

    def test_event_registration_with_smtp_down_works_and_the_mail_follows_once(self):
        with smtp_down():
            response = self.post_form(self.event.url, guest_data(), follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(Registration.objects.filter(email="fatima@school.example.nl").exists())
        self.assertEqual(len(queued()), 1)
        server = self.start_smtp()
        run_queue()
        messages = server.wait_for(1)
        self.assertEqual(len(messages), 1)
        self.assertEqual(queued(), [])
        self.assertEqual(len(server.to("fatima@school.example.nl")), 1)

    def test_a_question_to_the_mao_tafel_with_smtp_down_is_kept_and_answered_later(self):
        from mao_tafel.models import HelpRequest
        from taxonomy.factories import DomainFactory
        from tests.mao_tafel.test_knock import knock_data

        data = knock_data(DomainFactory(slug="zorg"))
        with smtp_down():
            response = self.post_form(reverse("mao_tafel:knock"), data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(HelpRequest.objects.filter(email="fatima@example.org").exists())
        server = self.start_smtp()
        run_queue()
        self.assertEqual(len(server.to("fatima@example.org")), 1)


@override_settings(TASKS=DUMMY_TASKS, MAIL_QUEUE_FIRST=True)
class TestMailQueueFirst(FormTokenMixin, TestCase):
    """Production: every mail goes to the queue and the worker sends it, so a mail
    server that accepts the connection and then says nothing holds no request."""

    def setUp(self):
        super().setUp()
        default_task_backend.clear()
        self.addCleanup(default_task_backend.clear)

    def test_sign_up_with_a_hung_mail_server_answers_at_once_and_the_mail_follows(self):
        with socket.socket() as hung:
            hung.bind(("127.0.0.1", 0))
            hung.listen(8)  # accepts connections, never sends the SMTP greeting
            with override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=hung.getsockname()[1],
                EMAIL_USE_TLS=False,
                EMAIL_USE_SSL=False,
                EMAIL_TIMEOUT=10,
            ):
                started = time.monotonic()
                response = self.client.post(reverse("members:signup"), public_form(SIGNUP))
                took = time.monotonic() - started
        self.assertIn(response.status_code, (200, 302))
        self.assertLess(took, 2.0)
        self.assertTrue(get_user_model().objects.filter(email="fatima@example.org").exists())
        (result,) = queued()
        self.assertEqual(result.args[1], 1)
        server = SMTPServer().start()
        self.addCleanup(server.stop)
        run_queue()
        (message,) = server.wait_for(1)
        self.assertIn("Bevestig", message["Subject"])
        self.assertEqual(queued(), [])


class TestSerialisation(TestCase):
    def test_a_message_survives_the_queue_with_alternatives_and_attachments(self):
        from django.core.mail import EmailMultiAlternatives

        message = EmailMultiAlternatives("Onderwerp", "Tekst", "a@example.org", ["b@example.org"])
        message.attach_alternative("<p>Tekst</p>", "text/html")
        message.attach("a.ics", "BEGIN:VCALENDAR", "text/calendar")
        message.attach("b.bin", b"\x00\xff", "application/octet-stream")
        import json

        copy = mail.deserialise(json.loads(json.dumps(mail.serialise(message))))
        self.assertEqual(copy.subject, "Onderwerp")
        self.assertEqual(copy.alternatives[0][1], "text/html")
        self.assertEqual([a[1] for a in copy.attachments], ["BEGIN:VCALENDAR", b"\x00\xff"])

    def test_without_a_deferring_queue_a_failed_mail_is_dropped_not_raised(self):
        from django.core.mail import EmailMessage

        with smtp_down():
            self.assertFalse(mail.send(EmailMessage("x", "y", None, ["b@example.org"])))
