"""The agenda's mails through a real SMTP server: Dutch, and their links work."""

import datetime
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command
from django.test import TestCase
from icalendar import Calendar

from agenda import registrations
from agenda.factories import EventPageFactory, amsterdam
from agenda.models import Registration, RegistrationStatus
from tests.agenda.test_registrations import FormTokenMixin, guest_data
from tests.smtp import SMTPServerMixin, body_of, links_in


def path_of(url):
    parts = urlsplit(url)
    assert parts.netloc == "testserver", url  # the SITE_URL of the test settings
    return parts.path


def link_to(message, fragment):
    links = [link for link in links_in(body_of(message)) if fragment in link]
    assert links, f"no link with {fragment!r} in {body_of(message)!r}"
    return path_of(links[0])


class TestRegistrationMails(SMTPServerMixin, FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(
            title="Dialoogavond thuiszitters",
            capacity=1,
            online_link="https://meet.example.org/mao/avond",
        )

    def test_guest_confirms_by_the_link_and_gets_a_seat_with_calendar(self):
        self.post_form(self.event.url, guest_data())
        [confirm_mail] = self.smtp.wait_for(1)
        self.assertEqual(confirm_mail["To"], "fatima@school.example.nl")
        self.assertIn("Bevestig je aanmelding: Dialoogavond thuiszitters", confirm_mail["Subject"])
        self.assertIn("Beste Fatima el Amrani,", body_of(confirm_mail))
        self.assertNotIn("meet.example.org", body_of(confirm_mail))

        confirm_path = link_to(confirm_mail, "/bevestigen/")
        self.assertContains(self.client.get(confirm_path), "Ja, bevestig mijn aanmelding")
        response = self.client.post(confirm_path, follow=True)
        self.assertContains(response, "Je bent aangemeld.")

        seat_mail = self.smtp.wait_for(2)[1]
        self.assertIn("Je bent aangemeld: Dialoogavond thuiszitters", seat_mail["Subject"])
        body = body_of(seat_mail)
        self.assertIn("Er is een plek voor je gereserveerd", body)
        self.assertIn("https://meet.example.org/mao/avond", body)
        [attachment] = list(seat_mail.iter_attachments())
        self.assertEqual(attachment.get_content_type(), "text/calendar")
        calendar = Calendar.from_ical(attachment.get_content())
        [event] = calendar.walk("VEVENT")
        self.assertIn("meet.example.org/mao/avond", str(event["DESCRIPTION"]))

        manage_path = link_to(seat_mail, "/aanmelding/")
        self.assertContains(self.client.get(manage_path), "Dialoogavond thuiszitters")

    def test_waitlist_then_promotion_when_someone_cancels(self):
        first = registrations.register(
            self.event, name="Eerste", email="eerste@example.org", verified=True
        ).registration
        registrations.register(self.event, name="Tweede", email="tweede@example.org", verified=True)
        self.smtp.wait_for(2)
        [waitlist_mail] = self.smtp.to("tweede@example.org")
        self.assertIn("Je staat op de wachtlijst", waitlist_mail["Subject"])
        self.assertIn("Je bent nummer 1.", body_of(waitlist_mail))
        self.assertNotIn("meet.example.org", body_of(waitlist_mail))

        [seat_mail] = self.smtp.to("eerste@example.org")
        cancel_path = link_to(seat_mail, "/afmelden/")
        self.assertEqual(cancel_path, first.cancel_path())
        self.assertContains(self.client.get(cancel_path), "Ja, meld mij af")
        self.client.post(cancel_path)

        messages = self.smtp.wait_for(4)
        cancelled = [m for m in messages[2:] if m["To"] == "eerste@example.org"]
        promoted = [m for m in messages[2:] if m["To"] == "tweede@example.org"]
        self.assertIn("Je bent afgemeld", cancelled[0]["Subject"])
        self.assertIn(
            "Er is een plek vrijgekomen: Dialoogavond thuiszitters", promoted[0]["Subject"]
        )
        self.assertIn("https://meet.example.org/mao/avond", body_of(promoted[0]))
        self.assertEqual(
            Registration.objects.get(email="tweede@example.org").status,
            RegistrationStatus.CONFIRMED,
        )

    def test_reminders_go_the_day_before_to_people_with_a_seat_once(self):
        tomorrow = EventPageFactory(
            title="Masterclass Netwerkregie",
            capacity=1,
            start=amsterdam(1, 10),
            end=amsterdam(1, 12),
        )
        later = EventPageFactory(start=amsterdam(3, 10), end=amsterdam(3, 12))
        registrations.register(tomorrow, name="Ali", email="ali@example.org", verified=True)
        registrations.register(tomorrow, name="Wacht", email="wacht@example.org", verified=True)
        registrations.register(later, name="Later", email="later@example.org", verified=True)
        self.smtp.wait_for(3)
        self.smtp.clear()

        call_command("send_event_reminders", stdout=StringIO())
        [reminder] = self.smtp.wait_for(1)
        self.assertEqual(reminder["To"], "ali@example.org")
        self.assertEqual(reminder["Subject"], "Morgen: Masterclass Netwerkregie")
        self.assertIn("Een herinnering: morgen is de activiteit", body_of(reminder))
        self.assertEqual(self.client.get(link_to(reminder, "/afmelden/")).status_code, 200)

        call_command("send_event_reminders", stdout=StringIO())
        with self.assertRaises(AssertionError):
            self.smtp.wait_for(2, timeout=0.5)

    def test_an_unreachable_mail_server_never_loses_the_registration(self):
        self.smtp.stop()
        with self.settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=9,
            EMAIL_TIMEOUT=1,
        ):
            response = self.post_form(self.event.url, guest_data(), follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(Registration.objects.filter(email="fatima@school.example.nl").exists())


class TestReminderWindow(TestCase):
    def test_events_of_the_day_after_tomorrow_get_no_reminder_yet(self):
        from django.core import mail

        for days in (2, 3):
            event = EventPageFactory(start=amsterdam(days, 23), end=amsterdam(days, 23, 30))
            registrations.register(event, name="X", email=f"x{days}@example.org", verified=True)
        mail.outbox.clear()
        call_command("send_event_reminders", stdout=StringIO())
        self.assertEqual(mail.outbox, [])

    def test_start_tomorrow_just_after_midnight_counts(self):
        from django.core import mail

        event = EventPageFactory(start=amsterdam(1, 0, 5), end=amsterdam(1, 1))
        registrations.register(event, name="X", email="x@example.org", verified=True)
        mail.outbox.clear()
        call_command("send_event_reminders", stdout=StringIO())
        self.assertEqual([m.to for m in mail.outbox], [["x@example.org"]])
        self.assertLess(event.start - amsterdam(0, 0), datetime.timedelta(days=2))
