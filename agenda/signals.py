"""The agenda's signal wiring, connected in `EventsConfig.ready` (`connect()`).

- When an editor publishes an event with more seats, the waitlist moves up at once.
- Account deletion and data export (`members.accounts`) include registrations.
"""

from wagtail.signals import page_published

from agenda.models import EventPage, Registration, RegistrationStatus
from agenda.registrations import fill_seats, forget_user
from members.accounts import account_deleting, account_exporting


def fill_new_seats(sender, instance, **kwargs):
    if instance.registrations.filter(status=RegistrationStatus.WAITLIST).exists():
        fill_seats(instance)


def forget_registrations(sender, user, **kwargs):
    forget_user(user)


def export_registrations(sender, user, data, **kwargs):
    data["event_registrations"] = [
        {
            "event": registration.event.title,
            "start": registration.event.start.isoformat(),
            "name": registration.name,
            "email": registration.email,
            "organisation": registration.organisation,
            "status": registration.status,
            "registered_at": registration.created_at.isoformat(),
        }
        for registration in Registration.objects.filter(user=user).select_related("event")
    ]


def connect():
    page_published.connect(fill_new_seats, sender=EventPage, dispatch_uid="events.fill_seats")
    account_deleting.connect(forget_registrations, dispatch_uid="events.forget_user")
    account_exporting.connect(export_registrations, dispatch_uid="events.export_registrations")
