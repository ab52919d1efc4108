"""Bad input and the personal data check: a Dutch message, the text kept, no 500, no
half a write."""

from django.db import connection
from django.test import SimpleTestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conversation.factories import PostFactory
from conversation.models import MAX_TEXT, Post, Thread
from core import personal_data
from tests.conversation.test_permissions import ConversationTestCase

# 111222333 passes the eleven-test (9+8+7+12+10+8+9+6-3 = 66)
BSN_TEXT = "Het BSN van de leerling is 111222333, graag doorgeven."


class TestPersonalDataCheck(SimpleTestCase):
    def test_the_eleven_test(self):
        self.assertTrue(personal_data.passes_eleven_test("111222333"))
        self.assertTrue(personal_data.passes_eleven_test("123456782"))
        self.assertFalse(personal_data.passes_eleven_test("123456789"))
        self.assertFalse(personal_data.passes_eleven_test("000000000"))

    def test_what_it_finds(self):
        cases = {
            BSN_TEXT: ["bsn"],
            "Nummer 1112.22.333 klopt": ["bsn"],
            "Sanne (12-03-2015) zit al maanden thuis": ["birth_date"],
            "Daan is geboren op 3 mei 2016": ["birth_date"],
            "Het gezin woont op de Kerkstraat 12a": ["address"],
            "Postcode 1234 AB": ["address"],
        }
        for text, expected in cases.items():
            self.assertEqual(personal_data.findings(text), expected, text)

    def test_what_it_leaves_alone(self):
        for text in (
            "Er zaten 123456789 mensen in de zaal",  # fails the eleven-test
            "Op 12 maart 2024 hadden we een bijeenkomst in Utrecht",
            "In 2024 en 2025 doen 40 scholen mee",
            "Bel 0612345678 voor de agenda",
        ):
            self.assertEqual(personal_data.findings(text), [], text)


class TestPersonalDataWarning(ConversationTestCase):
    def post_reply(self, **data):
        self.client.force_login(self.member_a2)
        return self.client.post(reverse("conversation:reply", args=[self.question.pk]), data)

    def test_a_bsn_is_warned_about_and_the_text_kept(self):
        response = self.post_reply(text=BSN_TEXT)
        self.assertContains(response, "persoonsgegevens", status_code=400)
        self.assertContains(response, "burgerservicenummer", status_code=400)
        self.assertContains(response, "Toch plaatsen", status_code=400)
        self.assertContains(response, "111222333, graag doorgeven", status_code=400)
        self.assertFalse(Post.objects.filter(text=BSN_TEXT).exists())

    def test_toch_plaatsen_publishes_it(self):
        response = self.post_reply(text=BSN_TEXT, confirm_personal_data="on")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Post.objects.filter(text=BSN_TEXT).exists())

    def test_a_new_thread_with_an_address_in_its_title_is_warned_about(self):
        self.client.force_login(self.member_a)
        response = self.client.post(
            reverse("conversation:start", args=[self.space_a.pk]),
            {
                "title": "Gezin op de Dorpsweg 5",
                "kind": "discussion",
                "visibility": "members",
                "text": "Wie kent ze?",
            },
        )
        self.assertContains(response, "een adres", status_code=400)
        self.assertFalse(Thread.objects.filter(title__startswith="Gezin op").exists())


class TestBadInput(ConversationTestCase):
    def post_reply(self, text):
        self.client.force_login(self.member_a2)
        return self.client.post(
            reverse("conversation:reply", args=[self.question.pk]), {"text": text}
        )

    def test_an_empty_reply_says_so(self):
        for text in ("", "   \n  "):
            response = self.post_reply(text)
            self.assertContains(response, "Dit veld is leeg", status_code=400)
        self.assertEqual(self.question.posts.count(), 2)

    def test_a_text_over_the_maximum_says_the_maximum_and_keeps_the_text(self):
        for length in (MAX_TEXT + 1, 100_000):
            text = "woord " * (length // 6) + "x" * (length % 6)
            response = self.post_reply(text)
            self.assertContains(response, "het maximum is 10000", status_code=400)
            self.assertContains(response, text[:500], status_code=400)
        self.assertEqual(self.question.posts.count(), 2)

    def test_a_text_of_exactly_the_maximum_is_posted(self):
        response = self.post_reply("a" * MAX_TEXT)
        self.assertEqual(response.status_code, 302)

    def test_html_and_script_are_stored_as_text_and_shown_escaped(self):
        text = '<script>alert("x")</script><b onmouseover="x()">vet</b>'
        self.post_reply(text)
        self.assertTrue(Post.objects.filter(text=text).exists())
        response = self.client.get(reverse("conversation:thread", args=[self.question.pk]))
        self.assertNotContains(response, "<script>alert")
        self.assertContains(response, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")

    def test_control_characters_are_removed(self):
        self.post_reply("Gewoon\u202e tekst\x00")
        self.assertTrue(Post.objects.filter(text="Gewoon tekst").exists())

    def test_a_title_over_its_maximum_says_so(self):
        self.client.force_login(self.member_a)
        response = self.client.post(
            reverse("conversation:start", args=[self.space_a.pk]),
            {"title": "t" * 201, "kind": "discussion", "visibility": "members", "text": "Tekst"},
        )
        self.assertContains(response, "het maximum is 200", status_code=400)
        self.assertEqual(Thread.objects.filter(title__startswith="ttt").count(), 0)

    def test_unknown_choices_and_ids_are_no_server_error(self):
        self.client.force_login(self.member_a)
        response = self.client.post(
            reverse("conversation:start", args=[self.space_a.pk]),
            {"title": "Titel", "kind": "poll", "visibility": "everyone", "text": "Tekst"},
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self.client.get("/gesprekken/999999/").status_code, 404)
        self.assertEqual(self.client.get("/berichten/999999/bewerken/").status_code, 404)
        self.client.force_login(self.coordinator_a)
        response = self.client.post(
            reverse("conversation:moderate_thread", args=[self.question.pk]),
            {"action": "move", "target": "niets"},
        )
        self.assertEqual(response.status_code, 400)


class TestQueryBudget(ConversationTestCase):
    def count(self, replies):
        thread = self.secret_thread
        Post.objects.filter(thread=thread, is_opening=False).delete()
        for _ in range(replies):
            PostFactory(thread=thread, author=self.member_a2)
        thread.best_answer = None
        self.client.force_login(self.member_a)
        url = reverse("conversation:thread", args=[thread.pk])
        self.client.get(url)  # warm up sessions and caches
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_a_thread_with_5_and_with_50_replies_costs_the_same(self):
        self.assertEqual(self.count(5), self.count(50))
