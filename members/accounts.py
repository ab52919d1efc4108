"""Account lifecycle: confirming, exporting and deleting.

Extension points for other apps (docs/permissions.md):

- `account_deleting` (signal, `sender=User, user=...`): sent inside the deletion's
  transaction, before the user row goes. Apps that store personal data of a member
  (event registrations, applications) remove or anonymise it here.
- `account_exporting` (signal, `sender=User, user=..., data=dict`): add your app's
  rows of this person to `data` under your own key.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.dispatch import Signal

from .models import FORMER_MEMBER, Membership, MembershipStatus

account_deleting = Signal()
account_exporting = Signal()

FORMER_MEMBER_EMAIL = "voormalig-lid@metandereogen.invalid"


def former_member():
    """The one placeholder account that work of deleted members is attributed to."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        email=FORMER_MEMBER_EMAIL,
        defaults={"first_name": str(FORMER_MEMBER), "last_name": "", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def claim_invitations(user):
    """Invitations sent to this address before it had an account become the user's."""
    for membership in Membership.objects.filter(user__isnull=True, invited_email=user.email):
        if Membership.objects.filter(user=user, space_id=membership.space_id).exists():
            membership.delete()
            continue
        membership.user = user
        membership.invited_email = ""
        membership.save()


def export_data(user):
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "organisation": user.organisation,
            "role": user.role,
            "domains": [domain.name for domain in user.domains.all()],
            "region": user.region,
            "notification_preference": user.notification_preference,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "memberships": [
            {
                "space": m.space.title,
                "space_id": m.space_id,
                "role": m.role,
                "status": m.status,
                "created_at": m.created_at.isoformat(),
                "updated_at": m.updated_at.isoformat(),
            }
            for m in user.memberships.select_related("space")
        ],
        "pages_owned": [
            {"id": page.pk, "title": page.title, "url": page.url}
            for page in user.owned_pages.all().order_by("path")
        ],
    }
    account_exporting.send(sender=type(user), user=user, data=data)
    return data


@transaction.atomic
def delete_account(user):
    """Remove the person; what they wrote stays, attributed to "voormalig lid"."""
    placeholder = former_member()
    account_deleting.send(sender=get_user_model(), user=user)
    Membership.objects.filter(user=user).update(status=MembershipStatus.LEFT)
    for membership in list(Membership.objects.filter(user=user)):
        membership.delete()
    user.domains.clear()
    relations = [
        f
        for f in get_user_model()._meta.get_fields(include_hidden=True)
        if f.auto_created and not f.concrete and (f.one_to_many or f.one_to_one)
    ]
    for relation in relations:
        if relation.related_model is Membership:
            continue
        model, field = relation.related_model, relation.field.name
        rows = model._base_manager.filter(**{field: user})
        if relation.one_to_one:
            rows.delete()
            continue
        try:
            with transaction.atomic():
                rows.update(**{field: placeholder})
        except IntegrityError:
            # e.g. one subscription per page and user: the placeholder has one already.
            rows.delete()
    user.delete()
