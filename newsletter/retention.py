"""Sign-ups that were never confirmed are deleted `MAO_RETENTION["newsletter.unconfirmed"]`
after the latest confirmation mail: without the confirmation there is no consent to
keep the address for. Their confirmation link then answers "not valid"; signing up
again sends a new one."""

from django.db.models.functions import Coalesce

from core.retention import register

from .models import Subscriber, SubscriberStatus


def expired(cutoff):
    # Sign-ups from before `confirmation_sent_at` existed count from `created_at`.
    return Subscriber.objects.alias(
        requested=Coalesce("confirmation_sent_at", "created_at")
    ).filter(status=SubscriberStatus.PENDING, requested__lt=cutoff)


register(
    "newsletter.unconfirmed",
    "unconfirmed newsletter sign-ups",
    action="delete",
    expired=expired,
)
