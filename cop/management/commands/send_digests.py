"""Send each member who chose a digest one email with what changed in their spaces.

    python manage.py send_digests --period weekly    # e.g. Monday 07:00 from cron
    python manage.py send_digests --period daily     # every morning

A member gets pages published in their active spaces since their last digest (or
since one period ago), members-only pages included (they are members). Nothing
changed: no email. Safe to run twice: the second run finds nothing new.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from cop.emails import send_digest
from cop.models import SpacePage
from cop.permissions import viewable_pages
from members.models import Membership, NotificationPreference

PERIODS = {
    "daily": (NotificationPreference.DAILY, timedelta(days=1)),
    "weekly": (NotificationPreference.WEEKLY, timedelta(days=7)),
}


class Command(BaseCommand):
    help = "Send the daily or weekly digest of changes in members' spaces."

    def add_arguments(self, parser):
        parser.add_argument("--period", choices=sorted(PERIODS), required=True)

    def handle(self, *args, period, **options):
        preference, length = PERIODS[period]
        now = timezone.now()
        users = (
            get_user_model()
            .objects.filter(
                is_active=True, notification_preference=preference, memberships__status="active"
            )
            .distinct()
        )
        sent = 0
        for user in users:
            since = max(user.last_digest_at or now - length, now - length)
            changes = []
            memberships = Membership.objects.active().filter(user=user).select_related("space")
            for membership in memberships.order_by("space__title"):
                pages = viewable_pages(
                    SpacePage.objects.live()
                    .descendant_of(membership.space)
                    .filter(last_published_at__gt=since, last_published_at__lte=now),
                    user,
                ).order_by("-last_published_at")
                pages = list(pages.defer_streamfields())
                if pages:
                    changes.append((membership.space, pages))
            if changes:
                send_digest(user, period, changes)
                sent += 1
            user.last_digest_at = now
            user.save(update_fields=["last_digest_at"])
        self.stdout.write(f"Sent {sent} {period} digest(s).")
