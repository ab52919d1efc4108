"""Invitations to a space that nobody answered are deleted
`MAO_RETENTION["members.invitation"]` after they were sent (`updated_at`: `invite` saves
the row when it sends). With the row goes the invited address; the person can be
invited again. An invitation grants no group, so no `sync_user_groups` is needed."""

from core.retention import register

from .models import Membership, MembershipStatus


def expired(cutoff):
    return Membership.objects.filter(status=MembershipStatus.INVITED, updated_at__lt=cutoff)


register(
    "members.invitation",
    "unanswered invitations to a space",
    action="delete",
    expired=expired,
)
