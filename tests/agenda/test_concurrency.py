"""100 people register at the same moment for 20 seats: exactly 20 get one.

Real threads, each with its own database connection, against PostgreSQL, where the
event row lock (`SELECT ... FOR UPDATE`) is what keeps seats from being given twice.
SQLite serialises every writer for the whole database and has no row locks, so the
test says nothing there and is skipped.
"""

import contextlib
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from unittest import skipUnless

from django.core import mail
from django.db import connection, connections
from django.test import TransactionTestCase
from django.test.utils import override_settings

from agenda import registrations
from agenda.factories import EventPageFactory
from agenda.models import Registration, RegistrationStatus

PEOPLE = 100
CAPACITY = 20
THREADS = 25  # more than the seats: the first wave of 25 races for all 20


@skipUnless(
    connection.vendor == "postgresql",
    "needs PostgreSQL (DATABASE_URL=postgres://...): SQLite serialises all writers and has "
    "no row locks, so concurrent seat allocation cannot be tested there",
)
@override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
class TestSimultaneousRegistrations(TransactionTestCase):
    """Needs PostgreSQL (DATABASE_URL=postgres://...): SQLite has no row locks."""

    def run_in_threads(self, function, arguments):
        barrier = threading.Barrier(min(THREADS, len(arguments)), timeout=30)

        def worker(argument):
            try:
                connection.ensure_connection()  # connect first, so that the start is even
                with contextlib.suppress(threading.BrokenBarrierError):
                    barrier.wait()  # each wave of THREADS starts together
                return function(argument)
            finally:
                connections.close_all()  # each thread closes its own connection

        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            return list(pool.map(worker, arguments))

    def test_100_registrations_for_20_seats_then_5_cancellations(self):
        self.assertEqual(connection.vendor, "postgresql")
        event = EventPageFactory(capacity=CAPACITY)

        def register(n):
            # Every fifth person clicks twice: those must not count twice.
            outcomes = []
            for _ in range(2 if n % 5 == 0 else 1):
                outcomes.append(
                    registrations.register(
                        event,
                        name=f"Deelnemer {n}",
                        email=f"deelnemer{n}@example.org",
                        verified=True,
                    ).state
                )
            return outcomes

        results = self.run_in_threads(register, range(PEOPLE))
        first_states = [outcomes[0] for outcomes in results]
        self.assertEqual(first_states.count(RegistrationStatus.CONFIRMED), CAPACITY)
        self.assertEqual(first_states.count(RegistrationStatus.WAITLIST), PEOPLE - CAPACITY)
        self.assertTrue(all(o[1] == "already" for o in results if len(o) == 2))

        # The waitlist mails say 1, 2, ... 80, each number exactly once.
        numbers = sorted(
            int(re.search(r"Je bent nummer (\d+)\.", message.body).group(1))
            for message in mail.outbox
            if message.subject.startswith("Je staat op de wachtlijst")
        )
        self.assertEqual(numbers, list(range(1, PEOPLE - CAPACITY + 1)))

        rows = Registration.objects.filter(event=event)
        self.assertEqual(rows.count(), PEOPLE)
        self.assertEqual(rows.values("email").distinct().count(), PEOPLE)
        self.assertEqual(rows.filter(status=RegistrationStatus.CONFIRMED).count(), CAPACITY)
        self.assertEqual(rows.filter(status=RegistrationStatus.WAITLIST).count(), PEOPLE - CAPACITY)

        waitlist = list(
            rows.filter(status=RegistrationStatus.WAITLIST)
            .order_by("queued_at", "pk")
            .values_list("pk", flat=True)
        )
        leaving = list(
            rows.filter(status=RegistrationStatus.CONFIRMED).values_list("token", flat=True)[:5]
        )
        cancel_results = self.run_in_threads(registrations.cancel, leaving)
        self.assertTrue(all(r.state == RegistrationStatus.CANCELLED for r in cancel_results))

        promoted = sorted(pk for r in cancel_results for pk in (p.pk for p in r.promoted))
        self.assertEqual(promoted, sorted(waitlist[:5]))
        self.assertEqual(rows.filter(status=RegistrationStatus.CONFIRMED).count(), CAPACITY)
        self.assertEqual(
            set(rows.filter(pk__in=waitlist[:5]).values_list("status", flat=True)),
            {RegistrationStatus.CONFIRMED},
        )
        self.assertEqual(
            list(
                rows.filter(status=RegistrationStatus.WAITLIST)
                .order_by("queued_at", "pk")
                .values_list("pk", flat=True)
            ),
            waitlist[5:],
        )
        self.assertEqual(rows.filter(status=RegistrationStatus.CANCELLED).count(), 5)
