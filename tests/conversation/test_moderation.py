"""Coordinators moderate their own space only; reports reach them by real SMTP."""

from django.test import override_settings
from django.urls import reverse

from conversation.models import Post, Report, Thread
from tests.conversation.test_permissions import ConversationTestCase
from tests.smtp import SMTPServerMixin, body_of


class TestModeration(ConversationTestCase):
    def moderate(self, user, thread, **data):
        self.client.force_login(user)
        return self.client.post(reverse("conversation:moderate_thread", args=[thread.pk]), data)

    def test_coordinator_hides_and_locks_a_thread_of_their_space(self):
        self.moderate(self.coordinator_a, self.question, action="hide")
        self.moderate(self.coordinator_a, self.question, action="lock")
        self.question.refresh_from_db()
        self.assertTrue(self.question.hidden and self.question.locked)
        self.client.force_login(self.member_a2)
        self.assertEqual(
            self.client.get(reverse("conversation:thread", args=[self.question.pk])).status_code,
            404,
        )

    def test_coordinator_of_a_cannot_moderate_b(self):
        response = self.moderate(self.coordinator_a, self.thread_b, action="lock")
        self.assertEqual(response.status_code, 404)
        response = self.client.post(
            reverse("conversation:moderate_post", args=[self.reply_b.pk]), {"action": "hide"}
        )
        self.assertEqual(response.status_code, 404)
        self.thread_b.refresh_from_db()
        self.reply_b.refresh_from_db()
        self.assertFalse(self.thread_b.locked or self.reply_b.hidden)

    def test_members_cannot_moderate(self):
        self.assertEqual(
            self.moderate(self.member_a, self.question, action="lock").status_code, 404
        )

    def test_coordinator_hides_a_post_and_members_see_only_that_it_was_hidden(self):
        self.client.force_login(self.coordinator_a)
        self.client.post(
            reverse("conversation:moderate_post", args=[self.answer.pk]), {"action": "hide"}
        )
        self.client.force_login(self.member_a)
        response = self.client.get(reverse("conversation:thread", args=[self.question.pk]))
        self.assertContains(response, "verborgen door een coördinator")
        self.assertNotContains(response, "aanpak van Zwolle")

    def test_a_locked_thread_refuses_a_reply_and_keeps_the_text(self):
        self.moderate(self.coordinator_a, self.question, action="lock")
        self.client.force_login(self.member_a2)
        response = self.client.post(
            reverse("conversation:reply", args=[self.question.pk]), {"text": "Nog één ding."}
        )
        self.assertContains(response, "gesloten door een coördinator", status_code=409)
        self.assertContains(response, "Nog één ding.", status_code=409)
        self.assertFalse(Post.objects.filter(text="Nog één ding.").exists())

    def test_coordinator_moves_a_thread_to_another_space_they_coordinate(self):
        response = self.moderate(
            self.coordinator_ab, self.question, action="move", target=self.space_b.pk
        )
        self.assertEqual(response.status_code, 302)
        self.question.refresh_from_db()
        self.assertEqual(self.question.space_id, self.space_b.pk)

    def test_a_thread_cannot_be_moved_to_a_space_one_does_not_coordinate(self):
        response = self.moderate(
            self.coordinator_a, self.question, action="move", target=self.space_b.pk
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(Thread.objects.get(pk=self.question.pk).space_id, self.space_a.pk)


class TestReports(SMTPServerMixin, ConversationTestCase):
    def report(self, user, post, reason="Hier staat de naam van een kind in."):
        self.client.force_login(user)
        return self.client.post(
            reverse("conversation:report_post", args=[post.pk]), {"reason": reason}, follow=True
        )

    def test_a_report_reaches_the_spaces_coordinators(self):
        response = self.report(self.member_a2, self.secret_thread.posts.get(is_opening=True))
        self.assertContains(response, "De coördinatoren van deze ruimte hebben je melding gekregen")
        message = self.smtp.wait_for(1)[0]
        recipients = set(self.smtp.envelopes[0][1])
        self.assertEqual(recipients, {"coordinator-a@example.org", "coordinator-ab@example.org"})
        self.assertIn("Alfa-community", message["Subject"])
        body = body_of(message)
        self.assertIn("Hier staat de naam van een kind in.", body)
        self.assertIn(reverse("conversation:thread", args=[self.secret_thread.pk]), body)
        self.assertEqual(Report.objects.count(), 1)

    def test_a_visitor_can_report_a_public_post_after_logging_in(self):
        response = self.client.get(reverse("conversation:report_post", args=[self.answer.pk]))
        self.assertEqual(response.status_code, 302)
        self.report(self.outsider, self.answer)
        self.assertEqual(len(self.smtp.wait_for(1)), 1)

    def test_nobody_reports_a_post_they_cannot_see(self):
        response = self.report(self.member_b, self.secret_reply)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(Report.objects.count(), 0)

    def test_a_double_submit_is_one_report_and_one_mail(self):
        self.report(self.member_a, self.answer)
        self.report(self.member_a, self.answer)
        self.smtp.wait_for(1)
        self.assertEqual(Report.objects.count(), 1)
        self.assertEqual(len(self.smtp.messages), 1)

    @override_settings(EMAIL_PORT=1)
    def test_a_mail_server_that_is_down_does_not_lose_the_report(self):
        response = self.report(self.member_a, self.answer)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Report.objects.count(), 1)


class TestReportsPage(ConversationTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.report_a = Report.objects.create(
            post=cls.secret_reply, reporter=cls.member_a, reason="Naam van een kind xk4reden"
        )
        cls.report_b = Report.objects.create(
            post=cls.reply_b, reporter=cls.member_b, reason="Melding in Bravo"
        )

    def url(self, space):
        return reverse("conversation:reports", args=[space.pk])

    def test_coordinator_sees_the_open_reports_of_their_space_only(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.get(self.url(self.space_a))
        self.assertContains(response, "xk4reden")
        self.assertNotContains(response, "Melding in Bravo")
        self.assertEqual(self.client.get(self.url(self.space_b)).status_code, 404)

    def test_members_and_others_get_a_404(self):
        for user in (self.member_a, self.member_b, self.coordinator_b):
            self.client.force_login(user)
            response = self.client.get(self.url(self.space_a))
            self.assertEqual(response.status_code, 404)
            self.assertNotContains(response, "xk4reden", status_code=404)

    def test_hiding_the_post_handles_the_report(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.post(
            self.url(self.space_a), {"report": self.report_a.pk, "action": "hide"}, follow=True
        )
        self.assertContains(response, "De melding is afgehandeld.")
        self.assertContains(response, "Er zijn geen open meldingen.")
        self.secret_reply.refresh_from_db()
        self.report_a.refresh_from_db()
        self.assertTrue(self.secret_reply.hidden and self.report_a.handled)

    def test_a_coordinator_cannot_handle_a_report_of_another_space(self):
        self.client.force_login(self.coordinator_a)
        self.client.post(self.url(self.space_a), {"report": self.report_b.pk, "action": "hide"})
        self.report_b.refresh_from_db()
        self.reply_b.refresh_from_db()
        self.assertFalse(self.report_b.handled or self.reply_b.hidden)
