"""The newsletter: subscribers with double opt-in, and the issues the programme office
sends. Plain-text mail, no images, no tracking pixels; one-click unsubscribe in every
mail (a link, and the List-Unsubscribe headers of RFC 8058)."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(24)


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("wacht op bevestiging")
    ACTIVE = "active", _("ingeschreven")
    UNSUBSCRIBED = "unsubscribed", _("uitgeschreven")


class Subscriber(models.Model):
    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)
    email = models.EmailField(_("e-mailadres"), unique=True)
    name = models.CharField(_("naam"), max_length=120, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        help_text=_("Alleen wie het e-mailadres zelf bevestigde, krijgt de nieuwsbrief."),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    # When the latest confirmation mail went out: a pending sign-up expires this long
    # after it (newsletter/retention.py), also when an old subscriber signs up again.
    confirmation_sent_at = models.DateTimeField(
        _("bevestiging gevraagd op"), null=True, blank=True, editable=False
    )
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("uitgeschreven op"), null=True, blank=True)

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    def confirm_path(self):
        from django.urls import reverse

        return reverse("newsletter:confirm", args=[self.token])

    def unsubscribe_path(self):
        from django.urls import reverse

        return reverse("newsletter:unsubscribe", args=[self.token])


class Issue(models.Model):
    """One newsletter: a subject and a plain-text body, sent once to every subscriber."""

    subject = models.CharField(
        _("onderwerp"), max_length=150, help_text=_("De onderwerpregel van de e-mail.")
    )
    body = models.TextField(
        _("tekst"),
        help_text=_(
            "Gewone tekst; links schrijf je voluit (https://...). Onderaan komt vanzelf een "
            "afmeldlink."
        ),
    )
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True, editable=False)
    recipient_count = models.PositiveIntegerField(_("ontvangers"), default=0, editable=False)

    class Meta:
        verbose_name = _("nieuwsbrief")
        verbose_name_plural = _("nieuwsbrieven")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject
