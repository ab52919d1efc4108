"""Registering for an event: seats, the waitlist, cancelling, and every way it can go wrong."""

import datetime

from django.contrib.auth.models import Permission
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from agenda import registrations
from agenda.factories import EventPageFactory, amsterdam
from agenda.models import Registration, RegistrationStatus
from agenda.permissions import can_manage_event
from agenda.registrations import RegistrationError
from members.factories import SuperUserFactory, UserFactory

CONFIRMED = RegistrationStatus.CONFIRMED
WAITLIST = RegistrationStatus.WAITLIST


def guest_data(**overrides):
    data = {
        "action": "guest",
        "name": "Fatima el Amrani",
        "email": "fatima@school.example.nl",
        "organisation": "OBS De Regenboog",
        "website": "",
    }
    data.update(overrides)
    return data


class FormTokenMixin:
    def post_form(self, url, data, **extra):
        """Post like a browser: first load the page to get the signed start time."""
        from bs4 import BeautifulSoup

        response = self.client.get(url)
        soup = BeautifulSoup(response.content, "html.parser")
        token = soup.find("input", {"name": "form_started"})
        data = dict(data)
        if token is not None:
            data.setdefault("form_started", token["value"])
        return self.client.post(url, data, **extra)


class TestRegistrationService(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=2)

    def register(self, n, verified=True, event=None):
        return registrations.register(
            event or self.event,
            name=f"Deelnemer {n}",
            email=f"deelnemer{n}@example.org",
            verified=verified,
        )

    def test_seats_until_capacity_then_waitlist(self):
        states = [self.register(n).state for n in range(4)]
        self.assertEqual(states, [CONFIRMED, CONFIRMED, WAITLIST, WAITLIST])

    def test_same_email_twice_is_one_registration(self):
        self.register(1)
        outcome = registrations.register(
            self.event, name="Iemand", email="  DEELNEMER1@example.org ", verified=True
        )
        self.assertEqual(outcome.state, "already")
        self.assertEqual(Registration.objects.filter(event=self.event).count(), 1)

    def test_cancelling_promotes_the_first_on_the_waitlist(self):
        first, _second, third, fourth = (self.register(n).registration for n in range(4))
        outcome = registrations.cancel(first.token)
        self.assertEqual([r.pk for r in outcome.promoted], [third.pk])
        third.refresh_from_db()
        fourth.refresh_from_db()
        self.assertEqual(third.status, CONFIRMED)
        self.assertEqual(fourth.status, WAITLIST)

    def test_cancelling_twice_changes_nothing_the_second_time(self):
        first = self.register(1).registration
        self.assertEqual(registrations.cancel(first.token).state, RegistrationStatus.CANCELLED)
        self.assertEqual(registrations.cancel(first.token).state, "already")

    def test_a_tampered_token_is_refused(self):
        first = self.register(1).registration
        with self.assertRaises(RegistrationError):
            registrations.cancel(first.token[:-2] + "xx")
        first.refresh_from_db()
        self.assertEqual(first.status, CONFIRMED)

    def test_a_guest_takes_a_seat_only_after_confirming(self):
        outcome = self.register(1, verified=False)
        self.assertEqual(outcome.state, "pending")
        self.register(2)
        self.register(3)
        confirmed = registrations.confirm(outcome.registration.token)
        self.assertEqual(confirmed.state, WAITLIST)

    def test_registering_after_the_deadline_is_refused(self):
        event = EventPageFactory(registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        with self.assertRaisesMessage(RegistrationError, "gesloten"):
            self.register(1, event=event)
        self.assertFalse(Registration.objects.filter(event=event).exists())

    def test_registering_for_a_past_event_is_refused(self):
        event = EventPageFactory(start=amsterdam(-3, 19), end=amsterdam(-3, 21))
        with self.assertRaisesMessage(RegistrationError, "voorbij"):
            self.register(1, event=event)

    def test_without_capacity_everyone_gets_a_seat(self):
        event = EventPageFactory(capacity=None)
        states = {self.register(n, event=event).state for n in range(5)}
        self.assertEqual(states, {CONFIRMED})

    def test_raised_capacity_goes_to_the_waitlist_first(self):
        regs = [self.register(n).registration for n in range(3)]
        self.event.capacity = 3
        self.event.save()
        newcomer = self.register(9)
        regs[2].refresh_from_db()
        self.assertEqual(regs[2].status, CONFIRMED)
        self.assertEqual(newcomer.state, WAITLIST)

    def test_forget_user_erases_personal_data_and_frees_the_seat(self):
        user = UserFactory(email="verdwijnt@example.org")
        own = registrations.register(
            self.event, name="Weg", email=user.email, user=user, verified=True
        ).registration
        self.register(2)
        waiting = self.register(3).registration
        self.assertEqual(registrations.forget_user(user), 1)
        own.refresh_from_db()
        waiting.refresh_from_db()
        self.assertIsNone(own.user)
        self.assertNotIn("verdwijnt", own.email)
        self.assertEqual(own.status, RegistrationStatus.CANCELLED)
        self.assertEqual(waiting.status, CONFIRMED)


class TestRegistrationPage(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=1, online_link="https://meet.example.org/geheim")

    def test_guest_registers_and_is_asked_to_confirm_by_mail(self):
        response = self.post_form(self.event.url, guest_data(), follow=True)
        self.assertContains(response, "we hebben je een e-mail gestuurd")
        registration = Registration.objects.get(event=self.event)
        self.assertEqual(registration.status, RegistrationStatus.PENDING)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Bevestig je aanmelding", mail.outbox[0].subject)

    def test_invalid_email_is_explained_and_the_input_kept(self):
        response = self.post_form(self.event.url, guest_data(email="fatima@"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Vul een geldig e-mailadres in")
        self.assertContains(response, 'value="Fatima el Amrani"')
        self.assertContains(response, 'value="OBS De Regenboog"')
        self.assertFalse(Registration.objects.exists())

    def test_the_same_email_twice_is_told_and_not_stored_twice(self):
        registrations.register(
            self.event, name="Fatima", email="fatima@school.example.nl", verified=True
        )
        response = self.post_form(self.event.url, guest_data(), follow=True)
        self.assertContains(response, "al aangemeld")
        self.assertEqual(Registration.objects.filter(event=self.event).count(), 1)

    def test_a_full_event_offers_the_waitlist(self):
        registrations.register(self.event, name="A", email="a@example.org", verified=True)
        response = self.client.get(self.event.url)
        self.assertContains(response, "Vol: wie zich nu aanmeldt, komt op de wachtlijst")
        self.assertContains(response, "Zet mij op de wachtlijst")

    def test_after_the_deadline_the_page_says_so_and_a_post_stores_nothing(self):
        event = EventPageFactory(registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        response = self.client.get(event.url)
        self.assertContains(response, "De aanmelding is gesloten.")
        self.assertNotContains(response, 'name="email"')
        response = self.post_form(event.url, guest_data())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "De aanmelding voor deze activiteit is gesloten")
        self.assertFalse(Registration.objects.filter(event=event).exists())

    def test_a_past_event_refuses_registration(self):
        event = EventPageFactory(start=amsterdam(-2, 19), end=amsterdam(-2, 21))
        response = self.client.get(event.url)
        self.assertContains(response, "aanmelden kan niet meer")
        response = self.post_form(event.url, guest_data())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "al begonnen of voorbij")
        self.assertFalse(Registration.objects.filter(event=event).exists())

    def test_member_registers_with_one_click_and_sees_the_online_link(self):
        user = UserFactory(first_name="Joost", last_name="Visser")
        self.client.force_login(user)
        response = self.client.get(self.event.url)
        self.assertNotContains(response, "meet.example.org/geheim")
        response = self.client.post(self.event.url, {"action": "member"}, follow=True)
        self.assertContains(response, "Je bent aangemeld.")
        self.assertContains(response, "https://meet.example.org/geheim")
        registration = Registration.objects.get(event=self.event)
        self.assertEqual((registration.user, registration.name), (user, "Joost Visser"))

    def test_member_cancels_from_the_event_page(self):
        user = UserFactory()
        self.client.force_login(user)
        self.client.post(self.event.url, {"action": "member"})
        response = self.client.post(self.event.url, {"action": "member-cancel"}, follow=True)
        self.assertContains(response, "Je bent afgemeld")
        self.assertEqual(
            Registration.objects.get(event=self.event).status, RegistrationStatus.CANCELLED
        )

    def test_junk_post_never_gives_a_500(self):
        for data in [{}, {"action": "member"}, {"action": "nonsense", "email": "x" * 5000}]:
            response = self.client.post(self.event.url, data)
            self.assertIn(response.status_code, (200, 302))


class TestRegistrationLinks(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=1)

    def setUp(self):
        self.registration = registrations.register(
            self.event, name="Ouder", email="ouder@example.org", verified=True
        ).registration

    def test_cancel_link_asks_first_then_cancels(self):
        url = self.registration.cancel_path()
        response = self.client.get(url)
        self.assertContains(response, "Ja, meld mij af")
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.status, CONFIRMED)
        response = self.client.post(url, follow=True)
        self.assertContains(response, "Je bent afgemeld")
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.status, RegistrationStatus.CANCELLED)

    def test_cancel_link_used_twice_says_it_was_done(self):
        url = self.registration.cancel_path()
        self.client.post(url)
        response = self.client.post(url, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Je was al afgemeld")

    def test_tampered_link_gives_a_clear_message_not_a_500(self):
        for url in [
            f"/aanmelding/{self.registration.token}x/afmelden/",
            "/aanmelding/niet-echt/afmelden/",
            f"/aanmelding/{'a' * 300}/bevestigen/",
            "/aanmelding/%00/",
        ]:
            response = self.client.post(url)
            self.assertEqual(response.status_code, 404, url)
            self.assertContains(response, "Deze link klopt niet", status_code=404)
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.status, CONFIRMED)

    def test_manage_page_shows_the_state(self):
        response = self.client.get(self.registration.manage_path())
        self.assertContains(response, "Aangemeld")
        self.assertContains(response, self.event.title)


