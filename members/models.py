"""Accounts, profiles and memberships of spaces (DESIGN.md §4).

One account per person, logging in with an email address. The profile lives on the
user (name, organisation, role, domains, region, notification preference). A
`Membership` ties a person to a space (a CommunityPage, FieldlabPage or
DialoguePage); saving one keeps the person's Wagtail groups in step with it
(`cop.permissions.sync_user_groups`). See docs/permissions.md.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

FORMER_MEMBER = _("voormalig lid")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class ProfileRole(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    PARENT = "ouder", _("Ouder")
    ADMINISTRATOR = "bestuurder", _("Bestuurder")
    POLICY = "beleid", _("Beleid")


class NotificationPreference(models.TextChoices):
    NONE = "none", _("Geen e-mail")
    IMMEDIATE = "immediate", _("Meteen, per gebeurtenis")
    DAILY = "daily", _("Eén keer per dag een overzicht")
    WEEKLY = "weekly", _("Eén keer per week een overzicht")


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    role = models.CharField(
        _("rol"), max_length=20, choices=ProfileRole.choices, blank=True, default=""
    )
    domains = models.ManyToManyField(
        "taxonomy.Domain", verbose_name=_("domeinen"), blank=True, related_name="+"
    )
    region = models.CharField(_("regio"), max_length=120, blank=True)
    notification_preference = models.CharField(
        _("e-mail over mijn ruimtes"),
        max_length=20,
        choices=NotificationPreference.choices,
        default=NotificationPreference.IMMEDIATE,
    )
    last_digest_at = models.DateTimeField(_("laatste overzicht verstuurd"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Lid")
    COORDINATOR = "coordinator", _("Coördinator")


class MembershipStatus(models.TextChoices):
    REQUESTED = "requested", _("Aangevraagd")
    INVITED = "invited", _("Uitgenodigd")
    ACTIVE = "active", _("Actief")
    DECLINED = "declined", _("Afgewezen")
    LEFT = "left", _("Vertrokken")


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=MembershipStatus.ACTIVE)

    def coordinators(self):
        return self.active().filter(role=MembershipRole.COORDINATOR)


class Membership(models.Model):
    """A person in a space. One row per person and space; its status moves on.

    An invitation to an address without an account has no `user` yet, only
    `invited_email`; it is claimed when that address confirms a new account.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    invited_email = models.EmailField(_("uitgenodigd e-mailadres"), blank=True)
    space = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("ruimte"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("rol"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.REQUESTED,
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        ordering = ["space", "role", "user__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "space"],
                name="members_membership_one_per_user_and_space",
                condition=models.Q(user__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["invited_email", "space"],
                name="members_membership_one_invitation_per_address",
                condition=models.Q(user__isnull=True),
            ),
        ]

    def __str__(self):
        who = self.user or self.invited_email
        return f"{who} – {self.space} ({self.get_role_display()}, {self.get_status_display()})"

    @property
    def is_active(self):
        return self.status == MembershipStatus.ACTIVE

    @property
    def is_coordinator(self):
        return self.is_active and self.role == MembershipRole.COORDINATOR
