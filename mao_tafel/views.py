from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from core.mail import send_mail
from core.submissions import recent_duplicate

from .forms import HelpRequestForm
from .models import HelpRequest


def knock(request):
    """The public form; on success a confirmation email and a thank-you page."""
    if request.method == "POST":
        form = HelpRequestForm(request.POST, request=request)
        if form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                # Sent twice (a double click, a resend): one request, one mail.
                if recent_duplicate(
                    HelpRequest.objects.all(), email=data["email"], question=data["question"]
                ):
                    return redirect("mao_tafel:thanks")
                help_request = HelpRequest.objects.create(
                    kind=data["kind"],
                    domain=data["domain"],
                    region=data["region"],
                    question=data["question"],
                    name=data["name"],
                    organisation=data["organisation"],
                    email=data["email"],
                    phone=data["phone"],
                )
            send_mail(
                _("We hebben je vraag aan de MAO-tafel ontvangen"),
                render_to_string(
                    "mao_tafel/confirmation_email.txt", {"help_request": help_request}
                ),
                settings.DEFAULT_FROM_EMAIL,
                [help_request.email],
            )  # sent now, or queued for a retry when the mail server is down
            return redirect("mao_tafel:thanks")
    else:
        form = HelpRequestForm(request=request)
    return render(request, "mao_tafel/knock.html", {"form": form})


def thanks(request):
    return render(request, "mao_tafel/thanks.html")
