"""Demo people around the agenda: registrations (some events full, with a waitlist),
an application to the open call, and newsletter subscribers. Idempotent: an event
that has registrations, a call that has applications, an existing subscriber are
left alone. Rows are written directly (no mails are sent)."""

import datetime

from django.utils import timezone

from agenda.factories import RegistrationFactory
from agenda.models import EventPage, Registration, RegistrationStatus
from newsletter.factories import SubscriberFactory
from regions.factories import RegionApplicationFactory
from regions.models import CallPage

PEOPLE = [
    ("Fatima el Amrani", "OBS De Regenboog"),
    ("Joost Visser", "Wijkteam Oost"),
    ("Noor Bakker", "GGD"),
    ("Sanne Jansen", "Gemeente Deventer"),
    ("Kees de Boer", "Samenwerkingsverband passend onderwijs"),
    ("Lotte de Vries", "ouder"),
]


def build_agenda(builder):
    now = timezone.now()
    registrations = 0
    events = EventPage.objects.live().filter(start__gt=now, capacity__isnull=False)
    for number, event in enumerate(events.order_by("start")[:3]):
        if Registration.objects.filter(event=event).exists():
            continue
        # The first event is full with two on the waitlist; the others half full.
        seats = event.capacity if number == 0 else max(event.capacity // 2, 1)
        for n in range(seats + (2 if number == 0 else 0)):
            name, organisation = PEOPLE[n % len(PEOPLE)]
            RegistrationFactory(
                event=event,
                name=name,
                organisation=organisation,
                email=f"demo-{event.pk}-{n + 1}@example.org",
                status=RegistrationStatus.CONFIRMED if n < seats else RegistrationStatus.WAITLIST,
                queued_at=now - datetime.timedelta(minutes=500 - n),
            )
            registrations += 1
    applications = 0
    for call in CallPage.objects.live():
        if call.is_open and not call.applications.exists():
            RegionApplicationFactory.create_batch(2, call=call)
            applications += 2
    for n in range(3):
        SubscriberFactory(email=f"lezer{n + 1}@example.org")
    builder.say("Agenda people")
    builder.say(f"  registrations: {registrations} new, applications: {applications} new")
