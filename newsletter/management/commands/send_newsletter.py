"""Send a newsletter issue to every confirmed subscriber.

python manage.py send_newsletter 12       # issue with id 12
python manage.py send_newsletter --latest # the newest unsent issue
"""

from django.core.management.base import BaseCommand, CommandError

from newsletter import subscriptions
from newsletter.models import Issue


class Command(BaseCommand):
    help = "Send a newsletter issue (once) to every confirmed subscriber."

    def add_arguments(self, parser):
        parser.add_argument("issue_id", nargs="?", type=int)
        parser.add_argument("--latest", action="store_true", help="The newest unsent issue.")

    def handle(self, *args, issue_id=None, latest=False, **options):
        if latest:
            issue = Issue.objects.filter(sent_at__isnull=True).order_by("-created_at").first()
        elif issue_id is not None:
            issue = Issue.objects.filter(pk=issue_id).first()
        else:
            raise CommandError("Give an issue id, or --latest.")
        if issue is None:
            raise CommandError("No such unsent issue.")
        try:
            sent, failed = subscriptions.send_issue(issue)
        except subscriptions.AlreadySent:
            raise CommandError(f"Issue {issue.pk} was sent already.") from None
        self.stdout.write(f"Sent '{issue.subject}' to {sent} subscribers ({failed} failed).")
