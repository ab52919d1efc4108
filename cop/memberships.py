"""What happens when someone joins, leaves, asks, approves, declines or invites.

Each function is idempotent: doing it twice changes nothing the second time and
returns a message that says so. Each returns `(changed, message)`; emails go out
only when something changed, after the write.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from cop import emails
from cop.models import JoinPolicy
from members.models import Membership, MembershipRole, MembershipStatus


def _membership(user, space, lock=True):
    rows = Membership.objects.filter(user=user, space_id=space.pk)
    if lock:
        rows = rows.select_for_update()
    return rows.first()


def join(user, space):
    """Join an open space, ask to join an on-request space, or accept an invitation."""
    with transaction.atomic():
        membership = _membership(user, space)
        status = membership.status if membership else None
        if status == MembershipStatus.ACTIVE:
            return False, _("Je bent al lid van deze ruimte.")
        if status == MembershipStatus.REQUESTED:
            return False, _("Je aanvraag is al verstuurd. Een coördinator beoordeelt haar.")
        if membership is None:
            membership = Membership(user=user, space_id=space.pk)
        if status == MembershipStatus.INVITED or space.join_policy == JoinPolicy.OPEN:
            membership.status = MembershipStatus.ACTIVE
            message = _("Welkom! Je bent nu lid van %(space)s.") % {"space": space.title}
        elif space.join_policy == JoinPolicy.REQUEST:
            if status == MembershipStatus.DECLINED:
                return False, _(
                    "Je aanvraag is eerder afgewezen. Neem contact op met de coördinator."
                )
            membership.status = MembershipStatus.REQUESTED
            message = _("Je aanvraag is verstuurd. Je krijgt een e-mail als ze is beoordeeld.")
        else:
            return False, _("Deze ruimte is alleen op uitnodiging. Vraag de coördinator.")
        membership.role = membership.role or MembershipRole.MEMBER
        membership.save()
    if membership.status == MembershipStatus.REQUESTED:
        emails.send_join_request(membership)
    return True, message


def leave(user, space):
    with transaction.atomic():
        membership = _membership(user, space)
        if membership is None or membership.status in (
            MembershipStatus.LEFT,
            MembershipStatus.DECLINED,
        ):
            return False, _("Je bent geen lid van deze ruimte.")
        was = membership.status
        membership.status = MembershipStatus.LEFT
        membership.role = MembershipRole.MEMBER
        membership.save()
    if was == MembershipStatus.REQUESTED:
        return True, _("Je aanvraag is ingetrokken.")
    if was == MembershipStatus.INVITED:
        return True, _("Je hebt de uitnodiging afgeslagen.")
    return True, _("Je bent geen lid meer van %(space)s.") % {"space": space.title}


def decide(membership_id, space, approve):
    """A coordinator approves or declines a request."""
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update(of=("self",))
            .filter(pk=membership_id, space_id=space.pk)
            .select_related("user")
            .first()
        )
        if membership is None or membership.user is None:
            return False, _("Deze aanvraag bestaat niet (meer).")
        name = membership.user.get_full_name() or membership.user.email
        if approve and membership.status == MembershipStatus.ACTIVE:
            return False, _("%(name)s is al lid.") % {"name": name}
        if not approve and membership.status == MembershipStatus.DECLINED:
            return False, _("De aanvraag van %(name)s was al afgewezen.") % {"name": name}
        if membership.status != MembershipStatus.REQUESTED:
            return False, _("%(name)s heeft geen openstaande aanvraag.") % {"name": name}
        membership.status = MembershipStatus.ACTIVE if approve else MembershipStatus.DECLINED
        membership.save()
    emails.send_decision(membership)
    if approve:
        return True, _("%(name)s is nu lid.") % {"name": name}
    return True, _("De aanvraag van %(name)s is afgewezen.") % {"name": name}


def set_role(membership_id, space, role):
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update(of=("self",))
            .filter(pk=membership_id, space_id=space.pk, status=MembershipStatus.ACTIVE)
            .select_related("user")
            .first()
        )
        if membership is None:
            return False, _("Dit lid bestaat niet (meer).")
        name = membership.user.get_full_name() or membership.user.email
        if membership.role == role:
            return False, _("%(name)s heeft die rol al.") % {"name": name}
        if (
            role == MembershipRole.MEMBER
            and not Membership.objects.coordinators()
            .filter(space_id=space.pk)
            .exclude(pk=membership.pk)
            .exists()
        ):
            return False, _("Een ruimte heeft minstens één coördinator nodig.")
        membership.role = role
        membership.save()
    if role == MembershipRole.COORDINATOR:
        return True, _("%(name)s is nu coördinator.") % {"name": name}
    return True, _("%(name)s is nu lid (geen coördinator meer).") % {"name": name}


def remove(membership_id, space):
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update(of=("self",))
            .filter(pk=membership_id, space_id=space.pk)
            .select_related("user")
            .first()
        )
        if membership is None or membership.status == MembershipStatus.LEFT:
            return False, _("Dit lid was al uit de ruimte.")
        membership.status = MembershipStatus.LEFT
        membership.role = MembershipRole.MEMBER
        membership.save()
    return True, _("Het lidmaatschap is beëindigd.")


def invite(email, space, inviter):
    user = get_user_model().objects.filter(email=email).first()
    with transaction.atomic():
        if user is not None:
            membership = _membership(user, space)
            if membership and membership.status == MembershipStatus.ACTIVE:
                return False, _("%(email)s is al lid.") % {"email": email}
            if membership and membership.status == MembershipStatus.INVITED:
                return False, _("%(email)s is al uitgenodigd.") % {"email": email}
            membership = membership or Membership(user=user, space_id=space.pk)
        else:
            membership = Membership.objects.filter(
                user__isnull=True, invited_email=email, space_id=space.pk
            ).first()
            if membership is not None:
                return False, _("%(email)s is al uitgenodigd.") % {"email": email}
            membership = Membership(invited_email=email, space_id=space.pk)
        membership.status = MembershipStatus.INVITED
        membership.role = MembershipRole.MEMBER
        membership.save()
    emails.send_invitation(membership, inviter)
    return True, _("Uitnodiging verstuurd naar %(email)s.") % {"email": email}
