"""Applications to a call are anonymised `MAO_RETENTION["regions.application"]` after
the call closed (the call has no decision date; the decision follows the closing within
weeks): the contact person's name, role, email and phone go, and the attachments are
deleted, rows and files. What stays is who applied (a municipality or region), where,
for which call, with which status, and the text of the application, so the programme
office can still see which regions applied to which call."""

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from core.retention import ERASED_EMAIL, register

from .models import ApplicationAttachment, RegionApplication


def expired(cutoff):
    has_files = Exists(ApplicationAttachment.objects.filter(application=OuterRef("pk")))
    return RegionApplication.objects.filter(call__closes_at__lt=cutoff).filter(
        has_files | ~Q(contact_email=ERASED_EMAIL)
    )


def anonymise(rows):
    rows = RegionApplication.objects.filter(pk__in=list(rows.values_list("pk", flat=True)))
    attachments = ApplicationAttachment.objects.filter(application__in=rows)
    files = [(a.file.storage, a.file.name) for a in attachments if a.file]
    attachments.delete()

    def delete_files():
        for storage, name in files:
            storage.delete(name)

    # Files are not transactional: remove them only once the rows are gone for good.
    transaction.on_commit(delete_files)
    return rows.update(
        contact_name=_("verwijderd"), contact_role="", contact_email=ERASED_EMAIL, contact_phone=""
    )


register(
    "regions.application",
    "applications to closed calls",
    action="anonymise",
    expired=expired,
    apply=anonymise,
)
