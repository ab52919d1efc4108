"""Who may organise an event: see and export its attendees, and mail them.

- superusers, and the programme office: anyone with the `events.view_registration`
  permission (given to the programme office's group);
- the coordinators of the event's organising space (an active `members.Membership`
  with role "coordinator"), once memberships exist.
"""

from django.apps import apps
from wagtail.permission_policies import ModelPermissionPolicy


def is_programme_office(user):
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("events.view_registration"))
    )


def is_space_coordinator(user, space_id):
    if not space_id or not user or not user.is_authenticated or not user.is_active:
        return False
    try:
        membership = apps.get_model("members", "Membership")
    except LookupError:
        return False
    return membership.objects.filter(
        user=user, space_id=space_id, role="coordinator", status="active"
    ).exists()


def can_manage_event(user, event):
    """May `user` see the attendee list of `event`, export it and mail the attendees?"""
    return is_programme_office(user) or is_space_coordinator(user, event.space_id)


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The admin lists, exports and corrects registrations, but never adds or deletes
    one, not even for a superuser: a seat is given and freed only through
    `events.registrations` (a row lock on the event, the waitlist moved up), which an
    admin form would bypass. People register on the event page and cancel through the
    link in their mail; the admin corrects a name or an organisation."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)
