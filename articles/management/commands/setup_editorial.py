"""python manage.py setup_editorial

Creates (or completes) the editorial set-up: the groups "Redacteuren" and
"Programmabureau", the moderation workflow "Redactie" on the articles and bottlenecks
indexes, and their page permissions. Safe to run again. See docs/editorial.md.
"""

from django.core.management.base import BaseCommand

from articles.editorial import ensure_editorial_setup


class Command(BaseCommand):
    help = "Maak de redactiegroepen en de moderatieworkflow aan (veilig om te herhalen)."

    def handle(self, *args, **options):
        workflow = ensure_editorial_setup()
        pages = ", ".join(str(wp.page) for wp in workflow.workflow_pages.select_related("page"))
        self.stdout.write(self.style.SUCCESS(f"Workflow '{workflow.name}' op: {pages or '-'}"))
