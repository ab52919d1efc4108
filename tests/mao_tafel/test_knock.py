"""Knocking at the MAO-tafel: the public form, the confirmation, the programme office's list."""

import time

from django.contrib.auth.models import Group
from django.core import mail, signing
from django.test import TestCase
from django.urls import reverse

from articles.editorial import PROGRAMME_OFFICE_GROUP, ensure_editorial_setup
from core.forms import SIGNING_SALT
from mao_tafel.models import HelpRequest, HelpRequestStatus
from members.factories import UserFactory
from taxonomy.factories import DomainFactory


def knock_data(domain, **overrides):
    """A MAO-tafel question as a person fills it in (shared by the tests that post one)."""
    data = {
        "kind": "help",
        "domain": domain.pk,
        "region": "Arnhem",
        "question": "Wie weet raad met een leerling die al een jaar thuis zit?",
        "name": "Fatima de Vries",
        "organisation": "Basisschool De Linde",
        "email": "fatima@example.org",
        "phone": "",
        "website": "",
    }
    data.update(overrides)
    return data


class TestKnockForm(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.domain = DomainFactory(slug="zorg")
        cls.url = reverse("mao_tafel:knock")

    def post(self, **overrides):
        data = knock_data(
            self.domain, form_started=signing.dumps(time.time() - 10, salt=SIGNING_SALT)
        )
        data.update(overrides)
        return self.client.post(self.url, data)

    def test_visitor_knocks_and_gets_a_confirmation_email(self):
        page = self.client.get(self.url)
        self.assertContains(page, "Aankloppen bij de MAO-tafel")
        response = self.post()
        self.assertRedirects(response, reverse("mao_tafel:thanks"))
        request = HelpRequest.objects.get()
        self.assertEqual(request.status, HelpRequestStatus.NEW)
        self.assertEqual(request.domain, self.domain)
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["fatima@example.org"])
        self.assertIn("MAO-tafel", mail.outbox[0].subject)
        self.assertIn("een leerling die al een jaar thuis zit", mail.outbox[0].body)

    def test_missing_fields_give_dutch_errors_and_keep_what_was_typed(self):
        response = self.post(question="", email="geen-adres", name="")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Schrijf je vraag op.")
        self.assertContains(response, "Dit e-mailadres klopt niet.")
        self.assertContains(response, "Vul je naam in.")
        self.assertContains(response, "Basisschool De Linde")
        self.assertFalse(HelpRequest.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_bots_and_floods_are_refused_in_dutch(self):
        self.assertContains(self.post(website="x"), "door een computer")
        for n in range(5):  # five different questions (the same one twice is one)
            self.post(question=f"Vraag {n}: wie weet raad met een leerling die thuis zit?")
        self.assertContains(self.post(), "Wacht even")
        self.assertEqual(HelpRequest.objects.count(), 5)

    def test_unknown_choices_are_errors_not_500s(self):
        response = self.post(kind="iets", domain="abc")
        self.assertEqual(response.status_code, 200)
        self.assertFalse(HelpRequest.objects.exists())

    def test_html_in_the_question_is_escaped(self):
        self.post(question="<script>alert(1)</script>", name="")
        response = self.post(question="<script>alert(1)</script>", name="")
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


class TestProgrammeOfficeList(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_editorial_setup()
        cls.request = HelpRequest.objects.create(
            region="Ede", question="Hulp gezocht", name="Piet", email="piet@example.org"
        )
        cls.officer = UserFactory()
        cls.officer.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
        cls.outsider = UserFactory()

    def test_programme_office_sees_and_assigns_requests(self):
        self.client.force_login(self.officer)
        listing = self.client.get("/admin/mao-tafel/")
        self.assertContains(listing, "Piet")
        edit_url = f"/admin/mao-tafel/edit/{self.request.pk}/"
        response = self.client.post(
            edit_url,
            {
                "status": HelpRequestStatus.IN_PROGRESS,
                "assignee": self.officer.pk,
                "notes": "Ik bel haar.",
                "kind": "question",
                "domain": "",
                "region": "Ede",
                "question": "Hulp gezocht",
                "name": "Piet",
                "organisation": "",
                "email": "piet@example.org",
                "phone": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.request.refresh_from_db()
        self.assertEqual(self.request.status, HelpRequestStatus.IN_PROGRESS)
        self.assertEqual(self.request.assignee, self.officer)

    def test_only_the_programme_office_can_be_assigned(self):
        parent = UserFactory(email="ouder@example.org")
        self.client.force_login(self.officer)
        edit_url = f"/admin/mao-tafel/edit/{self.request.pk}/"
        from bs4 import BeautifulSoup

        form = BeautifulSoup(self.client.get(edit_url).content, "html.parser")
        choices = {
            option["value"]
            for option in form.find("select", {"name": "assignee"}).find_all("option")
            if option["value"]
        }
        self.assertEqual(choices, {str(self.officer.pk)})
        self.assertNotIn(str(parent.pk), choices)

    def test_others_cannot_see_them(self):
        self.client.force_login(self.outsider)
        response = self.client.get("/admin/mao-tafel/")
        self.assertNotEqual(response.status_code, 200)
