"""Who may organise an event: see and export its attendees, and mail them.

- superusers, and the programme office: anyone with the `events.view_registration`
  permission (given to the programme office's group);
- the coordinators of the event's organising space (an active `members.Membership`
  with role "coordinator"), once memberships exist.
"""

from django.apps import apps


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
