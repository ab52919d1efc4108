"""Remind everyone with a seat, the day before an event. Run once a day (cron).

    python manage.py send_event_reminders

Each registration is reminded at most once (`reminder_sent_at`), so running it twice
on one day sends nothing new. People on the waitlist get no reminder.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from agenda import emails
from agenda.models import EventPage, Registration, RegistrationStatus


class Command(BaseCommand):
    help = "Send a reminder mail to confirmed attendees of tomorrow's events."

    def handle(self, *args, **options):
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        start = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
        end = start + datetime.timedelta(days=1)
        events = EventPage.objects.live().filter(start__gte=start, start__lt=end)
        sent = failed = 0
        for event in events:
            pending = Registration.objects.filter(
                event=event, status=RegistrationStatus.CONFIRMED, reminder_sent_at__isnull=True
            ).values_list("pk", flat=True)
            for pk in pending:
                with transaction.atomic():
                    registration = (
                        Registration.objects.select_for_update(skip_locked=True)
                        .filter(pk=pk, reminder_sent_at__isnull=True)
                        .first()
                    )
                    if registration is None:  # another run took it
                        continue
                    registration.event = event
                    if emails.send_reminder(registration):
                        registration.reminder_sent_at = timezone.now()
                        registration.save(update_fields=["reminder_sent_at"])
                        sent += 1
                    else:
                        failed += 1
        self.stdout.write(f"Sent {sent} reminders ({failed} failed) for {tomorrow.isoformat()}.")
