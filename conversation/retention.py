"""Reports are deleted once they were handled longer ago than
`MAO_RETENTION["conversation.report"]`: the reason a person gave and who they are are
needed while the coordinators look into it, not after. Posts and threads are content
of the space; their writer deletes them (the text goes at once) or they go with the
account's erasure (re-attributed to "voormalig lid") or the space."""

from core.retention import register

from .models import Report


def expired(cutoff):
    return Report.objects.filter(handled_at__lt=cutoff)


register(
    "conversation.report",
    "reports handled long ago",
    action="delete",
    expired=expired,
)
