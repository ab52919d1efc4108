"""Agenderen: members submit bottlenecks, see their status history, and recognise them."""

import time

from django.conf import settings
from django.core import signing
from django.shortcuts import resolve_url
from django.test import TestCase
from wagtail.models import WorkflowState

from bottlenecks.factories import BottleneckPageFactory, RecognitionFactory, get_bottleneck_index
from bottlenecks.models import BottleneckPage, BottleneckStatus, Recognition
from core.forms import SIGNING_SALT
from members.factories import UserFactory
from taxonomy.factories import DomainFactory


def form_started():
    return signing.dumps(time.time() - 10, salt=SIGNING_SALT)


class TestSubmitBottleneck(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_bottleneck_index()
        cls.domain = DomainFactory(slug="onderwijs")
        cls.member = UserFactory()
        cls.url = cls.index.url + "indienen/"

    def post(self, **overrides):
        data = {
            "title": "Geen vervoer bij maatwerk",
            "description": "Leerlingen met een maatwerkrooster krijgen geen vervoer.",
            "domains": [self.domain.pk],
            "examples": "Een leerling in Ede.\n\nEen leerling in Arnhem.",
            "desired_change": "Vervoer volgt het rooster.",
            "website": "",
            "form_started": form_started(),
        }
        data.update(overrides)
        return self.client.post(self.url, data)

    def test_anonymous_visitor_is_asked_to_log_in(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(resolve_url(settings.LOGIN_URL)))
        index = self.client.get(self.index.url)
        self.assertContains(index, "Log in om een knelpunt in te dienen")

    def test_member_submits_and_it_arrives_as_a_draft_for_moderation(self):
        self.client.force_login(self.member)
        self.assertContains(self.client.get(self.index.url), self.url)
        form = self.client.get(self.url)
        self.assertContains(form, "Knelpunt indienen")
        self.assertContains(form, 'name="website"')  # the honeypot of PublicFormMixin
        response = self.post()
        self.assertContains(response, "Bedankt voor je knelpunt")
        page = BottleneckPage.objects.get(title="Geen vervoer bij maatwerk")
        self.assertFalse(page.live)
        self.assertEqual(page.owner, self.member)
        self.assertEqual(page.status, BottleneckStatus.SUBMITTED)
        self.assertEqual(list(page.domains.all()), [self.domain])
        self.assertIn("<p>Een leerling in Ede.</p><p>Een leerling in Arnhem.</p>", page.examples)
        self.assertTrue(
            WorkflowState.objects.filter(
                base_content_type__isnull=False, object_id=str(page.pk), status="in_progress"
            ).exists(),
            "the draft waits for the programme office",
        )
        self.assertEqual(page.status_history.count(), 1)
        # Not visible to visitors yet.
        self.assertNotContains(self.client.get(self.index.url), "Geen vervoer bij maatwerk")

    def test_missing_fields_give_dutch_errors_and_keep_what_was_typed(self):
        self.client.force_login(self.member)
        response = self.post(title="", desired_change="")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Geef het knelpunt een titel.")
        self.assertContains(response, "Dit veld is nodig: vul het in.")
        self.assertContains(response, "Leerlingen met een maatwerkrooster krijgen geen vervoer.")
        self.assertFalse(BottleneckPage.objects.exists())

    def test_too_long_text_and_unknown_domain_are_refused(self):
        self.client.force_login(self.member)
        response = self.post(description="x" * 6000, domains=[999999])
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Houd dit korter dan 5000 tekens.")
        self.assertFalse(BottleneckPage.objects.exists())

    def test_honeypot_and_expired_form_are_refused(self):
        self.client.force_login(self.member)
        self.assertContains(self.post(website="http://spam"), "door een computer")
        self.assertContains(self.post(form_started="kapot"), "Het formulier is verlopen")
        self.assertFalse(BottleneckPage.objects.exists())

    def test_html_is_escaped_on_output(self):
        self.client.force_login(self.member)
        self.post(
            title="<script>alert(1)</script> Knelpunt",
            description='<img src=x onerror="alert(1)">',
            desired_change='<a href="javascript:alert(1)">klik</a>',
        )
        page = BottleneckPage.objects.get()
        page.get_latest_revision().publish()
        html = self.client.get(page.url).content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<img src=x", html)
        self.assertNotIn('href="javascript:', html)
        self.assertIn("&lt;img src=x", html)


class TestStatusHistory(TestCase):
    def test_publishing_a_new_status_adds_a_dated_entry(self):
        page = BottleneckPageFactory(title="Budgetten")
        page.save_revision().publish()
        page.status = BottleneckStatus.DISCUSSED
        page.save_revision().publish()
        page.status = BottleneckStatus.DISCUSSED
        page.save_revision().publish()  # same status: no new entry
        page.status = BottleneckStatus.ON_AGENDA
        page.save_revision().publish()
        statuses = list(page.status_history.values_list("status", flat=True))
        self.assertEqual(statuses, ["submitted", "discussed", "on_agenda"])
        response = self.client.get(page.url)
        self.assertContains(response, "Geschiedenis")
        self.assertContains(response, "Besproken aan de MAO-tafel")
        self.assertContains(response, 'aria-current="step">Geagendeerd')


class TestRecognitions(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = BottleneckPageFactory(title="Schotten")
        cls.url = cls.page.url + "herkennen/"
        cls.member = UserFactory()

    def test_member_recognises_once_and_can_undo(self):
        self.client.force_login(self.member)
        self.assertContains(self.client.get(self.page.url), "Ik herken dit")
        self.client.post(self.url)
        self.client.post(self.url)  # a second time: undo
        self.assertEqual(Recognition.objects.count(), 0)
        self.client.post(self.url)
        response = self.client.get(self.page.url)
        self.assertContains(response, "1 lid herkent dit knelpunt.")
        self.assertContains(response, "Ik herken dit toch niet")
        self.assertEqual(Recognition.objects.filter(user=self.member).count(), 1)

    def test_visitor_cannot_recognise(self):
        response = self.client.post(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Recognition.objects.count(), 0)
        self.assertContains(self.client.get(self.page.url), "/account/inloggen/?next=")

    def test_get_is_not_allowed(self):
        self.client.force_login(self.member)
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_index_sorts_by_recognitions_or_by_date(self):
        index = self.page.get_parent()
        popular = BottleneckPageFactory(title="Veel herkend")
        for _ in range(3):
            RecognitionFactory(page=popular)
        RecognitionFactory(page=self.page)
        newest = BottleneckPageFactory(title="Recent knelpunt")
        by_recognition = self.client.get(index.url + "?sorteer=herkend").content.decode()
        self.assertLess(by_recognition.index("Veel herkend"), by_recognition.index("Schotten"))
        self.assertLess(by_recognition.index("Schotten"), by_recognition.index("Recent knelpunt"))
        self.assertIn("3 keer herkend", by_recognition)
        by_date = self.client.get(index.url + "?sorteer=datum").content.decode()
        self.assertLess(by_date.index(newest.title), by_date.index("Veel herkend"))
        self.assertEqual(self.client.get(index.url + "?sorteer=<x>&status=%00").status_code, 200)
