"""Who may organise an event: see and export its attendees, and mail them.

- superusers and the programme office (`cop.permissions.is_programme_office`), and anyone
  with the `events.view_registration` model permission;
- the coordinators of the event's organising space (an active `members.Membership`
  with role "coordinator"), once memberships exist.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from cop.permissions import is_coordinator, is_programme_office


def can_manage_event(user, event):
    """May `user` see the attendee list of `event`, export it and mail the attendees?

    The programme office, anyone given the `events.view_registration` model permission,
    and the coordinators of the organising space (`cop.permissions` says who they are).
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return (
        is_programme_office(user)
        or user.has_perm("events.view_registration")
        or is_coordinator(user, event.space_id)
    )


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The admin lists, exports and corrects registrations, but never adds or deletes
    one, not even for a superuser: a seat is given and freed only through
    `agenda.registrations` (a row lock on the event, the waitlist moved up), which an
    admin form would bypass. People register on the event page and cancel through the
    link in their mail; the admin corrects a name or an organisation."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)
