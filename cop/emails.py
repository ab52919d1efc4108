"""Mails about spaces: join requests, decisions, invitations, new pages, digests.

Account mails (confirmation, password reset) are `members.emails`; both send through
`core.mail` and render `templates/members/email/<name>.txt`.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from cop.permissions import programme_office_users
from core.mail import send_mail, send_mass_mail
from members.emails import absolute, render
from members.models import Membership, NotificationPreference


def _wants_mail(user):
    return user.is_active and user.notification_preference != NotificationPreference.NONE


def send_join_request(membership):
    """To the space's coordinators: someone asks to join."""
    space = membership.space.specific
    members_url = absolute(reverse("cop:members", args=[space.pk]))
    active = list(Membership.objects.coordinators().filter(space=space).select_related("user"))
    coordinators = [m.user for m in active if _wants_mail(m.user)]
    if not active:
        # A space without a coordinator: the request must not wait unseen. The
        # programme office decides (it may approve in the admin or appoint someone).
        coordinators = list(programme_office_users())
    if not coordinators:
        return
    subject = _("Aanvraag om mee te doen aan %(space)s") % {"space": space.title}
    body = render("join_request", {"member": membership.user, "space": space, "url": members_url})
    send_mail(subject, body, None, [user.email for user in coordinators])


def send_decision(membership):
    """To the person who asked: approved or declined. Always sent (it answers them)."""
    space = membership.space.specific
    approved = membership.is_active
    subject = (_("Welkom bij %(space)s") if approved else _("Je aanvraag voor %(space)s")) % {
        "space": space.title
    }
    body = render(
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
    body = render(
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
    body = render(
        "page_published", {"page": page, "space": space, "url": absolute(page.url or "/")}
    )
    # One message per recipient, so nobody sees the other addresses.
    send_mass_mail([(subject, body, None, [address]) for address in recipients])


def send_digest(user, period, changes):
    subject = _("Wat er veranderde in je ruimtes")
    body = render(
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
    body = render(
        "admin_membership_change",
        {
            "actor": actor,
            "membership": membership,
            "space": space,
            "url": absolute(reverse("cop:members", args=[space.pk])),
        },
    )
    send_mail(subject, body, None, recipients)
