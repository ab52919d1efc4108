from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin
from taxonomy.models import Domain

TEXT_LIMIT = 5000


def _text(label, required=True, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Dit veld is nodig: vul het in."),
            "max_length": _("Houd dit korter dan %(limit_value)d tekens."),
        },
    )


class BottleneckForm(PublicFormMixin, forms.Form):
    """A member puts a systemic bottleneck on the agenda. Plain text; no HTML."""

    rate_limit = (5, 3600)

    title = forms.CharField(
        label=_("Titel van het knelpunt"),
        max_length=120,
        help_text=_("Kort en herkenbaar, bijv. 'Geen vervoer bij een maatwerkrooster'."),
        error_messages={
            "required": _("Geef het knelpunt een titel."),
            "max_length": _("Houd de titel korter dan %(limit_value)d tekens."),
        },
    )
    description = _text(
        _("Wat loopt er vast?"), help_text=_("Voor welke kinderen of gezinnen, en waardoor?")
    )
    domains = forms.ModelMultipleChoiceField(
        label=_("In welke domeinen speelt dit?"),
        queryset=Domain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    examples = _text(_("Voorbeelden uit de praktijk"), required=False)
    desired_change = _text(
        _("Wat moet er veranderen?"),
        help_text=_("Welke regel, afspraak of werkwijze zou het oplossen?"),
    )
