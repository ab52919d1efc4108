"""Requests to the MAO-tafel are anonymised `MAO_RETENTION["mao_tafel.helprequest"]`
after they were closed (`updated_at` of a closed request: closing is its last change).
Who asked (name, organisation, email, phone) goes, and so do the question and the
office's notes: they may describe a child's situation, which with the region would
still point at a person. What stays is the kind, domain, region, status and dates, for
the office's counts."""

from django.utils.translation import gettext as _

from core.retention import ERASED_EMAIL, register

from .models import HelpRequest, HelpRequestStatus


def expired(cutoff):
    return HelpRequest.objects.filter(
        status=HelpRequestStatus.CLOSED, updated_at__lt=cutoff
    ).exclude(email=ERASED_EMAIL)


def anonymise(rows):
    # update() leaves updated_at alone, so the request keeps the date it was closed.
    return rows.update(
        name=_("verwijderd"),
        organisation="",
        email=ERASED_EMAIL,
        phone="",
        question=_("(verwijderd na de bewaartermijn)"),
        notes="",
    )


register(
    "mao_tafel.helprequest",
    "closed requests to the MAO-tafel",
    action="anonymise",
    expired=expired,
    apply=anonymise,
)
