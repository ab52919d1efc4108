"""The newsletter: double opt-in, one-click unsubscribe, sending, and the export."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, TestCase
from django.urls import reverse

from members.factories import SuperUserFactory, UserFactory
from newsletter import subscriptions
from newsletter.models import Issue, Subscriber, SubscriberStatus
from tests.agenda.test_mails import link_to
from tests.agenda.test_registrations import FormTokenMixin
from tests.smtp import SMTPServerMixin, body_of

SIGNUP = "/nieuwsbrief/"


class TestSubscribing(SMTPServerMixin, FormTokenMixin, TestCase):
    def test_double_opt_in_through_the_mail_link(self):
        response = self.post_form(
            SIGNUP, {"email": "Lezer@Example.org", "name": "Lotte", "website": ""}, follow=True
        )
        self.assertContains(response, "we hebben je een e-mail gestuurd")
        self.assertNotContains(response, "Inschrijven</button>")  # no empty form again
        subscriber = Subscriber.objects.get()
        self.assertEqual(
            (subscriber.email, subscriber.status), ("lezer@example.org", SubscriberStatus.PENDING)
        )

        [confirm_mail] = self.smtp.wait_for(1)
        self.assertEqual(
            confirm_mail["Subject"],
            "Bevestig je inschrijving voor de nieuwsbrief van Met Andere Ogen",
        )
        self.assertIn("Beste Lotte,", body_of(confirm_mail))
        confirm_path = link_to(confirm_mail, "/nieuwsbrief/bevestigen/")
        self.assertContains(self.client.get(confirm_path), "Ja, schrijf mij in")
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, SubscriberStatus.PENDING)  # opening is not confirming
        response = self.client.post(confirm_path, follow=True)
        self.assertContains(response, "Je inschrijving is bevestigd")
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, SubscriberStatus.ACTIVE)

        welcome = self.smtp.wait_for(2)[1]
        self.assertIn("Welkom", welcome["Subject"])
        unsubscribe_path = link_to(welcome, "/nieuwsbrief/afmelden/")
        self.assertContains(self.client.get(unsubscribe_path), "Afmelden")

    def test_an_issue_reaches_only_confirmed_subscribers_each_with_a_working_unsubscribe(self):
        active = [
            Subscriber.objects.create(email=f"lid{n}@example.org", status=SubscriberStatus.ACTIVE)
            for n in range(3)
        ]
        Subscriber.objects.create(email="wacht@example.org")
        Subscriber.objects.create(email="weg@example.org", status=SubscriberStatus.UNSUBSCRIBED)
        issue = Issue.objects.create(
            subject="Nieuwsbrief november: de Doen-dag", body="Beste lezer,\n\nHet was een feest."
        )
        out = StringIO()
        call_command("send_newsletter", str(issue.pk), stdout=out)
        self.assertIn("to 3 subscribers", out.getvalue())
        messages = self.smtp.wait_for(3)
        self.assertEqual(sorted(m["To"] for m in messages), [s.email for s in active])
        message = self.smtp.to("lid1@example.org")[0]
        self.assertEqual(message["Subject"], "Nieuwsbrief november: de Doen-dag")
        body = body_of(message)
        self.assertIn("Het was een feest.", body)
        self.assertIn("Afmelden met één klik", body)
        self.assertNotIn("<img", body)
        self.assertEqual(message["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        unsubscribe_path = link_to(message, "/nieuwsbrief/afmelden/")
        self.assertIn(unsubscribe_path, message["List-Unsubscribe"])

        # RFC 8058: the mail client POSTs without any form or CSRF token.
        one_click = Client(enforce_csrf_checks=True)
        response = one_click.post(unsubscribe_path, {"List-Unsubscribe": "One-Click"})
        self.assertContains(response, "Je ontvangt de nieuwsbrief niet meer")
        self.assertEqual(
            Subscriber.objects.get(email="lid1@example.org").status, SubscriberStatus.UNSUBSCRIBED
        )
        with self.assertRaises(CommandError):
            call_command("send_newsletter", str(issue.pk), stdout=StringIO())
        self.assertEqual(len(self.smtp.messages), 3)


class TestSubscriptionEdges(FormTokenMixin, TestCase):
    def test_already_subscribed_address_gets_the_same_answer_and_no_second_row(self):
        Subscriber.objects.create(email="lezer@example.org", status=SubscriberStatus.ACTIVE)
        response = self.post_form(
            SIGNUP, {"email": "lezer@example.org", "website": ""}, follow=True
        )
        self.assertContains(response, "we hebben je een e-mail gestuurd")
        self.assertEqual(Subscriber.objects.count(), 1)
        self.assertEqual(Subscriber.objects.get().status, SubscriberStatus.ACTIVE)

    def test_unsubscribed_person_can_subscribe_again_with_a_new_link(self):
        subscriber = Subscriber.objects.create(
            email="terug@example.org", status=SubscriberStatus.UNSUBSCRIBED
        )
        old_token = subscriber.token
        subscriptions.subscribe("terug@example.org")
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, SubscriberStatus.PENDING)
        self.assertNotEqual(subscriber.token, old_token)

    def test_invalid_email_is_explained_and_kept(self):
        response = self.post_form(SIGNUP, {"email": "lezer@@example", "name": "Lotte"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Vul een geldig e-mailadres in")
        self.assertContains(response, 'value="lezer@@example"')
        self.assertContains(response, 'value="Lotte"')
        self.assertFalse(Subscriber.objects.exists())

    def test_wrong_links_answer_404_in_dutch(self):
        for url in [
            "/nieuwsbrief/bevestigen/verzonnen/",
            "/nieuwsbrief/afmelden/verzonnen/",
            "/nieuwsbrief/afmelden/%00/",
            f"/nieuwsbrief/bevestigen/{'a' * 300}/",
        ]:
            response = self.client.post(url)
            self.assertContains(response, "Deze link klopt niet", status_code=404)

    def test_unsubscribing_twice_says_so(self):
        subscriber = Subscriber.objects.create(
            email="twee@example.org", status=SubscriberStatus.ACTIVE
        )
        self.client.post(subscriber.unsubscribe_path())
        response = self.client.post(subscriber.unsubscribe_path())
        self.assertContains(response, "Je was al afgemeld")

    def test_footer_links_the_signup_page(self):
        from core.factories import get_home_page

        self.assertContains(self.client.get(get_home_page().url), f'href="{SIGNUP}"')
        response = self.client.get(SIGNUP)
        self.assertEqual(response.content.decode().count("<h1"), 1)


class TestNewsletterAdmin(TestCase):
    @classmethod
    def setUpTestData(cls):
        Subscriber.objects.create(email="lid@example.org", status=SubscriberStatus.ACTIVE)
        Subscriber.objects.create(email="wacht@example.org")

    def test_programme_office_exports_subscribers_as_csv(self):
        self.client.force_login(SuperUserFactory())
        url = reverse("newsletter_subscriber:index")
        response = self.client.get(url, {"export": "csv", "status": "active"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        self.assertIn("lid@example.org", content)
        self.assertNotIn("wacht@example.org", content)

    def test_ordinary_user_cannot_see_subscribers(self):
        self.client.force_login(UserFactory())
        response = self.client.get(reverse("newsletter_subscriber:index"))
        self.assertNotEqual(response.status_code, 200)

    def test_issue_sent_from_the_admin_once(self):
        from django.core import mail

        issue = Issue.objects.create(subject="Nummer 1", body="Tekst")
        self.client.force_login(SuperUserFactory())
        self.assertContains(
            self.client.get(reverse("newsletter_issue:index")),
            reverse("newsletter_issue:send", args=[issue.pk]),
        )
        url = reverse("newsletter_issue:send", args=[issue.pk])
        self.assertContains(self.client.get(url), "1 bevestigde abonnee")
        self.client.post(url)
        self.client.post(url)
        self.assertEqual([m.to for m in mail.outbox], [["lid@example.org"]])
        issue.refresh_from_db()
        self.assertEqual(issue.recipient_count, 1)
