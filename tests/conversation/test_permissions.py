"""Who reads what, through HTTP: a members-only thread is a 404 for everyone but the
space's members, by list and by every URL id; a public thread is read by whoever may
see the space; hidden threads only by the space's coordinators."""

from django.test import TestCase
from django.urls import reverse

from tests.conversation.world import (
    HIDDEN_TITLE,
    SECRET_OPENING,
    SECRET_REPLY,
    SECRET_TITLE,
    build_conversation_world,
)

SECRETS = (SECRET_TITLE, SECRET_OPENING, SECRET_REPLY)


class ConversationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_conversation_world(cls)

    def get(self, user, name, *args):
        self.client.logout()
        if user is not None:
            self.client.force_login(user)
        return self.client.get(reverse(f"conversation:{name}", args=args))

    def secret_urls(self):
        thread, reply = self.secret_thread, self.secret_reply
        opening = thread.posts.get(is_opening=True)
        return [
            ("thread", thread.pk),
            ("reply", thread.pk),
            ("moderate_thread", thread.pk),
            *[
                (name, post.pk)
                for post in (opening, reply)
                for name in ("edit_post", "delete_post", "report_post")
            ],
        ]


class TestMembersOnlyThreads(ConversationTestCase):
    def test_member_reads_the_thread_and_its_replies(self):
        response = self.get(self.member_a2, "thread", self.secret_thread.pk)
        self.assertEqual(response.status_code, 200)
        for secret in SECRETS:
            self.assertContains(response, secret)

    def test_member_sees_it_in_the_list(self):
        self.assertContains(self.get(self.member_a, "index", self.space_a.pk), SECRET_TITLE)

    def test_nobody_else_reads_it_by_any_url(self):
        for user in (None, self.member_b, self.coordinator_b, self.outsider, self.former_a):
            for name, pk in self.secret_urls():
                response = self.get(user, name, pk)
                self.assertEqual(response.status_code, 404, f"{user} {name}")
                for secret in SECRETS:
                    self.assertNotContains(response, secret, status_code=404)

    def test_nobody_else_sees_it_in_the_list_or_on_the_space_page(self):
        for user in (None, self.member_b, self.outsider, self.former_a):
            self.client.logout()
            if user is not None:
                self.client.force_login(user)
            for url in (reverse("conversation:index", args=[self.space_a.pk]), self.space_a.url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, SECRET_TITLE)

    def test_best_answer_and_moderation_refuse_a_non_member_with_a_404(self):
        self.client.force_login(self.member_b)
        for name in ("best_answer", "moderate_post"):
            response = self.client.post(
                reverse(f"conversation:{name}", args=[self.secret_reply.pk]), {"action": "hide"}
            )
            self.assertEqual(response.status_code, 404)


class TestPublicThreads(ConversationTestCase):
    def test_visitor_reads_a_public_question(self):
        response = self.get(None, "thread", self.question.pk)
        self.assertContains(response, "Wie kent een goede aanpak")
        self.assertContains(response, "aanpak van Zwolle")
        self.assertContains(response, "Log in en word lid")

    def test_visitor_sees_public_threads_in_the_list_and_on_the_space_page(self):
        self.assertContains(self.get(None, "index", self.space_a.pk), "Wie kent een goede")
        response = self.client.get(self.space_a.url)
        self.assertContains(response, "Wie kent een goede")
        self.assertContains(response, reverse("conversation:index", args=[self.space_a.pk]))

    def test_a_space_that_is_not_live_has_no_discussions(self):
        self.space_a.unpublish()
        self.assertEqual(self.get(None, "thread", self.question.pk).status_code, 404)
        self.assertEqual(self.get(self.member_a, "index", self.space_a.pk).status_code, 404)


class TestHiddenThreads(ConversationTestCase):
    def test_members_do_not_see_a_hidden_thread(self):
        self.assertEqual(self.get(self.member_a, "thread", self.hidden_thread.pk).status_code, 404)
        self.assertNotContains(self.get(self.member_a, "index", self.space_a.pk), HIDDEN_TITLE)

    def test_the_spaces_coordinator_does(self):
        response = self.get(self.coordinator_a, "thread", self.hidden_thread.pk)
        self.assertContains(response, HIDDEN_TITLE)
        self.assertContains(self.get(self.coordinator_a, "index", self.space_a.pk), HIDDEN_TITLE)

    def test_another_spaces_coordinator_does_not(self):
        self.assertEqual(
            self.get(self.coordinator_b, "thread", self.hidden_thread.pk).status_code, 404
        )
