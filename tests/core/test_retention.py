"""`manage.py apply_retention`: personal data goes when its period in
`settings.MAO_RETENTION` has passed, and not a moment before (docs/privacy.md).

Each rule gets a row just inside its period (stays) and one just past it (goes), and
the check is made where a person would notice: the attendee list, the confirmation
link, the coordinator's member page, the admin of the programme office.
"""

import csv
import datetime
import io
import os
from unittest import mock

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from agenda.factories import EventPageFactory, RegistrationFactory
from agenda.models import Registration, RegistrationStatus
from articles.editorial import PROGRAMME_OFFICE_GROUP, ensure_editorial_setup
from cop.factories import CommunityPageFactory
from core import retention
from mao_tafel.models import HelpRequest, HelpRequestStatus
from members.factories import MembershipFactory, UserFactory
from members.models import Membership
from newsletter import subscriptions
from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber, SubscriberStatus
from regions.factories import CallPageFactory
from regions.models import ApplicationAttachment, RegionApplication
from search.models import QueryStat

HOUR = datetime.timedelta(hours=1)


def period(key):
    return settings.MAO_RETENTION[key]


def apply_retention(*args):
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def office_user(*codenames):
    user = UserFactory()
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


class TestEventRegistrations(TestCase):
    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        days = period("events.registration")
        cls.old = EventPageFactory(start=now - days - 3 * HOUR, end=now - days - HOUR)
        cls.recent = EventPageFactory(start=now - days - HOUR, end=now - days + HOUR)
        cls.anna = RegistrationFactory(event=cls.old, name="Anna Oudhof", email="anna@example.org")
        cls.bram = RegistrationFactory(
            event=cls.old,
            name="Bram Wachter",
            email="bram@example.org",
            status=RegistrationStatus.WAITLIST,
            user=UserFactory(),
        )
        cls.carla = RegistrationFactory(
            event=cls.recent, name="Carla Recent", email="carla@example.org"
        )
        cls.office = office_user("view_registration")

    def test_programme_office_no_longer_sees_who_came_to_an_old_event(self):
        self.client.force_login(self.office)
        attendees = self.old.route_url("attendees")
        self.assertContains(self.client.get(attendees), "Anna Oudhof")

        apply_retention()

        response = self.client.get(attendees)
        for personal in ("Anna Oudhof", "anna@example.org", "Bram Wachter", "Wijkteam Noord"):
            self.assertNotContains(response, personal)
        # The rows stay, so the numbers per status of the past event stay right.
        self.assertContains(response, "Aangemeld (1)")
        self.assertContains(response, "Op de wachtlijst (1)")

        export = self.client.get(self.old.route_url("attendees_csv")).content.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(export), delimiter=";"))
        self.assertEqual(len(rows), 3)
        self.assertNotIn("anna@example.org", export)
        self.assertNotIn("Anna Oudhof", export)

        admin_index = self.client.get(reverse("event_registration:index"))
        self.assertNotContains(admin_index, "anna@example.org")
        self.assertContains(admin_index, "carla@example.org")

    def test_registrations_of_an_event_just_inside_the_period_stay(self):
        apply_retention()
        self.carla.refresh_from_db()
        self.assertEqual((self.carla.name, self.carla.email), ("Carla Recent", "carla@example.org"))
        self.client.force_login(self.office)
        self.assertContains(self.client.get(self.recent.route_url("attendees")), "Carla Recent")

    def test_old_registrations_lose_name_email_organisation_and_account(self):
        apply_retention()
        for registration in (self.anna, self.bram):
            registration.refresh_from_db()
            self.assertEqual(registration.name, "verwijderd")
            self.assertTrue(registration.email.endswith("@verwijderd.invalid"))
            self.assertEqual(registration.organisation, "")
            self.assertIsNone(registration.user_id)
        self.assertEqual(
            sorted(self.old.registrations.values_list("status", flat=True)),
            [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLIST],
        )


