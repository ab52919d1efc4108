"""Build a realistic Dutch demo site from the network's own texts.

    python manage.py seed_demo                      # the demo site, idempotent
    python manage.py seed_demo --practices 10000    # plus 10,000 generated practices
    python manage.py seed_demo --admin-password geheim
    python manage.py seed_demo --if-empty           # only on a database without a site yet

Running it again adds only what is missing; `--practices N` adds N more each time.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import mail
from demo.builder import ADMIN_EMAIL, ADMIN_PASSWORD, DemoBuilder
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Build the Met Andere Ogen demo site (taxonomy, page tree, images, documents and an "
        f"admin user {ADMIN_EMAIL}). Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--practices",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated practice examples (bulk, for benchmarks). Adds N more "
            "on every run.",
        )
        parser.add_argument(
            "--admin-password",
            default=None,
            help=f"Password for {ADMIN_EMAIL}. Default for a new user: {ADMIN_PASSWORD!r}. "
            "Given for an existing user, it resets the password.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing (but say where to log in) when the site already has a home page.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Pages per bulk insert with --practices (default 500).",
        )

    def handle(self, *args, practices, admin_password, batch_size, if_empty, **options):
        if practices < 0:
            raise CommandError("--practices must be zero or more.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        if if_empty and HomePage.objects.exists():
            self.stdout.write(
                "The database already has a site; no demo content added.\n"
                f"Log in at {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/ as {ADMIN_EMAIL} "
                f"(password {ADMIN_PASSWORD!r} unless you changed it)."
            )
            return
        started = time.monotonic()
        builder = DemoBuilder(
            self.stdout,
            self.style,
            admin_password=admin_password,
            verbosity=options["verbosity"],
        )
        with mail.muted():  # the notifications of what seeding makes are for nobody
            builder.build()
            if practices:
                builder.add_practices(practices, batch_size=batch_size)
        builder.summary()
        builder.say(f"Finished in {time.monotonic() - started:.1f}s.")