class TestOrganisers(TestCase):
    @classmethod
    def setUpTestData(cls):
        from cop.factories import CommunityPageFactory

        cls.space = CommunityPageFactory()
        cls.event = EventPageFactory(capacity=1, space=cls.space)
        registrations.register(
            cls.event, name="=HYPERLINK(1)", email="a@example.org", verified=True
        )
        registrations.register(cls.event, name="Bea", email="b@example.org", verified=True)
        cls.superuser = SuperUserFactory()
        cls.ordinary = UserFactory()

    def attendees_url(self):
        return self.event.route_url("attendees")

    def test_permission_function(self):
        self.assertTrue(can_manage_event(self.superuser, self.event))
        self.assertFalse(can_manage_event(self.ordinary, self.event))

    def test_programme_office_permission_counts(self):
        office = UserFactory()
        office.user_permissions.add(Permission.objects.get(codename="view_registration"))
        self.assertTrue(can_manage_event(office, self.event))

    def test_coordinator_of_the_space_may_manage_but_a_member_may_not(self):
        from members.factories import MembershipFactory

        coordinator, member = UserFactory(), UserFactory()
        MembershipFactory(user=coordinator, space=self.space, role="coordinator", status="active")
        MembershipFactory(user=member, space=self.space, role="member", status="active")
        self.assertTrue(can_manage_event(coordinator, self.event))
        self.assertFalse(can_manage_event(member, self.event))
        self.client.force_login(coordinator)
        self.assertContains(self.client.get(self.attendees_url()), "Bea")

    def test_anonymous_is_sent_to_login_and_ordinary_user_refused(self):
        response = self.client.get(self.attendees_url())
        self.assertEqual(response.status_code, 302)
        self.client.force_login(self.ordinary)
        self.assertEqual(self.client.get(self.attendees_url()).status_code, 403)
        self.assertEqual(self.client.get(self.event.route_url("attendees_csv")).status_code, 403)
        self.assertNotContains(self.client.get(self.event.url), "Deelnemers bekijken")

    def test_superuser_sees_list_and_exports_csv(self):
        import csv
        import io

        self.client.force_login(self.superuser)
        self.assertContains(self.client.get(self.event.url), "Deelnemers bekijken")
        response = self.client.get(self.attendees_url())
        self.assertContains(response, "Bea")
        self.assertContains(response, "Op de wachtlijst")
        response = self.client.get(self.event.route_url("attendees_csv"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        self.assertEqual(rows[0][:4], ["Naam", "E-mailadres", "Organisatie", "Status"])
        self.assertEqual(rows[1][0], "'=HYPERLINK(1)")  # no formula in a spreadsheet
        self.assertEqual([r[3] for r in rows[1:]], ["aangemeld", "op de wachtlijst"])

    def test_programme_office_admin_lists_and_exports_registrations(self):
        from django.urls import reverse

        self.client.force_login(self.superuser)
        url = reverse("event_registration:index")
        self.assertContains(self.client.get(url), "Bea")
        response = self.client.get(url, {"export": "csv", "status": "waitlist"})
        content = b"".join(response.streaming_content).decode()
        self.assertIn("b@example.org", content)
        self.assertNotIn("a@example.org", content)

    def test_organiser_mails_the_attendees(self):
        self.client.force_login(self.superuser)
        url = self.event.route_url("attendees_mail")
        response = self.client.post(url, {"recipients": "all", "subject": "", "message": ""})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(mail.outbox), 0)
        response = self.client.post(
            url,
            {"recipients": "all", "subject": "Parkeren", "message": "Parkeer achter de school."},
            follow=True,
        )
        self.assertContains(response, "2 berichten verstuurd")
        self.assertEqual(sorted(m.to[0] for m in mail.outbox), ["a@example.org", "b@example.org"])
        self.assertIn("Parkeer achter de school.", mail.outbox[0].body)
        self.assertIn("/afmelden/", mail.outbox[0].body)


class TestRegistrationAdmin(TestCase):
    """The programme office's list of registrations: read, export and correct, never
    add or delete (that would give or free a seat past the waitlist)."""

    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=1)
        cls.first = registrations.register(
            cls.event, name="Ans", email="a@example.org", verified=True
        )
        registrations.register(cls.event, name="Bram", email="b@example.org", verified=True)
        cls.superuser = SuperUserFactory()

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_the_list_offers_no_add_button_and_no_delete(self):
        from django.urls import reverse

        response = self.client.get(reverse("event_registration:index"))
        self.assertContains(response, "Ans")
        self.assertNotContains(response, reverse("event_registration:add"))
        registration = Registration.objects.get(email="a@example.org")
        edit = self.client.get(reverse("event_registration:edit", args=[registration.pk]))
        self.assertEqual(edit.status_code, 200)
        self.assertNotContains(edit, reverse("event_registration:delete", args=[registration.pk]))

    def test_adding_or_deleting_by_url_is_refused_and_changes_no_seat(self):
        from django.urls import reverse

        registration = Registration.objects.get(email="a@example.org")
        add = self.client.post(
            reverse("event_registration:add"), {"name": "Cor", "organisation": "School"}
        )
        delete = self.client.post(reverse("event_registration:delete", args=[registration.pk]))
        self.assertIn(add.status_code, (302, 403))
        self.assertIn(delete.status_code, (302, 403))
        self.assertTrue(Registration.objects.filter(pk=registration.pk).exists())
        self.assertEqual(Registration.objects.filter(event=self.event).count(), 2)
        statuses = dict(Registration.objects.values_list("email", "status"))
        self.assertEqual(statuses["b@example.org"], RegistrationStatus.WAITLIST)


class TestCapacityRaisedByEditor(TestCase):
    def test_publishing_more_seats_promotes_the_waitlist_and_tells_them(self):
        event = EventPageFactory(capacity=1)
        for n in range(3):
            registrations.register(event, name=f"P{n}", email=f"p{n}@example.org", verified=True)
        mail.outbox.clear()
        event.capacity = 2
        event.save_revision().publish()
        statuses = list(
            Registration.objects.filter(event=event)
            .order_by("queued_at")
            .values_list("status", flat=True)
        )
        self.assertEqual(statuses, [CONFIRMED, CONFIRMED, WAITLIST])
        self.assertEqual([m.to for m in mail.outbox], [["p1@example.org"]])
        self.assertIn("Er is een plek vrijgekomen", mail.outbox[0].subject)