class TestUnconfirmedNewsletterSignups(TestCase):
    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        days = period("newsletter.unconfirmed")
        cls.expired = SubscriberFactory(
            email="vergeten@example.org",
            status=SubscriberStatus.PENDING,
            confirmed_at=None,
            confirmation_sent_at=now - days - HOUR,
        )
        cls.waiting = SubscriberFactory(
            email="nog-even@example.org",
            status=SubscriberStatus.PENDING,
            confirmed_at=None,
            confirmation_sent_at=now - days + HOUR,
        )
        # Signed up before `confirmation_sent_at` existed: counts from `created_at`.
        cls.legacy = SubscriberFactory(
            email="oud@example.org", status=SubscriberStatus.PENDING, confirmed_at=None
        )
        Subscriber.objects.filter(pk=cls.legacy.pk).update(created_at=now - days - HOUR)
        cls.reader = SubscriberFactory(email="lezer@example.org")
        Subscriber.objects.filter(pk=cls.reader.pk).update(created_at=now - 100 * days)

    def test_an_expired_confirmation_link_no_longer_works(self):
        link = self.expired.confirm_path()
        self.assertEqual(self.client.get(link).status_code, 200)

        apply_retention()

        self.assertEqual(self.client.get(link).status_code, 404)
        self.assertEqual(self.client.post(link).status_code, 404)
        self.assertFalse(Subscriber.objects.filter(email="vergeten@example.org").exists())
        self.assertFalse(Subscriber.objects.filter(email="oud@example.org").exists())

    def test_a_recent_sign_up_and_confirmed_readers_stay(self):
        apply_retention()
        self.assertEqual(self.client.get(self.waiting.confirm_path()).status_code, 200)
        self.assertEqual(
            set(Subscriber.objects.values_list("email", flat=True)),
            {"nog-even@example.org", "lezer@example.org"},
        )

    def test_someone_who_signs_up_again_after_years_keeps_the_new_link(self):
        returning = SubscriberFactory(
            email="terug@example.org", status=SubscriberStatus.UNSUBSCRIBED
        )
        Subscriber.objects.filter(pk=returning.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=800)
        )
        returning = subscriptions.subscribe("terug@example.org")

        apply_retention()

        self.assertEqual(self.client.get(returning.confirm_path()).status_code, 200)


