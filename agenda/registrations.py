"""Registering for events: seats, the waitlist, cancelling. The only code that changes
a `Registration`'s status.

Every change runs in one transaction that first locks the event's row
(`SELECT ... FOR UPDATE` on PostgreSQL), so two people can never take the last seat
at once: allocation is serialised per event, while other events are untouched. On
SQLite the settings open every transaction with `BEGIN IMMEDIATE`, which serialises
all writers. A unique constraint on (event, email) is the second line against a
double registration.

Mails go out after the transaction committed, outside the lock.

    outcome = register(event, name=..., email=..., user=request.user, verified=True)
    outcome.state  # "confirmed", "waitlist", "pending" (guest must confirm) or "already"
"""

import logging
import re
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.retention import ERASED_DOMAIN

from . import emails
from .models import EventPage, Registration, RegistrationStatus

logger = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
CONFIRMED = RegistrationStatus.CONFIRMED
WAITLIST = RegistrationStatus.WAITLIST
PENDING = RegistrationStatus.PENDING
CANCELLED = RegistrationStatus.CANCELLED


class RegistrationError(Exception):
    """A refusal with a message in plain Dutch for the person."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class Outcome:
    registration: Registration
    state: str
    promoted: list = field(default_factory=list)


def normalise_email(email):
    return (email or "").strip().lower()


def lock_event(event_id):
    """The event, its row locked until the end of the current transaction."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def check_open(event):
    if event.is_past or timezone.now() >= event.start:
        raise RegistrationError(
            _("Deze activiteit is al begonnen of voorbij. Aanmelden kan niet meer.")
        )
    if not event.registration_open:
        raise RegistrationError(
            _("De aanmelding voor deze activiteit is gesloten. Neem contact op met de organisatie.")
        )


def seats_taken(event):
    return event.registrations.filter(status=CONFIRMED).count()


def _fill_seats(event, now):
    """Promote the first people on the waitlist while there are free seats. Call locked."""
    if event.capacity is None:
        free = None
    else:
        free = event.capacity - seats_taken(event)
        if free <= 0:
            return []
    waiting = event.registrations.filter(status=WAITLIST).order_by("queued_at", "pk")
    if free is not None:
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        registration.event = event
        registration.status = CONFIRMED
        registration.save(update_fields=["status"])
    return promoted


def _allocate(event, registration, now):
    """A seat if one is free, otherwise the end of the waitlist. Call locked."""
    if event.capacity is None or seats_taken(event) < event.capacity:
        registration.status = CONFIRMED
    else:
        registration.status = WAITLIST
        # The place in the queue, counted under the same lock as the seat, so the
        # mail says 1, 2, 3 ... exactly once however many register at once.
        registration.waitlist_position = (
            event.registrations.filter(status=WAITLIST).exclude(pk=registration.pk).count() + 1
        )
    registration.queued_at = now
    registration.cancelled_at = None


def register(event, *, name, email, organisation="", user=None, verified=False):
    """Register a person for `event`.

    `verified` (a logged-in member, whose address is known) takes a seat or a waitlist
    place at once. A guest is `pending` until they confirm their address by the link
    in the mail; only then do they get a seat. Raises `RegistrationError` when the
    registration is closed.
    """
    email = normalise_email(email)
    now = timezone.now()
    try:
        with transaction.atomic():
            locked = lock_event(event.pk)
            check_open(locked)
            promoted = _fill_seats(locked, now)
            if user is not None and user.is_authenticated:
                registration = _member_registration(locked, user, email)
            else:
                user = None
                registration = Registration.objects.filter(event=locked, email=email).first()
            if registration is not None and registration.is_active:
                return Outcome(registration, "already", promoted)
            if registration is None:
                registration = Registration(event=locked, email=email)
            registration.email = email
            registration.name = name.strip()[:120]
            registration.organisation = (organisation or "").strip()[:200]
            # A guest who re-registers an address takes the row over as a guest: they
            # confirm by mail, and an account it was once linked to no longer sees it.
            registration.user = user
            if verified:
                _allocate(locked, registration, now)
            else:
                registration.status = PENDING
                registration.cancelled_at = None
            registration.save()
    except IntegrityError:
        # Only reachable if the lock did not hold (e.g. another database): the same
        # address registered in the same instant. One row won; that is the answer.
        registration = Registration.objects.get(event_id=event.pk, email=email)
        return Outcome(registration, "already")
    registration.event = locked
    _notify_promoted(promoted)
    if registration.status == PENDING:
        emails.send_confirm_request(registration)
        return Outcome(registration, "pending", promoted)
    _notify_allocated(registration)
    return Outcome(registration, registration.status, promoted)


