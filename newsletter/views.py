"""/nieuwsbrief/: sign up, confirm (double opt-in), unsubscribe in one click."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import subscriptions
from .forms import SubscribeForm


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.method == "POST":
        form = SubscribeForm(request.POST, request=request)
        if form.is_valid():
            subscriptions.subscribe(form.cleaned_data["email"], form.cleaned_data["name"])
            messages.success(
                request,
                _(
                    "Bijna klaar: we hebben je een e-mail gestuurd. Klik op de link in die "
                    "e-mail om je inschrijving te bevestigen."
                ),
            )
            return redirect(reverse("newsletter:signup") + "?verstuurd=1")
    else:
        form = SubscribeForm(request=request)
    sent = request.method == "GET" and request.GET.get("verstuurd") == "1"
    return TemplateResponse(request, "newsletter/signup.html", {"form": form, "sent": sent})


def _invalid(request):
    return TemplateResponse(request, "newsletter/invalid.html", status=404)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows one button; POST confirms (link scanners in mail change nothing)."""
    subscriber = subscriptions.get_by_token(token)
    if subscriber is None:
        return _invalid(request)
    if request.method == "POST":
        if subscriptions.confirm(subscriber):
            messages.success(request, _("Je inschrijving is bevestigd. Welkom!"))
        else:
            messages.info(request, _("Dit e-mailadres was al bevestigd of is uitgeschreven."))
        return redirect("newsletter:signup")
    return TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})


@csrf_exempt  # RFC 8058 one-click: mail clients POST here without a form; the token is the key
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscriber = subscriptions.get_by_token(token)
    if subscriber is None:
        return _invalid(request)
    if request.method == "POST":
        done = subscriptions.unsubscribe(subscriber)
        return TemplateResponse(
            request, "newsletter/unsubscribed.html", {"subscriber": subscriber, "done": done}
        )
    return TemplateResponse(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
