"""A fieldlab records its cycle; a coordinator turns a finished one into a draft practice."""

import datetime

from django.conf import settings
from django.shortcuts import resolve_url
from django.test import TestCase
from django.urls import reverse

from cop.factories import FieldlabPageFactory
from cop.models import FieldlabMeasurement, FieldlabStage
from members.factories import MembershipFactory, SuperUserFactory, UserFactory
from practices.factories import get_practice_index
from practices.models import PracticePage
from taxonomy.factories import DomainFactory


class FieldlabWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_practice_index()
        cls.domain = DomainFactory(slug="jeugd")
        cls.fieldlab = FieldlabPageFactory(
            title="Eén plan per gezin",
            question="Werkt één plan per gezin beter?",
            stage=FieldlabStage.FINISHED,
            intervention="<p>Eén regisseur per gezin.</p>",
            reflection="<p>Ouders voelden zich gehoord.</p>",
            next_step="<p>Uitbreiden naar twee wijken.</p>",
            domains=[cls.domain],
            themes=["thuiszitters"],
        )
        FieldlabMeasurement.objects.create(
            page=cls.fieldlab,
            date=datetime.date(2026, 3, 1),
            measured="Tevredenheid van ouders",
            outcome="7,9 gemiddeld <b>hoog</b>",
            sort_order=0,
        )
        cls.url = reverse("practices:fieldlab_to_practice", args=[cls.fieldlab.pk])


class TestFieldlabCycle(FieldlabWorld):
    def test_visitor_sees_the_cycle_with_dated_measurement_rounds(self):
        response = self.client.get(self.fieldlab.url)
        self.assertContains(response, "De cyclus van dit fieldlab")
        self.assertContains(response, "Eén regisseur per gezin.")
        self.assertContains(response, "1 maart 2026")
        self.assertContains(response, "Tevredenheid van ouders")
        self.assertContains(response, "7,9 gemiddeld &lt;b&gt;hoog&lt;/b&gt;")
        self.assertContains(response, "Ouders voelden zich gehoord.")
        self.assertContains(response, "Uitbreiden naar twee wijken.")

    def test_visitor_sees_no_conversion_button(self):
        response = self.client.get(self.fieldlab.url)
        self.assertNotContains(response, self.url)


class TestConversion(FieldlabWorld):
    def test_superuser_makes_a_prefilled_draft_linked_both_ways(self):
        admin = SuperUserFactory()
        self.client.force_login(admin)
        self.assertContains(self.client.get(self.fieldlab.url), self.url)
        response = self.client.post(self.url)
        practice = PracticePage.objects.get(space=self.fieldlab)
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[practice.pk]),
            fetch_redirect_response=False,
        )
        self.assertFalse(practice.live)
        self.assertEqual(practice.get_parent().pk, self.index.pk)
        self.assertIn("Werkt één plan per gezin beter?", practice.problem)
        self.assertIn("Eén regisseur per gezin.", practice.approach)
        self.assertIn("Tevredenheid van ouders", practice.measurement)
        self.assertIn("7,9 gemiddeld &lt;b&gt;hoog&lt;/b&gt;", practice.results)
        self.assertIn("Ouders voelden zich gehoord.", practice.lessons)
        self.assertEqual(list(practice.domains.all()), [self.domain])
        self.assertEqual([t.name for t in practice.themes.all()], ["thuiszitters"])
        self.assertIsNotNone(practice.get_latest_revision())
        # A draft is not shown to visitors, but the published one is linked from the fieldlab.
        self.client.logout()
        self.assertNotContains(self.client.get(self.fieldlab.url), practice.title + "</a>")
        practice.get_latest_revision().publish()
        self.assertContains(self.client.get(self.fieldlab.url), practice.url)
        self.assertContains(self.client.get(practice.url), self.fieldlab.url)

    def test_a_second_click_does_not_make_a_duplicate(self):
        self.client.force_login(SuperUserFactory())
        self.client.post(self.url)
        self.client.post(self.url)
        self.assertEqual(PracticePage.objects.filter(space=self.fieldlab).count(), 1)

    def test_coordinator_of_the_fieldlab_may_convert(self):
        coordinator = UserFactory()
        MembershipFactory(user=coordinator, space=self.fieldlab, role="coordinator")
        self.client.force_login(coordinator)
        self.assertContains(self.client.get(self.fieldlab.url), self.url)
        response = self.client.post(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(PracticePage.objects.filter(space=self.fieldlab).exists())

    def test_a_plain_member_may_not(self):
        member = UserFactory()
        MembershipFactory(user=member, space=self.fieldlab, role="member")
        self.client.force_login(member)
        self.assertNotContains(self.client.get(self.fieldlab.url), self.url)
        self.assertEqual(self.client.post(self.url).status_code, 403)
        self.assertFalse(PracticePage.objects.exists())

    def test_anonymous_visitor_is_sent_to_log_in(self):
        response = self.client.post(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(resolve_url(settings.LOGIN_URL)))
        self.assertFalse(PracticePage.objects.exists())

    def test_a_running_fieldlab_is_refused_in_dutch(self):
        running = FieldlabPageFactory(stage=FieldlabStage.RUNNING)
        self.client.force_login(SuperUserFactory())
        response = self.client.post(
            reverse("practices:fieldlab_to_practice", args=[running.pk]), follow=True
        )
        self.assertContains(response, "Dit fieldlab is nog niet afgerond.")
        self.assertFalse(PracticePage.objects.exists())

    def test_get_is_not_allowed(self):
        self.client.force_login(SuperUserFactory())
        self.assertEqual(self.client.get(self.url).status_code, 405)
