"""A double click or a resend stores one thing (core/submissions.py): one MAO-tafel
question with one mail, one region application with one acknowledgement, one draft
bottleneck. Different content from the same person is never held back."""

from django.core import mail
from django.test import TestCase
from django.urls import reverse

from bottlenecks.factories import get_bottleneck_index
from bottlenecks.models import BottleneckPage
from mao_tafel.models import HelpRequest
from members.factories import UserFactory
from regions.factories import CallPageFactory
from regions.models import RegionApplication
from taxonomy.factories import DomainFactory
from tests.agenda.test_registrations import FormTokenMixin
from tests.bottlenecks.test_bottlenecks import form_started
from tests.mao_tafel.test_knock import knock_data
from tests.regions.test_applications import application_data


class TestDoubleSubmit(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.domain = DomainFactory(slug="zorg")

    def knock(self, question="Wie weet raad met een leerling die thuis zit?"):
        data = knock_data(self.domain, question=question, organisation="")
        return self.post_form(reverse("mao_tafel:knock"), data)

    def test_a_question_sent_twice_is_stored_and_mailed_once(self):
        first, second = self.knock(), self.knock()
        self.assertRedirects(first, reverse("mao_tafel:thanks"), fetch_redirect_response=False)
        self.assertRedirects(second, reverse("mao_tafel:thanks"), fetch_redirect_response=False)
        self.assertEqual(HelpRequest.objects.count(), 1)
        self.assertEqual(len(mail.outbox), 1)
        self.knock(question="En wie helpt bij dyslexie?")  # another question: stored
        self.assertEqual(HelpRequest.objects.count(), 2)

    def test_an_application_sent_twice_is_stored_and_acknowledged_once(self):
        call = CallPageFactory()
        for _ in range(2):
            response = self.post_form(call.url, application_data(), follow=True)
            self.assertContains(response, "We hebben jullie aanmelding ontvangen")
        self.assertEqual(RegionApplication.objects.count(), 1)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_bottleneck_sent_twice_is_one_draft(self):
        index = get_bottleneck_index()
        member = UserFactory()
        self.client.force_login(member)
        data = {
            "title": "Geen vervoer bij maatwerk",
            "description": "Leerlingen met een maatwerkrooster krijgen geen vervoer.",
            "domains": [self.domain.pk],
            "examples": "Een leerling in Ede.",
            "desired_change": "Vervoer volgt het rooster.",
            "website": "",
            "form_started": form_started(),
        }
        for _ in range(2):
            response = self.client.post(index.url + "indienen/", data)
            self.assertContains(response, "Bedankt voor je knelpunt")
        self.assertEqual(BottleneckPage.objects.filter(title=data["title"]).count(), 1)
        # Another member with the same title: both stand (their own slugs).
        self.client.force_login(UserFactory())
        self.client.post(index.url + "indienen/", data)
        self.assertEqual(BottleneckPage.objects.filter(title=data["title"]).count(), 2)
