"""A member's registrations follow their account: exported with it, erased with it."""

from django.test import TestCase

from agenda import registrations
from agenda.factories import EventPageFactory
from agenda.models import Registration, RegistrationStatus
from members.accounts import delete_account, export_data
from members.factories import UserFactory


class TestRegistrationsFollowTheAccount(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.event = EventPageFactory(capacity=1, title="Masterclass Netwerkregie")
        cls.user = UserFactory(email="ilse.dekker@school.example.nl", first_name="Ilse")
        registrations.register(
            cls.event, name="Ilse Dekker", email=cls.user.email, user=cls.user, verified=True
        )
        registrations.register(
            cls.event, name="Wachtende", email="wacht@example.org", verified=True
        )

    def test_the_data_download_lists_the_registrations(self):
        data = export_data(self.user)
        [row] = data["event_registrations"]
        self.assertEqual(row["event"], "Masterclass Netwerkregie")
        self.assertEqual(row["email"], "ilse.dekker@school.example.nl")
        self.assertEqual(row["status"], RegistrationStatus.CONFIRMED)

    def test_deleting_the_account_erases_the_registration_and_frees_the_seat(self):
        delete_account(self.user)
        self.assertFalse(Registration.objects.filter(email__icontains="ilse").exists())
        self.assertFalse(Registration.objects.filter(name__icontains="Ilse").exists())
        waiting = Registration.objects.get(email="wacht@example.org")
        self.assertEqual(waiting.status, RegistrationStatus.CONFIRMED)