class TestUnansweredInvitations(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.space = CommunityPageFactory()
        cls.coordinator = UserFactory()
        MembershipFactory(user=cls.coordinator, space=cls.space, role="coordinator")
        days = period("members.invitation")
        now = timezone.now()

        def membership(updated_at, **fields):
            row = MembershipFactory(space=cls.space, **fields)
            Membership.objects.filter(pk=row.pk).update(updated_at=updated_at)
            return row

        cls.stale = membership(
            now - days - HOUR, user=None, invited_email="stil@example.org", status="invited"
        )
        cls.stale_member = membership(now - days - HOUR, status="invited")
        cls.fresh = membership(
            now - days + HOUR, user=None, invited_email="vers@example.org", status="invited"
        )
        cls.old_member = membership(now - 10 * days)
        cls.old_request = membership(now - 10 * days, status="requested")

    def test_coordinator_no_longer_sees_an_unanswered_invitation(self):
        self.client.force_login(self.coordinator)
        url = reverse("cop:members", args=[self.space.pk])
        self.assertContains(self.client.get(url), "stil@example.org")

        apply_retention()

        response = self.client.get(url)
        self.assertNotContains(response, "stil@example.org")
        self.assertNotContains(response, self.stale_member.user.email)
        self.assertContains(response, "vers@example.org")

    def test_only_invitations_past_the_period_go(self):
        apply_retention()
        remaining = set(Membership.objects.values_list("pk", flat=True))
        self.assertNotIn(self.stale.pk, remaining)
        self.assertNotIn(self.stale_member.pk, remaining)
        for row in (self.fresh, self.old_member, self.old_request):
            self.assertIn(row.pk, remaining)


class TestRegionApplications(TestCase):
    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        days = period("regions.application")
        cls.old_call = CallPageFactory(opens_at=now - days - 60 * HOUR, closes_at=now - days - HOUR)
        cls.recent_call = CallPageFactory(
            title="Tweede oproep", opens_at=now - days - 60 * HOUR, closes_at=now - days + HOUR
        )
        cls.office = office_user("view_regionapplication", "change_regionapplication")

    def setUp(self):
        # Per test, not per class: the files on disk are not rolled back between tests.
        self.old = self.application(self.old_call, "Regio Drechtsteden", "Kees de Boer")
        self.recent = self.application(self.recent_call, "Gemeente Deventer", "Sanne Jansen")

    @staticmethod
    def application(call, applicant, contact):
        application = RegionApplication.objects.create(
            call=call,
            applicant=applicant,
            province="zuid-holland",
            contact_name=contact,
            contact_role="beleidsadviseur",
            contact_email=f"{contact.split()[0].lower()}@example.nl",
            contact_phone="06 12345678",
            partners_education="Swv",
            partners_care="GGD",
            partners_youth="Jeugdteam",
            motivation="Samen met ouders.",
        )
        attachment = ApplicationAttachment(
            application=application, original_name=f"plan {contact}.pdf", size=10
        )
        pdf = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n", content_type="application/pdf")
        attachment.file.save(f"plan {contact}.pdf", pdf, save=True)
        return application

    def test_programme_office_no_longer_sees_the_contact_person_or_the_files(self):
        attachment = self.old.attachments.get()
        path = attachment.file.path
        download = reverse("region_application:attachment", args=[attachment.pk])
        inspect = reverse("region_application:inspect", args=[self.old.pk])
        self.client.force_login(self.office)
        self.assertContains(self.client.get(inspect), "Kees de Boer")
        self.assertEqual(self.client.get(download).status_code, 200)

        with self.captureOnCommitCallbacks(execute=True):
            apply_retention()

        response = self.client.get(inspect)
        for personal in ("Kees de Boer", "kees@example.nl", "06 12345678", "plan Kees"):
            self.assertNotContains(response, personal)
        self.assertContains(response, "Regio Drechtsteden")  # who applied stays
        self.assertEqual(self.client.get(download).status_code, 404)
        self.assertFalse(os.path.exists(path))

    def test_an_application_to_a_call_just_inside_the_period_stays_whole(self):
        path = self.recent.attachments.get().file.path
        with self.captureOnCommitCallbacks(execute=True):
            apply_retention()
        self.recent.refresh_from_db()
        self.assertEqual(self.recent.contact_name, "Sanne Jansen")
        self.assertEqual(self.recent.contact_phone, "06 12345678")
        self.assertTrue(os.path.exists(path))

    def test_files_stay_when_the_rule_fails(self):
        path = self.old.attachments.get().file.path
        rule = next(r for r in retention.rules() if r.key == "regions.application")

        def fail_after_the_work(rows):
            rule.apply(rows)
            raise RuntimeError("database went away")

        broken = retention.Rule(rule.key, rule.what, rule.action, rule.expired, fail_after_the_work)
        with (
            mock.patch.dict(retention._rules, {rule.key: broken}),
            self.captureOnCommitCallbacks(execute=True),
            self.assertRaises(RuntimeError),
        ):
            apply_retention()
        self.assertTrue(os.path.exists(path))
        self.old.refresh_from_db()
        self.assertEqual(self.old.contact_name, "Kees de Boer")
        self.assertTrue(self.old.attachments.exists())


class TestHelpRequests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_editorial_setup()
        now = timezone.now()
        days = period("mao_tafel.helprequest")

        def request(name, status, updated_at):
            row = HelpRequest.objects.create(
                region="Ede",
                question=f"Een leerling van {name} zit al een jaar thuis.",
                name=name,
                organisation="Basisschool De Linde",
                email=f"{name.lower()}@example.org",
                phone="0318 123456",
                notes="Gebeld met moeder.",
                status=status,
            )
            HelpRequest.objects.filter(pk=row.pk).update(updated_at=updated_at)
            return row

        cls.closed_at = now - days - HOUR
        cls.closed_long_ago = request("Piet", HelpRequestStatus.CLOSED, cls.closed_at)
        cls.closed_recently = request("Fatima", HelpRequestStatus.CLOSED, now - days + HOUR)
        cls.still_open = request("Joost", HelpRequestStatus.IN_PROGRESS, now - 3 * days)
        cls.officer = UserFactory()
        cls.officer.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))

    def test_programme_office_no_longer_sees_who_asked_long_ago(self):
        self.client.force_login(self.officer)
        self.assertContains(self.client.get("/admin/mao-tafel/"), "Piet")

        apply_retention()

        listing = self.client.get("/admin/mao-tafel/")
        self.assertNotContains(listing, "Piet")
        self.assertContains(listing, "Fatima")
        self.assertContains(listing, "Joost")
        edit = self.client.get(f"/admin/mao-tafel/edit/{self.closed_long_ago.pk}/")
        for personal in ("piet@example.org", "0318 123456", "Gebeld met moeder", "van Piet"):
            self.assertNotContains(edit, personal)

    def test_the_request_keeps_its_region_status_and_date(self):
        apply_retention()
        row = HelpRequest.objects.get(pk=self.closed_long_ago.pk)
        self.assertEqual((row.region, row.status), ("Ede", HelpRequestStatus.CLOSED))
        self.assertEqual(row.updated_at, self.closed_at)
        self.assertEqual(row.organisation, "")
        for kept in (self.closed_recently, self.still_open):
            kept.refresh_from_db()
            self.assertEqual(kept.phone, "0318 123456")
            self.assertEqual(kept.notes, "Gebeld met moeder.")


