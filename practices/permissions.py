"""May this person do this with practice examples? Used by views and templates alike.

Coordinators come from `members.Membership` (built alongside this app); until that
model exists, superusers and staff may act for every fieldlab.
"""

from django.apps import apps
from django.core.exceptions import FieldError


def is_space_coordinator(user, space):
    """An active coordinator of this space, per `members.Membership` when it exists."""
    if not (user and user.is_authenticated):
        return False
    if not apps.is_installed("members"):
        return False
    try:
        membership = apps.get_model("members", "Membership")
    except LookupError:
        return False
    try:
        return membership.objects.filter(
            user=user, space_id=space.pk, role="coordinator", status="active"
        ).exists()
    except (FieldError, ValueError):  # a Membership of another shape: nobody is coordinator
        return False


def can_convert_fieldlab(user, fieldlab):
    """May this person turn a finished fieldlab into a draft practice example?"""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or user.is_staff:
        return True
    return is_space_coordinator(user, fieldlab)
