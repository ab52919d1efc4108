"""The application form of a call, and the staff-only download of its attachments."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.mail import EmailMessage
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core import mail, submissions

from .forms import ApplicationForm
from .models import ApplicationAttachment, RegionApplication

logger = logging.getLogger(__name__)

FIELDS = [
    "applicant",
    "province",
    "municipalities",
    "contact_name",
    "contact_role",
    "contact_phone",
    "partners_education",
    "partners_care",
    "partners_youth",
    "partners_other",
    "motivation",
]


def save_application(call, data):
    """One application with its attachments, all or nothing: `(application, created)`;
    the same content sent again within moments gives the first one and False."""
    stored = []
    try:
        with transaction.atomic():
            # Sent twice (a double click, a resend): the first one stands, no second.
            submissions.lock(call)
            earlier = submissions.recent_duplicate(
                RegionApplication.objects.filter(call=call),
                contact_email=data["email"].strip().lower(),
                motivation=data["motivation"],
            )
            if earlier is not None:
                return earlier, False
            application = RegionApplication.objects.create(
                call=call,
                contact_email=data["email"].strip().lower(),
                **{f: data[f] for f in FIELDS},
            )
            for upload in data["attachments"]:
                attachment = ApplicationAttachment(
                    application=application, original_name=upload.name[:255], size=upload.size
                )
                attachment.file.save(upload.name, upload, save=False)
                stored.append(attachment.file)
                attachment.save()
    except Exception:
        for file in stored:  # the rows rolled back; do not leave their files behind
            file.storage.delete(file.name)
        raise
    return application, True


def send_received(application):
    context = {"application": application, "call": application.call}
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string("regions/email/received_subject.txt", context).split())
        body = render_to_string("regions/email/received.txt", context)
    # Sent now, or queued for a retry when the mail server is down (core/mail.py).
    mail.send(EmailMessage(subject=subject, body=body, to=[application.contact_email]))


def call_page(request, page):
    form = None
    closed_error = None
    if request.method == "POST":
        if not page.is_open:
            closed_error = (
                _("Deze oproep is nog niet open. Je aanmelding is niet verstuurd.")
                if page.is_upcoming
                else _(
                    "Deze oproep is gesloten. Je aanmelding is niet verstuurd; neem contact op "
                    "met het programmabureau als je nog iets wilt laten weten."
                )
            )
        else:
            form = ApplicationForm(request.POST, request.FILES, request=request)
            if form.is_valid():
                application, created = save_application(page, form.cleaned_data)
                if created:
                    send_received(application)
                messages.success(
                    request,
                    _(
                        "Bedankt! We hebben jullie aanmelding ontvangen en sturen een bevestiging "
                        "naar %(email)s."
                    )
                    % {"email": application.contact_email},
                )
                return redirect(page.url + "?verstuurd=1#aanmelden")
    sent = request.method == "GET" and request.GET.get("verstuurd") == "1"
    if form is None and page.is_open and not sent:
        form = ApplicationForm(request=request)
    return page.render(
        request,
        context_overrides={
            "application_form": form,
            "closed_error": closed_error,
            "sent": sent,
            "files_dropped": bool(form is not None and form.errors and request.FILES),
        },
    )
