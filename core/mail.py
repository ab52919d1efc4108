"""Mail never breaks a form: send now, or queue a retry through django-tasks.

Every app sends through `send(message)` (one `EmailMessage`) or `send_mail(...)`
(Django's signature). The message is tried at once; when the mail server is down
(`OSError`, which includes every `smtplib.SMTPException`) it is serialised and
enqueued as the `deliver` task with a delay, and that task re-enqueues itself with
a growing delay until the mail goes out or `MAX_ATTEMPTS` is reached (then it
raises, so the failure is recorded in the task results). A refused recipient
(`SMTPRecipientsRefused`) is permanent: logged, never retried.

Deferred retries need a backend that supports `run_after` (the database backend of
production). With a backend that does not (the immediate backend of development),
a failed mail is logged and dropped, as before: there is no queue to retry from.
"""

import base64
import contextlib
import contextvars
import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Delays before attempt 2, 3, ...: about two days in all, then give up.
RETRY_DELAYS = [60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


def serialise(message):
    """A JSON-safe dict of an EmailMessage (alternatives and attachments included)."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase parts are not supported
        if isinstance(content, str):
            attachments.append({"filename": filename, "text": content, "mimetype": mimetype})
        else:
            attachments.append(
                {
                    "filename": filename,
                    "base64": base64.b64encode(content).decode("ascii"),
                    "mimetype": mimetype,
                }
            )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def deserialise(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for item in data["attachments"]:
        content = item["text"] if "text" in item else base64.b64decode(item["base64"])
        message.attach(item["filename"], content, item["mimetype"])
    return message


def _queue(data, attempt):
    """Enqueue attempt number `attempt` (2, 3, ...) after its delay. False if impossible."""
    run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 2])
    try:
        deliver.using(run_after=run_after).enqueue(data, attempt)
    except Exception:  # no deferring backend, or the queue itself is down
        logger.exception("Could not queue a mail for a later attempt; it is dropped")
        return False
    return True


def _describe(data):
    return f"{len(data['to']) + len(data['cc']) + len(data['bcc'])} recipient(s)"


_muted = contextvars.ContextVar("mail_muted", default=False)


@contextlib.contextmanager
def muted():
    """No mail at all inside this block, ours or Wagtail's (e.g. while `seed_demo`
    builds memberships and pages: their notifications are for nobody)."""
    token = _muted.set(True)
    backend = settings.EMAIL_BACKEND
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    try:
        yield
    finally:
        settings.EMAIL_BACKEND = backend
        _muted.reset(token)


def send(message, connection=None):
    """Send one EmailMessage now, or queue it for a retry. True when sent or queued.

    With `MAIL_QUEUE_FIRST` (production, where a worker runs the queue) every mail goes
    to the queue at once and the worker sends it: a hung mail server then never holds
    a request, and the person gets their answer straight away."""
    if _muted.get():
        return True
    data = serialise(message)
    if connection is None and getattr(settings, "MAIL_QUEUE_FIRST", False):
        try:
            deliver.enqueue(data, 1)
            return True
        except Exception:  # the queue itself is down: try the mail server instead
            logger.exception("Could not queue a mail; sending it now")
    try:
        (connection or get_connection()).send_messages([message])
    except smtplib.SMTPRecipientsRefused:
        logger.exception("Mail refused by the server (%s); not retried", _describe(data))
        return False
    except OSError:
        logger.warning("Mail server unavailable; mail to %s queued", _describe(data), exc_info=True)
        return _queue(data, 2)
    return True


def send_many(messages):
    """Send several messages over one connection; whatever fails is queued.

    When the server cannot be reached at all, every message is queued without
    trying each one (one timeout, not one per message)."""
    if getattr(settings, "MAIL_QUEUE_FIRST", False):
        return all([send(message) for message in messages])  # noqa: C419 (queue every one)
    connection = get_connection()
    try:
        connection.open()
    except OSError:
        logger.warning("Mail server unavailable; %d mails queued", len(messages), exc_info=True)
        return all([_queue(serialise(m), 2) for m in messages])  # noqa: C419 (queue every one)
    try:
        return all([send(message, connection) for message in messages])  # noqa: C419 (send every one)
    finally:
        with contextlib.suppress(OSError):
            connection.close()


def send_mail(subject, message, from_email, recipient_list, html_message=None):
    """Django's `send_mail`, never raising on a mail server failure."""
    mail = EmailMultiAlternatives(subject, message, from_email, recipient_list)
    if html_message:
        mail.attach_alternative(html_message, "text/html")
    return send(mail)


def send_mass_mail(datatuple):
    """Django's `send_mass_mail` (subject, body, from, recipients), queued on failure."""
    return send_many(
        [
            EmailMessage(subject, body, sender, recipients)
            for subject, body, sender, recipients in datatuple
        ]
    )


@task()
def deliver(data, attempt=2):
    """A queued mail: send it, or queue the next attempt; raise after the last.
    `attempt` 1 is a mail queued first (`MAIL_QUEUE_FIRST`), 2 and on are retries."""
    message = deserialise(data)
    try:
        get_connection().send_messages([message])
    except smtplib.SMTPRecipientsRefused:
        logger.exception("Queued mail refused by the server (%s); dropped", _describe(data))
        raise
    except OSError:
        if attempt >= MAX_ATTEMPTS:
            logger.exception("Mail to %s not sent after %d attempts", _describe(data), attempt)
            raise
        if not _queue(data, attempt + 1):
            raise
        return f"attempt {attempt} failed; attempt {attempt + 1} queued"
    return "sent"
