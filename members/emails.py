"""The account mails (confirmation, password reset), and the two helpers every mail
about people uses: `absolute` links and `render` of `templates/members/email/`.

Plain text, Dutch, with absolute links built from `WAGTAILADMIN_BASE_URL`. Each
function sends at once through core/mail.py, which queues a retry when the mail
server is down (a form never fails on mail); callers send after their writes.
Mails about spaces are `cop.emails`.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from core.mail import send_mail


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render(template, context):
    return render_to_string(f"members/email/{template}.txt", context).strip() + "\n"


def send_confirmation(user, url):
    send_mail(
        _("Bevestig je account bij Met Andere Ogen"),
        render("confirm", {"user": user, "url": absolute(url)}),
        None,
        [user.email],
    )


def send_password_reset(user, url):
    send_mail(
        _("Een nieuw wachtwoord voor Met Andere Ogen"),
        render("password_reset", {"user": user, "url": absolute(url)}),
        None,
        [user.email],
    )
