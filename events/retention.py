"""Registrations are anonymised, not deleted, once the event ended longer ago than
`MAO_RETENTION["events.registration"]`: the rows stay, so the attendee list, the
admin's listing and the number of people per status of a past event stay right; name,
email, organisation and the link to an account go (as `registrations.forget_user`)."""

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext as _

from core.retention import ERASED_DOMAIN, register

from .models import Registration


def expired(cutoff):
    return Registration.objects.filter(event__end__lt=cutoff).exclude(
        email__endswith=f"@{ERASED_DOMAIN}"
    )


def anonymise(rows):
    # One address per row: (event, email) is unique.
    email = Concat(
        Value("verwijderd-"),
        Cast("pk", CharField()),
        Value(f"@{ERASED_DOMAIN}"),
        output_field=CharField(),
    )
    return rows.update(user=None, name=_("verwijderd"), email=email, organisation="")


register(
    "events.registration",
    "registrations for ended events",
    action="anonymise",
    expired=expired,
    apply=anonymise,
)
