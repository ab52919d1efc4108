"""Starting, replying, editing, deleting and the best answer, through HTTP."""

from django.urls import reverse

from conversation.models import Post, Thread
from tests.conversation.test_permissions import ConversationTestCase


def start_url(space):
    return reverse("conversation:start", args=[space.pk])


def reply_url(thread):
    return reverse("conversation:reply", args=[thread.pk])


NEW_THREAD = {
    "title": "Wat doen jullie in de zomervakantie?",
    "kind": "question",
    "visibility": "members",
    "text": "Wij zoeken ideeën voor de zomer.",
}


class TestStarting(ConversationTestCase):
    def test_member_starts_a_thread(self):
        self.client.force_login(self.member_a)
        response = self.client.post(start_url(self.space_a), NEW_THREAD, follow=True)
        thread = Thread.objects.get(title=NEW_THREAD["title"])
        self.assertEqual(
            (thread.space_id, thread.author, thread.kind),
            (self.space_a.pk, self.member_a, "question"),
        )
        self.assertEqual(thread.posts.get().text, NEW_THREAD["text"])
        self.assertContains(response, "Je gesprek staat online.")
        self.assertContains(response, NEW_THREAD["text"])

    def test_non_member_cannot_start_and_keeps_the_text(self):
        self.client.force_login(self.member_b)
        response = self.client.post(start_url(self.space_a), NEW_THREAD)
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Alleen leden van deze ruimte", status_code=403)
        self.assertContains(response, NEW_THREAD["text"], status_code=403)
        self.assertFalse(Thread.objects.filter(title=NEW_THREAD["title"]).exists())

    def test_visitor_is_sent_to_the_login(self):
        response = self.client.get(start_url(self.space_a))
        self.assertEqual(response.status_code, 302)
        self.assertIn("/account/inloggen/", response["Location"])

    def test_a_double_submit_starts_one_thread(self):
        self.client.force_login(self.member_a)
        first = self.client.post(start_url(self.space_a), NEW_THREAD)
        second = self.client.post(start_url(self.space_a), NEW_THREAD)
        self.assertEqual(first["Location"], second["Location"])
        self.assertEqual(Thread.objects.filter(title=NEW_THREAD["title"]).count(), 1)
        self.assertEqual(Post.objects.filter(text=NEW_THREAD["text"]).count(), 1)


class TestReplying(ConversationTestCase):
    def test_member_replies(self):
        self.client.force_login(self.member_a2)
        response = self.client.post(
            reply_url(self.secret_thread), {"text": "Mee eens."}, follow=True
        )
        self.assertContains(response, "Je reactie staat online.")
        self.assertTrue(
            self.secret_thread.posts.filter(text="Mee eens.", author=self.member_a2).exists()
        )

    def test_non_member_cannot_reply_to_a_public_thread(self):
        self.client.force_login(self.member_b)
        response = self.client.post(reply_url(self.question), {"text": "Ik ook!"})
        self.assertContains(response, "Ik ook!", status_code=403)
        self.assertFalse(Post.objects.filter(text="Ik ook!").exists())

    def test_visitor_replying_is_sent_to_the_login(self):
        response = self.client.post(reply_url(self.question), {"text": "Anoniem"})
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Post.objects.filter(text="Anoniem").exists())

    def test_a_double_submit_stores_one_reply(self):
        self.client.force_login(self.member_a2)
        for _ in range(2):
            self.client.post(reply_url(self.question), {"text": "Twee keer geklikt."})
        self.assertEqual(Post.objects.filter(text="Twee keer geklikt.").count(), 1)


