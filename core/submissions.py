"""A double click or a resend stores one thing, not two.

A public form sent twice with the same content within `RESUBMIT_SECONDS` (a double
click, a browser's "resend", a slow connection and a second try) is answered as the
first was, and nothing new is stored or mailed. The check runs in the transaction
that would store the new row, after a row lock on what the submission belongs to
(`lock`), so two identical submissions at the same instant are serialised and the
second finds the first. Different content is never held back: two people, or one
person with two questions, both get through.
"""

from datetime import timedelta

from django.utils import timezone

RESUBMIT_SECONDS = 120


def lock(obj):
    """Take a row lock on `obj` for the rest of the transaction (PostgreSQL; SQLite
    serialises writers anyway)."""
    obj._meta.model._base_manager.select_for_update().filter(pk=obj.pk).exists()


def recent_duplicate(queryset, since_field="created_at", **same):
    """The newest row of `queryset` with these values stored in the last
    `RESUBMIT_SECONDS`, or None."""
    since = timezone.now() - timedelta(seconds=RESUBMIT_SECONDS)
    return queryset.filter(**{f"{since_field}__gte": since}, **same).order_by("-pk").first()
