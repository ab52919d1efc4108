"""Registrations are anonymised, not deleted, once the event ended longer ago than
`MAO_RETENTION["events.registration"]`: the rows stay, so the attendee list, the
admin's listing and the number of people per status of a past event stay right; name,
email, organisation and the link to an account go (`registrations.erase`, as for an
account that is deleted)."""

from core.retention import ERASED_DOMAIN, register

from .models import Registration
from .registrations import erase


def expired(cutoff):
    return Registration.objects.filter(event__end__lt=cutoff).exclude(
        email__endswith=f"@{ERASED_DOMAIN}"
    )


register(
    "events.registration",
    "registrations for ended events",
    action="anonymise",
    expired=expired,
    apply=erase,
)
