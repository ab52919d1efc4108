from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin


class GuestRegistrationForm(PublicFormMixin, forms.Form):
    """A guest registers with name, email and organisation; they confirm by email."""

    rate_limit_scope = "event-registration"

    name = forms.CharField(
        label=_("Naam"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.")
        },
    )
    organisation = forms.CharField(
        label=_("Organisatie"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        help_text=_("School, zorgorganisatie, gemeente, ..."),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Vul je naam in."))
        return name


class AttendeeMailForm(forms.Form):
    """An organiser writes to the people registered for their event."""

    RECIPIENTS = [
        ("confirmed", _("Iedereen met een plek")),
        ("waitlist", _("Iedereen op de wachtlijst")),
        ("all", _("Iedereen met een plek of op de wachtlijst")),
    ]

    recipients = forms.ChoiceField(label=_("Aan"), choices=RECIPIENTS, initial="confirmed")
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    message = forms.CharField(
        label=_("Bericht"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Gewone tekst. Ieder krijgt er zijn eigen afmeldlink bij."),
    )
