"""A member's posts are in their data export, stay attributed to "voormalig lid" after
their account is deleted, and handled reports go after their retention period."""

import datetime
import io

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from conversation.models import Report
from members.accounts import delete_account
from tests.conversation.test_permissions import ConversationTestCase


class TestExportAndErasure(ConversationTestCase):
    def test_the_export_holds_threads_posts_and_reports(self):
        Report.objects.create(post=self.answer, reporter=self.member_a, reason="Klopt niet.")
        self.client.force_login(self.member_a)
        data = self.client.get(reverse("members:export")).json()["conversation"]
        self.assertIn(self.question.title, [thread["title"] for thread in data["threads"]])
        self.assertIn("Wij zoeken een aanpak die werkt.", [post["text"] for post in data["posts"]])
        self.assertEqual([report["reason"] for report in data["reports"]], ["Klopt niet."])

    def test_after_deleting_the_account_posts_stay_as_voormalig_lid(self):
        delete_account(self.member_a2)
        self.client.force_login(self.member_a)
        response = self.client.get(reverse("conversation:thread", args=[self.question.pk]))
        self.assertContains(response, "aanpak van Zwolle")
        self.assertContains(response, "voormalig lid")
        self.assertNotContains(response, "Aart")


class TestRetention(ConversationTestCase):
    def test_handled_reports_go_after_their_period_and_others_stay(self):
        period = settings.MAO_RETENTION["conversation.report"]
        now = timezone.now()
        old = Report.objects.create(
            post=self.answer,
            reporter=self.member_a,
            reason="oud",
            handled_at=now - period - datetime.timedelta(hours=1),
        )
        recent = Report.objects.create(
            post=self.answer,
            reporter=self.member_a,
            reason="recent",
            handled_at=now - period + datetime.timedelta(hours=1),
        )
        open_report = Report.objects.create(
            post=self.answer,
            reporter=self.member_a,
            reason="open",
            created_at=now - period * 2,
        )
        call_command("apply_retention", stdout=io.StringIO())
        remaining = set(Report.objects.values_list("pk", flat=True))
        self.assertNotIn(old.pk, remaining)
        self.assertLessEqual({recent.pk, open_report.pk}, remaining)
