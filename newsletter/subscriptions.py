"""Subscribing (double opt-in), confirming, unsubscribing and sending an issue."""

import contextlib
import logging
import re
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core import mail

from .models import Issue, Subscriber, SubscriberStatus, new_token

logger = logging.getLogger(__name__)
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _message(name, subscriber, context=None, headers=None):
    context = {
        "subscriber": subscriber,
        "confirm_url": absolute_url(subscriber.confirm_path()),
        "unsubscribe_url": absolute_url(subscriber.unsubscribe_path()),
        "signup_url": absolute_url("/nieuwsbrief/"),
        **(context or {}),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string(f"newsletter/email/{name}_subject.txt", context).split()
        )
        body = render_to_string(f"newsletter/email/{name}.txt", context)
    return EmailMessage(subject=subject, body=body, to=[subscriber.email], headers=headers or {})


def _send(message):
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send a newsletter mail")
        return False
    return True


def subscribe(email, name=""):
    """Start (or restart) a subscription. Sends the confirmation mail; an address that
    is already subscribed gets a short note instead. Returns the subscriber."""
    email = email.strip().lower()
    name = " ".join((name or "").split())[:120]
    try:
        with transaction.atomic():
            subscriber, created = Subscriber.objects.select_for_update().get_or_create(
                email=email, defaults={"name": name}
            )
            if subscriber.status == SubscriberStatus.ACTIVE:
                already = True
            else:
                already = False
                if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
                    subscriber.token = new_token()
                    subscriber.unsubscribed_at = None
                subscriber.status = SubscriberStatus.PENDING
                subscriber.confirmation_sent_at = timezone.now()
                if name:
                    subscriber.name = name
                subscriber.save()
    except IntegrityError:  # the same address in the same instant: one row won
        subscriber, already = Subscriber.objects.get(email=email), True
    mail.send(_message("already" if already else "confirm", subscriber))  # or queued
    return subscriber


def get_by_token(token):
    if not TOKEN_RE.fullmatch(token or ""):
        return None
    return Subscriber.objects.filter(token=token).first()


def confirm(subscriber):
    """Returns False when the subscription was already confirmed."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status != SubscriberStatus.PENDING:
            return False
        subscriber.status = SubscriberStatus.ACTIVE
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    mail.send(_message("welcome", subscriber))  # or queued
    return True


def unsubscribe(subscriber):
    """Returns False when the address was not subscribed (any more)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
            return False
        subscriber.status = SubscriberStatus.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
    return True


def issue_message(issue, subscriber):
    unsubscribe_url = absolute_url(subscriber.unsubscribe_path())
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return _message("issue", subscriber, {"issue": issue}, headers=headers)


class AlreadySent(Exception):
    pass


def send_issue(issue):
    """Send `issue` once to every active subscriber, each with their own unsubscribe link.

    The issue is claimed under a row lock first, so two clicks (or two servers) never
    send it twice. Returns (sent, failed).
    """
    with transaction.atomic():
        issue = Issue.objects.select_for_update().get(pk=issue.pk)
        if issue.sent_at is not None:
            raise AlreadySent
        issue.sent_at = timezone.now()
        issue.save(update_fields=["sent_at"])
    sent = failed = 0
    subscribers = Subscriber.objects.filter(status=SubscriberStatus.ACTIVE).order_by("pk")
    connection = get_connection()
    try:
        connection.open()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not connect to the mail server")
    for subscriber in subscribers.iterator():
        message = issue_message(issue, subscriber)
        message.connection = connection
        if _send(message):
            sent += 1
        else:
            failed += 1
    with contextlib.suppress(smtplib.SMTPException, OSError):
        connection.close()
    Issue.objects.filter(pk=issue.pk).update(recipient_count=sent)
    return sent, failed
