"""When an editor publishes an event with more seats, the waitlist moves up at once."""

from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def fill_new_seats(sender, instance, **kwargs):
    from .models import EventPage, RegistrationStatus
    from .registrations import fill_seats

    if not isinstance(instance, EventPage):
        return
    if instance.registrations.filter(status=RegistrationStatus.WAITLIST).exists():
        fill_seats(instance)


def _connect_account_hooks():
    """Account deletion and data export (members.accounts) include registrations."""
    from members.accounts import account_deleting, account_exporting

    @receiver(account_deleting, weak=False, dispatch_uid="events.forget_user")
    def forget_registrations(sender, user, **kwargs):
        from .registrations import forget_user

        forget_user(user)

    @receiver(account_exporting, weak=False, dispatch_uid="events.export_registrations")
    def export_registrations(sender, user, data, **kwargs):
        from .models import Registration

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


_connect_account_hooks()
