"""Mail about discussions: a report reaches the space's coordinators (through
`core.mail`, its one failure policy). Rendered from `templates/conversation/email/`."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from cop.permissions import programme_office_users
from core.mail import send_mail
from members.models import Membership


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def report_recipients(space):
    """The space's active coordinators; the programme office when it has none, so a
    report never waits unseen."""
    coordinators = Membership.objects.coordinators().filter(space_id=space.pk)
    users = [m.user for m in coordinators.select_related("user") if m.user.is_active]
    return users or list(programme_office_users())


def send_report(report, thread, space):
    recipients = report_recipients(space)
    if not recipients:
        return False
    url = absolute(reverse("conversation:thread", args=[thread.pk])) + f"#bericht-{report.post_id}"
    reports_url = absolute(reverse("conversation:reports", args=[space.pk]))
    subject = _("Melding over een bericht in %(space)s") % {"space": space.title}
    body = render_to_string(
        "conversation/email/report.txt",
        {
            "report": report,
            "thread": thread,
            "space": space,
            "url": url,
            "reports_url": reports_url,
        },
    ).strip()
    return send_mail(subject, body + "\n", None, [user.email for user in recipients])
