"""python manage.py import_practices FILE [--dry-run]

Reads JSON Lines (one practice example per line; schema in docs/import.md). Every
line is validated first; only when all lines are good is anything written, in one
transaction. Bad lines are reported with their number and the reason, in Dutch.
"""

from django.core.management.base import BaseCommand, CommandError

from practices import importer


class Command(BaseCommand):
    help = "Importeer praktijkvoorbeelden uit een JSON Lines-bestand (zie docs/import.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pad naar het .jsonl-bestand ('-' leest stdin niet).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Alleen controleren; niets opslaan.",
        )
        parser.add_argument(
            "--progress-every",
            type=int,
            default=500,
            metavar="N",
            help="Meld de voortgang elke N regels (standaard 500).",
        )

    def handle(self, *args, file, dry_run, progress_every, **options):
        every = max(progress_every, 1)

        def progress(label):
            def report(n):
                if n % every == 0:
                    self.stdout.write(f"  {label}: {n}")

            return report

        try:
            with open(file, "rb") as handle:
                self.stdout.write(f"Controleren van {file} ...")
                records, problems = importer.validate(handle, progress=progress("gecontroleerd"))
        except FileNotFoundError:
            raise CommandError(f"Bestand niet gevonden: {file}") from None
        except IsADirectoryError:
            raise CommandError(f"Dit is een map, geen bestand: {file}") from None
        except OSError as error:
            raise CommandError(f"Kan {file} niet lezen: {error.strerror}") from None

        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(problems)} probleem/problemen gevonden. Er is niets opgeslagen; "
                "verbeter het bestand en probeer het opnieuw."
            )
        if not records:
            raise CommandError(
                "Het bestand bevat geen praktijkvoorbeelden. Er is niets opgeslagen."
            )
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(f"{len(records)} regels in orde (niets opgeslagen).")
            )
            return
        self.stdout.write(f"Opslaan van {len(records)} praktijkvoorbeelden ...")
        try:
            created, updated = importer.write(records, progress=progress("opgeslagen"))
        except LookupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Klaar: {created} nieuw, {updated} bijgewerkt."))