class TestEditingAndDeleting(ConversationTestCase):
    def test_writer_edits_their_post_and_the_page_says_bewerkt(self):
        self.client.force_login(self.member_a2)
        url = reverse("conversation:edit_post", args=[self.answer.pk])
        self.assertContains(self.client.get(url), "aanpak van Zwolle")
        response = self.client.post(url, {"text": "Kijk naar de aanpak van Deventer."}, follow=True)
        self.assertContains(response, "aanpak van Deventer")
        self.assertContains(response, "bewerkt")
        self.answer.refresh_from_db()
        self.assertIsNotNone(self.answer.edited_at)

    def test_editing_the_opening_post_changes_the_title_too(self):
        self.client.force_login(self.member_a)
        opening = self.question.posts.get(is_opening=True)
        url = reverse("conversation:edit_post", args=[opening.pk])
        self.client.post(url, {"title": "Nieuwe titel", "text": "Nieuwe tekst."})
        self.question.refresh_from_db()
        self.assertEqual(self.question.title, "Nieuwe titel")

    def test_nobody_edits_or_deletes_someone_elses_post(self):
        for user in (self.member_a, self.coordinator_a):
            self.client.force_login(user)
            for name in ("edit_post", "delete_post"):
                url = reverse(f"conversation:{name}", args=[self.answer.pk])
                self.assertEqual(self.client.post(url, {"text": "Overschreven"}).status_code, 404)
        self.answer.refresh_from_db()
        self.assertIsNone(self.answer.deleted_at)
        self.assertNotEqual(self.answer.text, "Overschreven")

    def test_writer_deletes_a_reply_and_its_text_goes(self):
        self.client.force_login(self.member_a2)
        response = self.client.post(
            reverse("conversation:delete_post", args=[self.answer.pk]), follow=True
        )
        self.assertContains(response, "verwijderd door de schrijver")
        self.assertNotContains(response, "aanpak van Zwolle")
        self.answer.refresh_from_db()
        self.assertEqual(self.answer.text, "")

    def test_deleting_the_opening_post_deletes_the_thread(self):
        self.client.force_login(self.member_a)
        opening = self.question.posts.get(is_opening=True)
        self.client.post(reverse("conversation:delete_post", args=[opening.pk]))
        response = self.client.get(reverse("conversation:thread", args=[self.question.pk]))
        self.assertEqual(response.status_code, 404)

    def test_reply_to_a_deleted_thread_is_refused_and_the_text_kept(self):
        opening = self.question.posts.get(is_opening=True)
        self.client.force_login(self.member_a)
        self.client.post(reverse("conversation:delete_post", args=[opening.pk]))
        self.client.force_login(self.member_a2)
        response = self.client.post(reply_url(self.question), {"text": "Te laat getypt."})
        self.assertContains(response, "Dit gesprek is verwijderd", status_code=410)
        self.assertContains(response, "Te laat getypt.", status_code=410)
        self.assertFalse(Post.objects.filter(text="Te laat getypt.").exists())


class TestBestAnswer(ConversationTestCase):
    def url(self, post):
        return reverse("conversation:best_answer", args=[post.pk])

    def test_asker_marks_the_best_answer(self):
        self.client.force_login(self.member_a)
        response = self.client.post(self.url(self.answer), follow=True)
        self.assertContains(response, "Dit is nu het beste antwoord.")
        self.assertContains(response, "Beste antwoord")
        self.question.refresh_from_db()
        self.assertEqual(self.question.best_answer, self.answer)

    def test_coordinator_marks_it_too(self):
        self.client.force_login(self.coordinator_a)
        self.client.post(self.url(self.answer))
        self.question.refresh_from_db()
        self.assertEqual(self.question.best_answer, self.answer)

    def test_other_members_and_other_coordinators_cannot(self):
        for user in (self.member_a2, self.coordinator_b, self.member_b):
            self.client.force_login(user)
            self.assertEqual(self.client.post(self.url(self.answer)).status_code, 404)
        self.question.refresh_from_db()
        self.assertIsNone(self.question.best_answer)

    def test_a_discussion_has_no_best_answer(self):
        self.client.force_login(self.member_a)
        self.assertEqual(self.client.post(self.url(self.secret_reply)).status_code, 404)
