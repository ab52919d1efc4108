"""Every email the membership system sends, through Django's email API.

Plain text, Dutch, with absolute links built from `WAGTAILADMIN_BASE_URL`. Each
function sends at once through core/mail.py, which queues a retry when the mail
server is down (a form never fails on mail); callers send after their writes.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from cop.permissions import programme_office_users
from core.mail import send_mail, send_mass_mail

from .models import Membership, NotificationPreference


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _render(template, context):
    return render_to_string(f"members/email/{template}.txt", context).strip() + "\n"


def send_confirmation(user, url):
    send_mail(
        _("Bevestig je account bij Met Andere Ogen"),
        _render("confirm", {"user": user, "url": absolute(url)}),
        None,
        [user.email],
    )


def send_password_reset(user, url):
    send_mail(
        _("Een nieuw wachtwoord voor Met Andere Ogen"),
        _render("password_reset", {"user": user, "url": absolute(url)}),
        None,
        [user.email],
    )


def _wants_mail(user):
    return user.is_active and user.notification_preference != NotificationPreference.NONE


def send_join_request(membership):
    """To the space's coordinators: someone asks to join."""
    space = membership.space.specific
    members_url = absolute(f"/ruimtes/{space.pk}/leden/")
    active = list(Membership.objects.coordinators().filter(space=space).select_related("user"))
    coordinators = [m.user for m in active if _wants_mail(m.user)]
    if not active:
        # A space without a coordinator: the request must not wait unseen. The
        # programme office decides (it may approve in the admin or appoint someone).
        coordinators = list(programme_office_users())
    if not coordinators:
        return
    subject = _("Aanvraag om mee te doen aan %(space)s") % {"space": space.title}
    body = _render("join_request", {"member": membership.user, "space": space, "url": members_url})
    send_mail(subject, body, None, [user.email for user in coordinators])


def send_decision(membership):
    """To the person who asked: approved or declined. Always sent (it answers them)."""
    space = membership.space.specific
    approved = membership.is_active
    subject = (_("Welkom bij %(space)s") if approved else _("Je aanvraag voor %(space)s")) % {
        "space": space.title
    }
    body = _render(
        "decision",
        {
            "member": membership.user,
            "space": space,
            "approved": approved,
            "url": absolute(space.url),
        },
    )
    send_mail(subject, body, None, [membership.user.email])


def send_invitation(membership, inviter):
    space = membership.space.specific
    email = membership.user.email if membership.user else membership.invited_email
    url = absolute(space.url) if membership.user else absolute("/account/aanmelden/")
    subject = _("Uitnodiging voor %(space)s") % {"space": space.title}
    body = _render(
        "invitation",
        {"space": space, "inviter": inviter, "url": url, "has_account": bool(membership.user)},
    )
    send_mail(subject, body, None, [email])


def send_page_published(page, space, publisher=None):
    """To members who chose 'immediate': a page in their space went online."""
    recipients = [
        m.user.email
        for m in Membership.objects.active()
        .filter(space=space, user__notification_preference=NotificationPreference.IMMEDIATE)
        .select_related("user")
        if m.user.is_active and m.user != publisher
    ]
    if not recipients:
        return
    subject = _("Nieuw in %(space)s: %(page)s") % {"space": space.title, "page": page.title}
    body = _render(
        "page_published", {"page": page, "space": space, "url": absolute(page.url or "/")}
    )
    # One message per recipient, so nobody sees the other addresses.
    send_mass_mail([(subject, body, None, [address]) for address in recipients])


def send_digest(user, period, changes):
    subject = _("Wat er veranderde in je ruimtes")
    body = _render(
        "digest",
        {
            "user": user,
            "period": period,
            "changes": [
                (space, [(page, absolute(page.url or "/")) for page in pages])
                for space, pages in changes
            ],
        },
    )
    send_mail(subject, body, None, [user.email])


def send_admin_membership_change(membership, actor):
    """To the space's coordinators (not the person who made the change): a membership
    of their space was added or changed in the admin, by whom and to what."""
    space = membership.space.specific
    recipients = [
        m.user.email
        for m in Membership.objects.coordinators().filter(space=space).select_related("user")
        if m.user_id != actor.pk and m.user.is_active
    ]
    if not recipients:
        return
    subject = _("Lidmaatschap gewijzigd in %(space)s") % {"space": space.title}
    body = _render(
        "admin_membership_change",
        {
            "actor": actor,
            "membership": membership,
            "space": space,
            "url": absolute(f"/ruimtes/{space.pk}/leden/"),
        },
    )
    send_mail(subject, body, None, recipients)
