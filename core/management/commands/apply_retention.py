"""Delete or anonymise personal data whose retention period has passed.

    python manage.py apply_retention            # every rule, each in its own transaction
    python manage.py apply_retention --dry-run  # only count what would go

The rules live next to their models (`<app>/retention.py`, see `core/retention.py`);
the periods are `settings.MAO_RETENTION` (docs/privacy.md). Safe to run twice: a rule
only finds rows that still hold personal data. Run it daily (docs/deployment.md).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from core.retention import rules

BATCH = 500


class Command(BaseCommand):
    help = "Delete or anonymise personal data past its retention period (docs/privacy.md)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be deleted or anonymised; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        registered = rules()
        keys = {rule.key for rule in registered}
        periods = set(settings.MAO_RETENTION)
        if keys - periods or periods - keys:
            raise CommandError(
                "settings.MAO_RETENTION and the registered rules differ: "
                f"no period for {sorted(keys - periods)}, no rule for {sorted(periods - keys)}"
            )
        now = timezone.now()
        total = 0
        for rule in registered:
            total += self.run_rule(rule, now, dry_run)
        verb = "would change" if dry_run else "changed"
        self.stdout.write(f"Done: {verb} {total} rows in {len(registered)} rules.")

    def run_rule(self, rule, now, dry_run):
        cutoff = now - rule.period
        period = f"{rule.what} (after {rule.period.days} days)"
        if dry_run:
            count = rule.expired(cutoff).count()
            self.stdout.write(f"{rule.key}: would {rule.action} {count} {period}")
            return count
        # One transaction per rule: a failure leaves that rule's rows as they were.
        with transaction.atomic():
            pks = list(rule.expired(cutoff).order_by("pk").values_list("pk", flat=True))
            if len(pks) > BATCH:
                self.stdout.write(f"{rule.key}: {rule.action} {len(pks)} {period}")
            done = 0
            for start in range(0, len(pks), BATCH):
                batch = pks[start : start + BATCH]
                # Filtered again, so that a row that changed meanwhile is left alone.
                done += rule.apply(rule.expired(cutoff).filter(pk__in=batch))
                if len(pks) > BATCH:
                    self.stdout.write(f"  {min(start + BATCH, len(pks))}/{len(pks)}")
        past = "deleted" if rule.action == "delete" else "anonymised"
        self.stdout.write(self.style.SUCCESS(f"{rule.key}: {past} {done} {period}"))
        return done
