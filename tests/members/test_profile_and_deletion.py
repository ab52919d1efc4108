"""A member's own data: the profile, the JSON download and deleting the account."""

import json

from django.apps import apps
from django.db import models
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision

from cop.factories import SpacePageFactory
from core.factories import log_and_publish
from members.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from tests.cop.world import build_world

EMAIL = "zoe.vanderwaals-unique@example.org"
FIRST, LAST = "Zoëlinde", "Vanderwaalsma"


class TestProfile(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def test_profile_saves_and_bad_input_is_kept(self):
        self.client.force_login(self.member_a)
        data = {
            "first_name": "Anna",
            "last_name": "Alfa",
            "organisation": "Wijkteam Noord",
            "role": "beleid",
            "region": "Zwolle",
            "notification_preference": "daily",
        }
        response = self.client.post(reverse("members:profile"), data, follow=True)
        self.assertContains(response, "Je profiel is bewaard.")
        self.member_a.refresh_from_db()
        self.assertEqual(self.member_a.notification_preference, "daily")
        bad = {**data, "first_name": "", "region": "<i>x</i>", "notification_preference": "x"}
        response = self.client.post(reverse("members:profile"), bad)
        self.assertContains(response, "Vul je voornaam in.", status_code=400)
        self.assertContains(response, "Gebruik hier geen HTML-codes.", status_code=400)
        self.assertContains(response, "Kies hoe vaak", status_code=400)
        self.assertContains(response, "&lt;i&gt;x&lt;/i&gt;", status_code=400)

    def test_profile_lists_my_spaces(self):
        self.client.force_login(self.member_a)
        self.assertContains(self.client.get(reverse("members:profile")), "Alfa-community")

    def test_download_my_data(self):
        self.client.force_login(self.member_a)
        response = self.client.get(reverse("members:export"))
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        data = json.loads(response.content)
        self.assertEqual(data["account"]["email"], "lid-a@example.org")
        self.assertEqual(data["memberships"][0]["space"], "Alfa-community")

    def test_visitor_is_sent_to_login(self):
        for name in ("members:profile", "members:export", "members:delete"):
            response = self.client.get(reverse(name))
            self.assertTrue(response["Location"].startswith("/account/inloggen/"))


def rows_mentioning(*needles):
    """Every (model, pk, field) whose text holds one of the needles, in every table."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        text_fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        if not text_fields:
            continue
        for row in model._base_manager.values("pk", *text_fields):
            for field in text_fields:
                value = str(row[field]).lower()
                if any(needle.lower() in value for needle in needles):
                    found.append((model._meta.label, row["pk"], field))
    return found


class TestDeleteAccount(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.user = UserFactory(email=EMAIL, first_name=FIRST, last_name=LAST)
        cls.user.organisation = "Stichting Zoëlinde"
        cls.user.region = "Vanderwaalsma-dorp"
        cls.user.save()
        MembershipFactory(user=cls.user, space=cls.space_b, role="coordinator")
        MembershipFactory(user=cls.user, space=cls.space_a, status="requested")
        cls.page = SpacePageFactory(parent=cls.space_b, title="Door Zoë geschreven", user=cls.user)
        log_and_publish(cls.page, user=cls.user)

    def test_deleting_removes_every_trace_and_keeps_the_pages(self):
        self.assertTrue(rows_mentioning(EMAIL, FIRST, LAST))
        self.client.force_login(self.user)
        response = self.client.post(reverse("members:delete"), {"password": "fout"})
        self.assertContains(response, "Dit wachtwoord klopt niet.", status_code=400)
        response = self.client.post(
            reverse("members:delete"), {"password": DEFAULT_PASSWORD}, follow=True
        )
        self.assertContains(response, "Je account en je gegevens zijn verwijderd.")
        self.assertEqual(rows_mentioning(EMAIL, FIRST, LAST), [])

        page = Page.objects.get(pk=self.page.pk)
        self.assertEqual(str(page.owner), "voormalig lid")
        revision = Revision.page_revisions.filter(object_id=str(page.pk)).first()
        self.assertEqual(str(revision.user), "voormalig lid")
        entry = PageLogEntry.objects.filter(page=page).exclude(user=None).first()
        self.assertEqual(str(entry.user), "voormalig lid")
        # Logged out, and the account is gone.
        self.assertTrue(
            self.client.get(reverse("members:profile"))["Location"].startswith("/account/")
        )
        self.assertNotIn(self.user.pk, [u.pk for u in self.space_b.group.user_set.all()])

    def test_deletion_form_without_password_is_a_dutch_message(self):
        self.client.force_login(self.user)
        response = self.client.post(reverse("members:delete"), {})
        self.assertContains(response, "Vul je wachtwoord in", status_code=400)
