"""Forms of the public site: sign-up, login, password reset, profile, deleting an account.

The coordinators' invitation form is `cop.forms.InviteForm`.

Every form anonymous visitors can send mixes in `core.forms.PublicFormMixin`
(honeypot, minimum fill time, rate limits). Errors are plain Dutch.
"""

from django import forms
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.hashers import check_password, make_password
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin
from taxonomy.models import Domain

from .models import NotificationPreference, ProfileRole

User = get_user_model()


def _no_html(value):
    if value and strip_tags(value) != value:
        raise forms.ValidationError(_("Gebruik hier geen HTML-codes."), code="html")
    return value


class PlainTextField(forms.CharField):
    def clean(self, value):
        return _no_html(super().clean(value))


EMAIL_ERRORS = {
    "required": _("Vul je e-mailadres in."),
    "invalid": _("Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl."),
    "max_length": _("Dit e-mailadres is te lang."),
}


class ProfileFieldsMixin(forms.Form):
    first_name = PlainTextField(
        label=_("Voornaam"),
        max_length=150,
        error_messages={
            "required": _("Vul je voornaam in."),
            "max_length": _("Je voornaam mag hoogstens %(limit_value)d tekens hebben."),
        },
    )
    last_name = PlainTextField(
        label=_("Achternaam"),
        max_length=150,
        error_messages={
            "required": _("Vul je achternaam in."),
            "max_length": _("Je achternaam mag hoogstens %(limit_value)d tekens hebben."),
        },
    )
    organisation = PlainTextField(
        label=_("Organisatie"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("Hoogstens %(limit_value)d tekens.")},
    )
    role = forms.ChoiceField(
        label=_("Ik ben vooral"),
        choices=[("", _("Kies als je wilt")), *ProfileRole.choices],
        required=False,
        error_messages={"invalid_choice": _("Kies een rol uit de lijst.")},
    )
    domains = forms.ModelMultipleChoiceField(
        label=_("Domeinen"),
        queryset=Domain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Kies domeinen uit de lijst.")},
    )
    region = PlainTextField(
        label=_("Regio of gemeente"),
        max_length=120,
        required=False,
        error_messages={"max_length": _("Hoogstens %(limit_value)d tekens.")},
    )
    notification_preference = forms.ChoiceField(
        label=_("E-mail over mijn ruimtes"),
        choices=NotificationPreference.choices,
        initial=NotificationPreference.IMMEDIATE,
        error_messages={
            "required": _("Kies hoe vaak je e-mail wilt krijgen."),
            "invalid_choice": _("Kies hoe vaak je e-mail wilt krijgen."),
        },
    )


class SignupForm(PublicFormMixin, ProfileFieldsMixin):
    rate_limit = (5, 3600)

    email = forms.EmailField(label=_("E-mailadres"), max_length=254, error_messages=EMAIL_ERRORS)
    password = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 8 tekens, niet alleen cijfers en niet te voor de hand liggend."),
        error_messages={
            "required": _("Kies een wachtwoord."),
            "max_length": _("Dit wachtwoord is te lang."),
        },
    )
    accept = forms.BooleanField(
        label=_("Ik ga akkoord met de privacyverklaring"),
        error_messages={"required": _("Vink aan dat je akkoord gaat met de privacyverklaring.")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        password = cleaned_data.get("password")
        if password:
            candidate = User(
                email=cleaned_data.get("email", ""),
                first_name=cleaned_data.get("first_name", ""),
                last_name=cleaned_data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned_data


class LoginForm(PublicFormMixin, forms.Form):
    """The one login of the site (Wagtail's /admin/login/ redirects here).

    No minimum fill time: password managers fill in and send the form at once. Guessing
    is held back by the rate limit per email and django-axes' lockout. A failed login
    never says whether an address has an account; only who knows the password of an
    unconfirmed account is told to confirm it first.
    """

    rate_limit = (20, 3600)
    check_fill_time = False

    email = forms.EmailField(label=_("E-mailadres"), max_length=254, error_messages=EMAIL_ERRORS)
    password = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={
            "required": _("Vul je wachtwoord in."),
            "max_length": _("Dit wachtwoord is te lang."),
        },
    )

    def clean(self):
        cleaned_data = super().clean()
        self.user = None
        if self.errors:
            return cleaned_data
        email, password = cleaned_data.get("email"), cleaned_data.get("password")
        if email and password:
            self.user = authenticate(self.request, email=email.lower(), password=password)
            if self.user is None:
                if self._is_unconfirmed_with_this_password(email.lower(), password):
                    raise forms.ValidationError(
                        _(
                            "Dit account is nog niet bevestigd. Klik op de link in de e-mail "
                            "die we je stuurden."
                        ),
                        code="inactive",
                    )
                raise forms.ValidationError(
                    _("Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw."),
                    code="invalid_login",
                )
        return cleaned_data

    @staticmethod
    def _is_unconfirmed_with_this_password(email, password):
        """True only for an inactive account whose password this is.

        Hashes exactly once whether or not such an account exists, so the time a
        failed login takes does not tell either. Compares without the user's
        `check_password`, which may save a rehashed password.
        """
        inactive = User.objects.filter(email=email, is_active=False).first()
        if inactive is None:
            make_password(password)  # the same work as a real check
            return False
        return check_password(password, inactive.password)


class PasswordResetRequestForm(PublicFormMixin, forms.Form):
    rate_limit = (5, 3600)

    email = forms.EmailField(label=_("E-mailadres"), max_length=254, error_messages=EMAIL_ERRORS)


class NewPasswordForm(SetPasswordForm):
    """Django's form, with Dutch messages for the fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Nieuw wachtwoord")
        self.fields["new_password2"].label = _("Nieuw wachtwoord, nog een keer")
        for name in ("new_password1", "new_password2"):
            self.fields[name].max_length = 128
            self.fields[name].error_messages.update({"required": _("Vul een wachtwoord in.")})
        self.error_messages["password_mismatch"] = _("De twee wachtwoorden zijn niet gelijk.")

    def clean_new_password1(self):
        value = self.cleaned_data.get("new_password1", "")
        if len(value) > 128:
            raise forms.ValidationError(_("Dit wachtwoord is te lang."), code="max_length")
        return value


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "organisation",
            "role",
            "domains",
            "region",
            "notification_preference",
        ]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Je wachtwoord, ter bevestiging"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={
            "required": _("Vul je wachtwoord in om te bevestigen."),
            "max_length": _("Dit wachtwoord is te lang."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        return password