class TestSearchStatistics(TestCase):
    @classmethod
    def setUpTestData(cls):
        cutoff = timezone.localdate(timezone.now() - period("search.querystat"))
        day = datetime.timedelta(days=1)
        QueryStat.objects.create(query_string="jan jansen", date=cutoff - day, hits=1)
        QueryStat.objects.create(query_string="thuiszitters", date=cutoff, hits=3)
        cls.typed = Query.objects.create(query_string="marie de vries")
        cls.typed.daily_hits.create(date=cutoff - day, hits=1)
        cls.promoted = Query.objects.create(query_string="passend onderwijs")
        cls.promoted.daily_hits.create(date=cutoff - day, hits=2)
        cls.promoted.daily_hits.create(date=cutoff, hits=2)
        SearchPromotion.objects.create(
            query=cls.promoted, external_link_url="https://example.org", external_link_text="x"
        )

    def test_days_older_than_the_period_are_deleted(self):
        apply_retention()
        self.assertEqual(
            list(QueryStat.objects.values_list("query_string", flat=True)), ["thuiszitters"]
        )
        self.assertEqual(QueryDailyHits.objects.count(), 1)
        # A query left with neither hits nor a promotion goes too; a promoted one stays.
        self.assertEqual(
            list(Query.objects.values_list("query_string", flat=True)), ["passend onderwijs"]
        )


class TestTheCommand(TestCase):
    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        old = EventPageFactory(
            start=now - period("events.registration") - 3 * HOUR,
            end=now - period("events.registration") - HOUR,
        )
        cls.registrations = [
            RegistrationFactory(event=old, name=f"Deelnemer {n}") for n in range(3)
        ]
        SubscriberFactory(
            status=SubscriberStatus.PENDING,
            confirmed_at=None,
            confirmation_sent_at=now - period("newsletter.unconfirmed") - HOUR,
        )

    def snapshot(self):
        return (
            list(Registration.objects.order_by("pk").values_list("name", "email", "user")),
            list(Subscriber.objects.order_by("pk").values_list("email", flat=True)),
        )

    def test_dry_run_reports_and_changes_nothing(self):
        before = self.snapshot()
        out = apply_retention("--dry-run")
        self.assertEqual(self.snapshot(), before)
        self.assertIn("events.registration: would anonymise 3", out)
        self.assertIn("newsletter.unconfirmed: would delete 1", out)
        self.assertIn("members.invitation: would delete 0", out)

    def test_reports_per_rule_and_a_second_run_changes_nothing(self):
        out = apply_retention()
        self.assertIn("events.registration: anonymised 3", out)
        self.assertIn("newsletter.unconfirmed: deleted 1", out)
        after = self.snapshot()
        again = apply_retention()
        self.assertEqual(self.snapshot(), after)
        self.assertIn("Done: changed 0 rows", again)

    def test_long_runs_show_progress(self):
        with mock.patch("core.management.commands.apply_retention.BATCH", 2):
            out = apply_retention()
        self.assertIn("events.registration: anonymise 3", out)
        self.assertIn("  2/3", out)
        self.assertIn("  3/3", out)

    def test_a_rule_that_fails_half_way_changes_nothing(self):
        rule = next(r for r in retention.rules() if r.key == "events.registration")
        self.assertEqual(rule.key, "events.registration")
        calls = []

        def fail_second_batch(rows):
            calls.append(rows)
            if len(calls) == 2:
                raise RuntimeError("database went away")
            return rule.apply(rows)

        broken = retention.Rule(rule.key, rule.what, rule.action, rule.expired, fail_second_batch)
        before = self.snapshot()[0]
        with (
            mock.patch.dict(retention._rules, {rule.key: broken}),
            mock.patch("core.management.commands.apply_retention.BATCH", 2),
            self.assertRaises(RuntimeError),
        ):
            apply_retention()
        self.assertEqual(self.snapshot()[0], before)  # the first batch was rolled back

    def test_the_period_comes_from_the_setting(self):
        longer = {**settings.MAO_RETENTION, "events.registration": datetime.timedelta(days=400)}
        with override_settings(MAO_RETENTION=longer):
            out = apply_retention()
        self.assertIn("events.registration: anonymised 0", out)
        self.assertEqual(Registration.objects.filter(name__startswith="Deelnemer").count(), 3)

    def test_a_rule_without_a_period_stops_the_command(self):
        incomplete = dict(settings.MAO_RETENTION)
        del incomplete["members.invitation"]
        with override_settings(MAO_RETENTION=incomplete), self.assertRaises(CommandError):
            apply_retention()
        self.assertEqual(Registration.objects.filter(name__startswith="Deelnemer").count(), 3)
