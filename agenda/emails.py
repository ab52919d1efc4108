"""The mails of the agenda, in Dutch, from templates in `templates/events/email/`.

Each mail is plain text with the person's own links (confirm, manage, cancel). A
failing mail server never breaks a registration: the row is saved first and the
mail is queued for a retry (core/mail.py); registering again resends it too.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from core import mail

logger = logging.getLogger(__name__)


def absolute_url(path):
    """A link for a mail: the site's base URL (SITE_URL) plus a path."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def registration_context(registration, **extra):
    event = registration.event
    return {
        "registration": registration,
        "event": event,
        "event_url": absolute_url(event.url),
        "ics_url": absolute_url(event.route_url("ics")),
        "manage_url": absolute_url(registration.manage_path()),
        "confirm_url": absolute_url(registration.confirm_path()),
        "cancel_url": absolute_url(registration.cancel_path()),
        **extra,
    }


def send_templated(name, to, context, attachments=()):
    """Render `events/email/<name>_subject.txt` and `<name>.txt` in Dutch and send."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"events/email/{name}_subject.txt", context).split())
        body = render_to_string(f"events/email/{name}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[to])
    for attachment in attachments:
        message.attach(*attachment)
    # Sent now, or queued for a retry when the mail server is down (core/mail.py).
    # True when sent or queued.
    return mail.send(message)


def _calendar_attachment(registration):
    from .calendar import event_calendar

    ical = event_calendar(registration.event, include_online_link=True)
    return ("activiteit.ics", ical, "text/calendar")


def send_confirm_request(registration):
    return send_templated("confirm_request", registration.email, registration_context(registration))


def send_seat(registration):
    return send_templated(
        "seat",
        registration.email,
        registration_context(registration),
        attachments=[_calendar_attachment(registration)],
    )


def send_waitlisted(registration):
    # Counted under the seat's lock when there is one (agenda.registrations._allocate).
    position = getattr(registration, "waitlist_position", None)
    if position is None and registration.queued_at:
        position = registration.event.registrations.filter(
            status=registration.status, queued_at__lte=registration.queued_at
        ).count()
    return send_templated(
        "waitlisted",
        registration.email,
        registration_context(registration, position=position),
    )


def send_promoted(registration):
    return send_templated(
        "promoted",
        registration.email,
        registration_context(registration),
        attachments=[_calendar_attachment(registration)],
    )


def send_cancelled(registration):
    return send_templated("cancelled", registration.email, registration_context(registration))


def send_reminder(registration):
    return send_templated(
        "reminder",
        registration.email,
        registration_context(registration),
        attachments=[_calendar_attachment(registration)],
    )


def send_organiser_message(registration, subject, message, sender_name):
    return send_templated(
        "organiser_message",
        registration.email,
        registration_context(
            registration, subject=subject, message=message, sender_name=sender_name
        ),
    )
