from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin


class SubscribeForm(PublicFormMixin, forms.Form):
    rate_limit_scope = "newsletter"

    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.")
        },
    )
    name = forms.CharField(
        label=_("Naam"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Optioneel: dan spreken we je met je naam aan."),
    )