def _member_registration(event, user, email):
    """A logged-in member's registration for `event`: found by their account, never by
    their (changeable) email address. Call locked.

    Raises `RegistrationError` when the address is in use by someone else's
    registration (a guest's, or another account's): an account whose address was changed
    to a guest's must not see, cancel or take over that guest's registration.
    """
    own = Registration.objects.filter(event=event, user=user).first()
    other = Registration.objects.filter(event=event, email=email).exclude(user=user).first()
    if other is not None:
        raise RegistrationError(
            _(
                "Dit e-mailadres is al gebruikt voor een andere aanmelding voor deze "
                "activiteit. Gebruik de link in de bevestigingsmail van die aanmelding."
            )
        )
    return own


def own_registration(event, user):
    """The registration of a logged-in `user` for `event`, by account; or None."""
    if user is None or not user.is_authenticated:
        return None
    return Registration.objects.filter(event=event, user=user).first()


def get_by_token(token):
    """The registration a link points at, or None for a wrong or tampered link."""
    if not TOKEN_RE.fullmatch(token or ""):
        return None
    return Registration.objects.select_related("event").filter(token=token).first()


def confirm(token):
    """A guest confirms their address: they get a seat or a waitlist place."""
    registration = get_by_token(token)
    if registration is None:
        raise RegistrationError(_("Deze link klopt niet. Gebruik de link uit je e-mail."))
    now = timezone.now()
    with transaction.atomic():
        locked = lock_event(registration.event_id)
        registration.refresh_from_db()
        if registration.status != PENDING:
            registration.event = locked
            return Outcome(registration, "already")
        check_open(locked)
        promoted = _fill_seats(locked, now)
        _allocate(locked, registration, now)
        registration.save(update_fields=["status", "queued_at", "cancelled_at"])
    registration.event = locked
    _notify_promoted(promoted)
    _notify_allocated(registration)
    return Outcome(registration, registration.status, promoted)


def cancel(token, notify=True):
    """Cancel by the link in a mail (no login needed). A freed seat goes to the first
    person on the waitlist, who is told by mail."""
    registration = get_by_token(token)
    if registration is None:
        raise RegistrationError(_("Deze link klopt niet. Gebruik de link uit je e-mail."))
    return cancel_registration(registration, notify=notify)


def cancel_registration(registration, notify=True):
    now = timezone.now()
    with transaction.atomic():
        locked = lock_event(registration.event_id)
        registration.refresh_from_db()
        registration.event = locked
        if registration.status == CANCELLED:
            return Outcome(registration, "already")
        if locked.is_past:
            raise RegistrationError(
                _("Deze activiteit is al voorbij; afmelden is niet meer nodig.")
            )
        registration.status = CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _fill_seats(locked, now)
    if notify:
        emails.send_cancelled(registration)
    _notify_promoted(promoted)
    return Outcome(registration, CANCELLED, promoted)


def fill_seats(event):
    """After an editor raised the capacity: give the new seats to the waitlist."""
    with transaction.atomic():
        locked = lock_event(event.pk)
        promoted = _fill_seats(locked, timezone.now())
    _notify_promoted(promoted)
    return promoted


def forget_user(user):
    """Account deletion: cancel the person's future registrations (their seats go to
    the waitlist) and erase the personal data of all their registrations.

    Call before deleting the user. The rows stay, anonymous, so that attendance
    counts of past events remain right.
    """
    return _forget(Registration.objects.filter(user=user))


def forget_email(email):
    """The same for a guest who asks to be forgotten (privacy request by mail)."""
    return _forget(Registration.objects.filter(email=normalise_email(email)))


def _forget(registrations):
    for registration in registrations.filter(event__end__gte=timezone.now()).exclude(
        status=CANCELLED
    ):
        cancel_registration(registration, notify=False)
    return erase(registrations)


def erase(registrations):
    """Anonymise `registrations` in place: name, email (one per row, (event, email) is
    unique), organisation and the link to an account go; status and event stay, so
    attendance counts remain right. Also used by `apply_retention` (agenda/retention.py).
    """
    email = Concat(
        Value("verwijderd-"),
        Cast("pk", CharField()),
        Value(f"@{ERASED_DOMAIN}"),
        output_field=CharField(),
    )
    return registrations.update(user=None, name=str(_("verwijderd")), email=email, organisation="")


def _notify_allocated(registration):
    if registration.status == CONFIRMED:
        emails.send_seat(registration)
    elif registration.status == WAITLIST:
        emails.send_waitlisted(registration)


def _notify_promoted(promoted):
    for registration in promoted:
        emails.send_promoted(registration)
