from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin
from taxonomy.models import Domain

from .models import HelpRequestKind


class HelpRequestForm(PublicFormMixin, forms.Form):
    """Knock at the MAO-tafel: a question or a request for help."""

    rate_limit = (5, 3600)

    kind = forms.ChoiceField(
        label=_("Wat wil je?"),
        choices=HelpRequestKind.choices,
        initial=HelpRequestKind.QUESTION,
        widget=forms.RadioSelect,
    )
    domain = forms.ModelChoiceField(
        label=_("Vanuit welk domein?"),
        queryset=Domain.objects.all(),
        required=False,
        empty_label=_("Kies een domein (mag leeg)"),
    )
    region = forms.CharField(
        label=_("Gemeente of regio"),
        max_length=120,
        error_messages={"required": _("Vul een gemeente of regio in.")},
    )
    question = forms.CharField(
        label=_("Je vraag"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Schrijf je vraag op."),
            "max_length": _("Houd je vraag korter dan %(limit_value)d tekens."),
        },
    )
    name = forms.CharField(
        label=_("Je naam"), max_length=120, error_messages={"required": _("Vul je naam in.")}
    )
    organisation = forms.CharField(label=_("Organisatie"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        error_messages={
            "required": _("Vul je e-mailadres in, dan kunnen we je antwoorden."),
            "invalid": _("Dit e-mailadres klopt niet. Controleer het nog eens."),
        },
    )
    phone = forms.CharField(label=_("Telefoonnummer"), max_length=30, required=False)
