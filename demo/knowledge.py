"""Demo content of the knowledge issue: a fieldlab cycle, bottleneck histories,
recognitions, the coverage matrix and the editorial set-up. Idempotent: every step
looks for what exists first."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from bottlenecks.models import BottleneckPage, BottleneckStatusChange, Recognition
from cop.models import FieldlabMeasurement, FieldlabPage
from practices.factories import CoverageMatrixPageFactory
from practices.models import CoverageMatrixPage, PracticeIndexPage

FIELDLAB_CYCLES = {
    "jeugdprofessional-in-de-klas": {
        "intervention": (
            "<p>Op vier basisscholen werkte een jeugdprofessional een schooljaar lang twee "
            "dagen per week in de klas, naast de leerkracht. Geen aparte spreekkamer: "
            "meekijken, meedoen en korte lijnen met ouders.</p>"
        ),
        "measurements": [
            (
                datetime.date(2025, 9, 15),
                "Welbevinden van leerlingen (vragenlijst)",
                "Nulmeting: gemiddeld 6,8. Twaalf leerlingen scoorden onder de 5.",
            ),
            (
                datetime.date(2026, 1, 20),
                "Welbevinden en aantal verwijzingen naar jeugdhulp",
                "Welbevinden 7,2. Vier verwijzingen minder dan in dezelfde periode vorig jaar.",
            ),
            (
                datetime.date(2026, 6, 30),
                "Welbevinden, verwijzingen en ervaringen van leerkrachten",
                "Welbevinden 7,4. Leerkrachten voelen zich gesteund; ouders vinden sneller hulp.",
            ),
        ],
        "reflection": (
            "<p>De grootste winst zat in de korte lijnen: leerkrachten en ouders wisten de "
            "jeugdprofessional te vinden voordat problemen groot werden.</p>"
        ),
        "next_step": (
            "<p>Uitbreiden naar het voortgezet onderwijs en een vergelijkingsgroep meten.</p>"
        ),
    },
}

# slug -> [(days ago, status, note)], oldest first
BOTTLENECK_HISTORY = {
    "vrijstellingen-artikel-5a": [
        (240, "submitted", ""),
        (180, "discussed", "Besproken aan de MAO-tafel in Utrecht."),
        (90, "on_agenda", "Ingebracht bij het ministerie van OCW."),
    ],
}
DEFAULT_HISTORY = [(60, "submitted", "")]
RECOGNISERS = ["herkent-1@example.org", "herkent-2@example.org", "herkent-3@example.org"]


def build_coverage_matrix(admin):
    index = PracticeIndexPage.objects.first()
    if index is None:
        return False
    if CoverageMatrixPage.objects.child_of(index).exists():
        return False
    CoverageMatrixPageFactory(parent=index, revision=True, user=admin)
    return True


def build_fieldlab_cycles(admin):
    changed = 0
    for slug, cycle in FIELDLAB_CYCLES.items():
        page = FieldlabPage.objects.filter(slug=slug).first()
        if page is None or FieldlabMeasurement.objects.filter(page=page).exists():
            continue
        page.intervention = cycle["intervention"]
        page.reflection = cycle["reflection"]
        page.next_step = cycle["next_step"]
        page.measurements = [
            FieldlabMeasurement(date=date, measured=measured, outcome=outcome)
            for date, measured, outcome in cycle["measurements"]
        ]
        page.save_revision(user=admin, log_action=False).publish(user=admin, log_action=False)
        changed += 1
    return changed


def build_bottleneck_histories():
    now = timezone.now()
    added = 0
    for page in BottleneckPage.objects.all():
        steps = BOTTLENECK_HISTORY.get(page.slug) or [
            *DEFAULT_HISTORY,
            *([(20, page.status, "")] if page.status != "submitted" else []),
        ]
        # Publishing the demo page recorded one entry, dated today: replace it once.
        if page.status_history.count() >= len(steps):
            continue
        page.status_history.all().delete()
        for days, status, note in steps:
            BottleneckStatusChange.objects.create(
                page=page,
                status=status,
                note=note,
                changed_at=now - datetime.timedelta(days=days),
            )
            added += 1
    return added


def build_recognitions():
    user_model = get_user_model()
    users = []
    for email in RECOGNISERS:
        user = user_model.objects.filter(email=email).first()
        if user is None:
            user = user_model.objects.create_user(email=email, password=None)
        users.append(user)
    added = 0
    for n, page in enumerate(BottleneckPage.objects.live().order_by("path")):
        for user in users[: (len(users) - n) if n < len(users) else 0]:
            _recognition, created = Recognition.objects.get_or_create(page=page, user=user)
            added += created
    return added


def build_knowledge(builder):
    from articles.editorial import ensure_editorial_setup

    ensure_editorial_setup()
    matrix = build_coverage_matrix(builder.admin)
    cycles = build_fieldlab_cycles(builder.admin)
    history = build_bottleneck_histories()
    recognitions = build_recognitions()
    builder.say("Knowledge bank and agenda-setting")
    builder.say(
        f"  coverage matrix: {'created' if matrix else 'found'}; fieldlab cycles: {cycles}; "
        f"status changes: {history}; recognitions: {recognitions}"
    )
