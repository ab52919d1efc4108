"""Views of the agenda: registering on the event page, the links in the mails
(confirm, manage, cancel; no login needed), and the organisers' attendee list."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from core.exports import spreadsheet_safe
from core.links import login_url

from . import emails
from .forms import AttendeeMailForm, GuestRegistrationForm
from .models import RegistrationStatus
from .permissions import can_manage_event
from .registrations import (
    RegistrationError,
    cancel,
    cancel_registration,
    check_open,
    confirm,
    get_by_token,
    own_registration,
    register,
)

ANCHOR = "#aanmelden"


def outcome_message(state, guest=False):
    if state == "pending":
        return _(
            "Bijna klaar: we hebben je een e-mail gestuurd. Klik op de link in die e-mail om "
            "je aanmelding te bevestigen. Zie je niets? Kijk ook in je map met ongewenste e-mail."
        )
    if state == RegistrationStatus.CONFIRMED:
        return _("Je bent aangemeld. Je ontvangt een bevestiging per e-mail.")
    if state == RegistrationStatus.WAITLIST:
        return _(
            "Deze activiteit is vol. Je staat op de wachtlijst; komt er een plek vrij, dan "
            "krijg je die automatisch en ontvang je een e-mail."
        )
    if guest:
        return _(
            "Dit e-mailadres is al aangemeld voor deze activiteit. In de bevestigingsmail "
            "staat een link om je aanmelding te bekijken of af te melden."
        )
    return _("Je was al aangemeld voor deze activiteit.")


def seat_counts(event):
    return event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlist=Count("pk", filter=Q(status=RegistrationStatus.WAITLIST)),
    )


def event_page(request, page):
    """The event page; a POST registers a member (one click) or a guest (the form)."""
    form = None
    closed_error = None
    user = request.user
    if request.method == "POST":
        action = request.POST.get("action", "guest")
        if action in ("member", "member-cancel"):
            if not user.is_authenticated:
                return redirect(login_url(page.url + ANCHOR))
            if action == "member":
                try:
                    outcome = register(
                        page,
                        name=user.get_full_name() or user.email,
                        email=user.email,
                        user=user,
                        verified=True,
                    )
                except RegistrationError as error:
                    messages.error(request, error.message)
                else:
                    messages.success(request, outcome_message(outcome.state))
            else:
                own = own_registration(page, user)
                if own is None or not own.is_active:
                    messages.info(request, _("Je was niet (meer) aangemeld."))
                else:
                    try:
                        cancel_registration(own)
                    except RegistrationError as error:
                        messages.error(request, error.message)
                    else:
                        messages.success(
                            request, _("Je bent afgemeld. Je plek gaat naar de wachtlijst.")
                        )
            return redirect(page.url + ANCHOR)

        form = GuestRegistrationForm(request.POST, request=request)
        try:
            check_open(page)
        except RegistrationError as error:
            closed_error = error.message  # said before any field is judged; nothing stored
        else:
            if form.is_valid():
                try:
                    outcome = register(
                        page,
                        name=form.cleaned_data["name"],
                        email=form.cleaned_data["email"],
                        organisation=form.cleaned_data["organisation"],
                        verified=False,
                    )
                except RegistrationError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(request, outcome_message(outcome.state, guest=True))
                    return redirect(page.url + ANCHOR)

    counts = seat_counts(page)
    own = own_registration(page, user)
    seats_left = None
    if page.capacity is not None:
        seats_left = max(page.capacity - counts["confirmed"], 0)
    return page.render(
        request,
        context_overrides={
            "registration_form": form or GuestRegistrationForm(request=request),
            "own_registration": own,
            "seats_left": seats_left,
            "waitlist_count": counts["waitlist"],
            "can_manage": can_manage_event(user, page),
            "login_url": login_url(page.url),
            "closed_error": closed_error,
        },
    )


# The links in the mails: /aanmelding/<token>/...


def _invalid(request):
    return TemplateResponse(request, "events/registration_invalid.html", status=404)


def registration_detail(request, token):
    registration = get_by_token(token)
    if registration is None:
        return _invalid(request)
    return TemplateResponse(
        request,
        "events/registration_detail.html",
        {"registration": registration, "event": registration.event},
    )


def _token_action(action, template, already, done):
    """A link from a mail: GET shows a button, POST acts (mail scanners that open links
    change nothing); a second use says it was done already."""

    @require_http_methods(["GET", "POST"])
    def view(request, token):
        registration = get_by_token(token)
        if registration is None:
            return _invalid(request)
        error = None
        if request.method == "POST":
            try:
                outcome = action(token)
            except RegistrationError as exc:
                error = exc.message
            else:
                if outcome.state == "already":
                    messages.info(request, already)
                else:
                    messages.success(request, done(outcome))
                return redirect(registration.manage_path())
        context = {"registration": registration, "event": registration.event, "error": error}
        return TemplateResponse(request, template, context)

    return view


registration_confirm = _token_action(
    confirm,
    "events/registration_confirm.html",
    already=gettext_lazy("Je e-mailadres was al bevestigd."),
    done=lambda outcome: outcome_message(outcome.state),
)
registration_cancel = _token_action(
    cancel,
    "events/registration_cancel.html",
    already=gettext_lazy("Je was al afgemeld. Er is niets veranderd."),
    done=lambda outcome: _(
        "Je bent afgemeld. Bedankt voor het doorgeven: je plek gaat naar de wachtlijst."
    ),
)


# Organisers: the space's coordinators and the programme office.


def _require_organiser(request, page):
    if not request.user.is_authenticated:
        return redirect(login_url(request.get_full_path()))
    if not can_manage_event(request.user, page):
        raise PermissionDenied
    return None


def attendee_list(request, page):
    if denied := _require_organiser(request, page):
        return denied
    registrations = list(page.registrations.order_by("queued_at", "pk"))
    groups = [
        (label, [r for r in registrations if r.status == status])
        for status, label in RegistrationStatus.choices
    ]
    return TemplateResponse(
        request,
        "events/attendees.html",
        {
            "page": page,
            "groups": groups,
            "csv_url": page.route_url("attendees_csv"),
            "mail_url": page.route_url("attendees_mail"),
        },
    )


def _csv_safe(value):
    """A cell a spreadsheet shows as text (core.exports, the one rule for exports)."""
    return spreadsheet_safe(str(value))


def attendee_csv(request, page):
    if denied := _require_organiser(request, page):
        return denied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"deelnemers-{page.slug}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that Excel reads UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [_("Naam"), _("E-mailadres"), _("Organisatie"), _("Status"), _("Aangemeld op"), _("Lid")]
    )
    for registration in page.registrations.order_by("queued_at", "pk"):
        writer.writerow(
            [
                _csv_safe(registration.name),
                _csv_safe(registration.email),
                _csv_safe(registration.organisation),
                registration.get_status_display(),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                _("ja") if registration.user_id else _("nee"),
            ]
        )
    return response


def attendee_mail(request, page):
    if denied := _require_organiser(request, page):
        return denied
    form = AttendeeMailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        statuses = {
            "confirmed": [RegistrationStatus.CONFIRMED],
            "waitlist": [RegistrationStatus.WAITLIST],
            "all": [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLIST],
        }[form.cleaned_data["recipients"]]
        sender = request.user.get_full_name() or request.user.email
        sent = failed = 0
        for registration in page.registrations.filter(status__in=statuses):
            registration.event = page
            ok = emails.send_organiser_message(
                registration, form.cleaned_data["subject"], form.cleaned_data["message"], sender
            )
            sent, failed = (sent + 1, failed) if ok else (sent, failed + 1)
        if failed:
            messages.warning(
                request,
                _("%(sent)d berichten verstuurd; %(failed)d konden niet worden verstuurd.")
                % {"sent": sent, "failed": failed},
            )
        else:
            messages.success(request, _("%(sent)d berichten verstuurd.") % {"sent": sent})
        return redirect(page.route_url("attendees"))
    return TemplateResponse(
        request,
        "events/attendees_mail.html",
        {"page": page, "form": form, "back_url": page.route_url("attendees")},
    )
