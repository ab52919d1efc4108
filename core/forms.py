"""Protection every public form shares: a honeypot, a minimum fill time, rate limits.

Usage in a view::

    form = NewsletterForm(request.POST, request=request)
    if form.is_valid(): ...

`PublicFormMixin` adds two fields the person never sees: `website` (a honeypot that
people leave empty and bots fill in) and `form_started` (a signed timestamp; a form
sent back faster than `PUBLIC_FORM_MIN_SECONDS` is a bot; forms that password
managers send at once, like the login, set `check_fill_time = False`).

Rate limits count in the shared cache so that several app servers agree. They must
never refuse real people: a school or a municipality sends everyone from one IP
address, so the per-IP limit (`ip_rate_limit`) is only a brake on abuse and much
higher than the strict limit per email address (`rate_limit`, where the form has an
`email` field). One email posted again and again is a bot; fifty colleagues behind
one address are not. Every refusal is a normal form error in
plain Dutch, so the page answers 200 with what was typed kept.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from core.sanitize import clean_text

SIGNING_SALT = "core.forms.form_started"


def client_ip(request):
    """The client's address. Behind a proxy, set `TRUSTED_PROXY_COUNT`."""
    hops = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        addresses = [a.strip() for a in forwarded.split(",") if a.strip()]
        if len(addresses) >= hops:
            return addresses[-hops]
    return request.META.get("REMOTE_ADDR", "")


def hit_rate_limit(scope, key, limit, window_seconds):
    """Count one attempt; True when `limit` attempts in the window were already made."""
    cache_key = f"ratelimit:{scope}:{key}"
    if cache.add(cache_key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window_seconds)
        return False
    return count > limit


def _cleaning(to_python):
    def wrapped(value):
        return clean_text(to_python(value))

    return wrapped


class PublicFormMixin(forms.Form):
    """Mix into any form that anonymous visitors can send. Pass `request=` to the form."""

    rate_limit_scope = None  # defaults to the form class name
    rate_limit = (10, 3600)  # attempts, per seconds; per email address (strict)
    # Per IP address: only against abuse. Many people share one address (schools,
    # municipalities), so this must let a whole team through within the hour.
    ip_rate_limit = (300, 3600)
    check_fill_time = True  # False where password managers submit at once (login)

    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        template_name="includes/honeypot_field.html",
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.fields["form_started"].initial = signing.dumps(time.time(), salt=SIGNING_SALT)
        # Text as people type it, stored clean (NFC, no control characters or bidi
        # overrides), before any validation, so the length checks see the clean text.
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and not isinstance(
                field.widget, forms.PasswordInput
            ):
                field.to_python = _cleaning(field.to_python)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise forms.ValidationError(
                _("Dit formulier lijkt door een computer te zijn ingevuld. Probeer het opnieuw."),
                code="honeypot",
            )
        if self.check_fill_time:
            self._check_fill_time(cleaned_data.get("form_started", ""))
        self._check_rate_limits(cleaned_data)
        return cleaned_data

    def _check_fill_time(self, token):
        minimum = getattr(settings, "PUBLIC_FORM_MIN_SECONDS", 3)
        try:
            started = signing.loads(token, salt=SIGNING_SALT, max_age=24 * 3600)
        except (signing.BadSignature, TypeError):
            raise forms.ValidationError(
                _("Het formulier is verlopen. Vul het opnieuw in en verstuur het nog eens."),
                code="expired",
            ) from None
        if time.time() - float(started) < minimum:
            raise forms.ValidationError(
                _("Dat ging wel heel snel. Controleer je gegevens en verstuur het opnieuw."),
                code="too_fast",
            )

    def _check_rate_limits(self, cleaned_data):
        if self.request is None:
            return
        scope = self.rate_limit_scope or type(self).__name__
        checks = [("ip", client_ip(self.request), self.ip_rate_limit)]
        if cleaned_data.get("email"):
            checks.append(("email", cleaned_data["email"].strip().lower(), self.rate_limit))
        # Count every key (no short-circuit), so a bot cannot dodge one count.
        hits = [
            hit_rate_limit(f"{scope}:{kind}", value, limit, window)
            for kind, value, (limit, window) in checks
        ]
        if any(hits):
            raise forms.ValidationError(
                _(
                    "Je hebt dit formulier vaak achter elkaar verstuurd. "
                    "Wacht even en probeer het over een uur opnieuw."
                ),
                code="rate_limited",
            )


def status_for(form):
    """The HTTP status of a page showing `form`: 400 when it was sent with mistakes."""
    return 400 if form.is_bound and form.errors else 200
