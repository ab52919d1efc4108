"""Public-site views of accounts: sign-up, confirmation, login, reset, profile, export,
deletion. Joining spaces and the coordinators' members page are `cop.views`.

Not Wagtail's login: these pages use the site's own layout and Dutch forms. Every
POST runs in a transaction (or a service that does); every refusal is a page with
a message, never a 500.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.http import urlsafe_base64_encode as b64
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from core.forms import status_for
from core.links import login_url

from . import emails
from .accounts import claim_invitations, delete_account, export_data
from .forms import (
    DeleteAccountForm,
    LoginForm,
    NewPasswordForm,
    PasswordResetRequestForm,
    ProfileForm,
    SignupForm,
)
from .models import Membership, MembershipStatus
from .tokens import confirmation_token, default_token_generator

User = get_user_model()


def _data(request):
    """The POST data for a bound form, even when it is empty."""
    return request.POST if request.method == "POST" else None


def _next_url(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _user_from_uid(uidb64):
    try:
        return User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (User.DoesNotExist, ValueError, TypeError, OverflowError):
        return None


# --- accounts ---------------------------------------------------------------------


def signup(request):
    if request.user.is_authenticated:
        return redirect("members:profile")
    form = SignupForm(_data(request), request=request)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        existing = User.objects.filter(email=data["email"]).first()
        if existing is None:
            with transaction.atomic():
                user = User.objects.create_user(
                    email=data["email"],
                    password=data["password"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    organisation=data["organisation"],
                    role=data["role"],
                    region=data["region"],
                    notification_preference=data["notification_preference"],
                    is_active=False,
                )
                user.domains.set(data["domains"])
            _send_confirmation(user)
        elif not existing.is_active:
            _send_confirmation(existing)
        # The same answer whether the address is known or not.
        return render(request, "members/signup_done.html", {"email": data["email"]})
    return render(
        request,
        "members/signup.html",
        {"form": form, "privacy_url": _privacy_statement_url(request)},
        status=status_for(form),
    )


def _privacy_statement_url(request):
    """The privacy statement the consent box refers to: the live page with slug
    "privacy" (the demo has one; a site adds its own)."""
    page = Page.objects.live().public().filter(slug="privacy").order_by("depth").first()
    return page.get_url(request) if page is not None else None


def _send_confirmation(user):
    url = reverse(
        "members:confirm",
        kwargs={"uidb64": b64(force_bytes(user.pk)), "token": confirmation_token.make_token(user)},
    )
    emails.send_confirmation(user, url)


def confirm(request, uidb64, token):
    user = _user_from_uid(uidb64)
    if user is None or user.is_active or not confirmation_token.check_token(user, token):
        return render(request, "members/confirm_invalid.html", status=400)
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        claim_invitations(user)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Je account is bevestigd. Welkom bij Met Andere Ogen!"))
    return redirect("members:profile")


def login_view(request):
    form = LoginForm(_data(request), request=request)
    if request.method == "POST" and form.is_valid():
        login(request, form.user)
        return redirect(_next_url(request, resolve_url(settings.LOGIN_REDIRECT_URL)))
    return render(
        request,
        "members/login.html",
        {"form": form, "next": _next_url(request, "")},
        status=status_for(form),
    )


@csrf_exempt  # changes nothing: a POST (Wagtail's old form) is only sent on as well
def admin_login_redirect(request):
    """Wagtail's /admin/login/ is no second door: every method goes to the one login
    (rate limits per email, honeypot, lockout), keeping a safe `next`."""
    target = _next_url(request, "")
    return redirect(login_url(target))


def logout_view(request):
    if request.method == "POST":
        logout(request)
        return redirect("/")
    return render(request, "members/logout.html")


def password_reset(request):
    form = PasswordResetRequestForm(_data(request), request=request)
    if request.method == "POST" and form.is_valid():
        user = User.objects.filter(email=form.cleaned_data["email"].lower(), is_active=True).first()
        if user is not None and user.has_usable_password():
            url = reverse(
                "members:password_reset_confirm",
                kwargs={
                    "uidb64": b64(force_bytes(user.pk)),
                    "token": default_token_generator.make_token(user),
                },
            )
            emails.send_password_reset(user, url)
        return render(request, "members/password_reset_done.html")
    return render(request, "members/password_reset.html", {"form": form}, status=status_for(form))


def password_reset_confirm(request, uidb64, token):
    user = _user_from_uid(uidb64)
    if user is None or not default_token_generator.check_token(user, token):
        return render(request, "members/confirm_invalid.html", status=400)
    form = NewPasswordForm(user, _data(request))
    if request.method == "POST" and form.is_valid():
        form.save()  # changes the password hash, so the link is used up
        messages.success(request, _("Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord."))
        return redirect("members:login")
    return render(
        request, "members/password_reset_confirm.html", {"form": form}, status=status_for(form)
    )


@login_required
def profile(request):
    form = ProfileForm(_data(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Je profiel is bewaard."))
        return redirect("members:profile")
    memberships = (
        Membership.objects.filter(user=request.user)
        .exclude(status__in=[MembershipStatus.LEFT, MembershipStatus.DECLINED])
        .select_related("space")
    )
    return render(
        request,
        "members/profile.html",
        {"form": form, "memberships": memberships},
        status=status_for(form),
    )


@login_required
def export(request):
    data = json.dumps(export_data(request.user), indent=2, ensure_ascii=False)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return response


@login_required
def delete(request):
    form = DeleteAccountForm(_data(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        user = User.objects.get(pk=request.user.pk)
        logout(request)
        delete_account(user)
        return render(request, "members/deleted.html")
    return render(request, "members/delete.html", {"form": form}, status=status_for(form))
