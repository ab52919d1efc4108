"""The forms of a discussion: start a thread, reply, edit a post, report, move.

Text is plain text (clean: `core.sanitize.clean_text`), at most `MAX_TEXT` characters,
never HTML. Before a post is published `core.personal_data` looks for a BSN, a date of
birth with a name, or an address: the form comes back with a warning and the text kept,
and the writer edits it or ticks "Toch plaatsen".
"""

from django import forms
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext_lazy as _

from core import personal_data
from core.sanitize import clean_text

from .models import MAX_TEXT, MAX_TITLE, ThreadKind, Visibility


def _number(value):
    return floatformat(value, "0g")  # 10.000 in Dutch


class CleanCharField(forms.CharField):
    """A CharField that stores text clean (NFC, no control characters) and says its
    maximum in Dutch."""

    def __init__(self, *, max_length, **kwargs):
        kwargs.setdefault(
            "error_messages",
            {
                "required": _("Dit veld is leeg. Schrijf eerst iets."),
                "max_length": _(
                    "Dit is te lang: %(show_value)s tekens, het maximum is %(limit_value)s. "
                    "Maak het korter of verdeel het over meer berichten; wat je typte staat er nog."
                ),
            },
        )
        super().__init__(max_length=max_length, **kwargs)

    def to_python(self, value):
        return clean_text(super().to_python(value))


def text_field(label):
    return CleanCharField(
        label=label,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Gewone tekst, maximaal %(max)s tekens. Schrijf niet over herkenbare kinderen "
            "of gezinnen."
        )
        % {"max": _number(MAX_TEXT)},
    )


class PersonalDataCheckMixin(forms.Form):
    """Adds the personal data check and its "Toch plaatsen" box (hidden until needed)."""

    confirm_personal_data = forms.BooleanField(
        label=_("Toch plaatsen: er staan geen persoonsgegevens in, of ze horen erbij"),
        required=False,
        widget=forms.HiddenInput,
    )
    checked_fields = ("text",)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("confirm_personal_data"):
            return cleaned_data
        found = []
        for name in self.checked_fields:
            for kind in personal_data.findings(cleaned_data.get(name) or ""):
                if kind not in found:
                    found.append(kind)
        if found:
            self.personal_data_found = found
            self.fields["confirm_personal_data"].widget = forms.CheckboxInput()
            raise forms.ValidationError(
                _(
                    "Je tekst lijkt persoonsgegevens te bevatten: %(what)s. Zet geen gegevens "
                    "van kinderen of gezinnen online. Pas je tekst aan, of vink hieronder "
                    "'Toch plaatsen' aan als dit geen persoonsgegevens zijn."
                ),
                code="personal_data",
                params={"what": personal_data.describe(found)},
            )
        return cleaned_data


class ThreadForm(PersonalDataCheckMixin):
    title = CleanCharField(
        label=_("Titel"),
        max_length=MAX_TITLE,
        help_text=_("Waar gaat het over? Maximaal %(max)s tekens.") % {"max": MAX_TITLE},
    )
    kind = forms.ChoiceField(
        label=_("Soort"),
        choices=ThreadKind.choices,
        initial=ThreadKind.DISCUSSION,
        widget=forms.RadioSelect,
        help_text=_("Bij een vraag kun je later het beste antwoord aanwijzen."),
    )
    visibility = forms.ChoiceField(
        label=_("Wie kan dit lezen?"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
    )
    text = text_field(_("Tekst"))
    checked_fields = ("title", "text")

    field_order = ["title", "kind", "visibility", "text", "confirm_personal_data"]


class ReplyForm(PersonalDataCheckMixin):
    text = text_field(_("Je reactie"))


class EditPostForm(PersonalDataCheckMixin):
    """Edit a post; the opening post also edits the thread's title."""

    text = text_field(_("Tekst"))

    def __init__(self, *args, with_title=False, **kwargs):
        super().__init__(*args, **kwargs)
        if with_title:
            self.fields["title"] = CleanCharField(label=_("Titel"), max_length=MAX_TITLE)
            self.order_fields(["title", "text", "confirm_personal_data"])
            self.checked_fields = ("title", "text")


class ReportForm(forms.Form):
    reason = CleanCharField(
        label=_("Wat is er mis met dit bericht?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De coördinatoren van de ruimte lezen dit. Maximaal 2000 tekens."),
    )


class MoveForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Verplaats naar"),
        queryset=None,
        empty_label=None,
        help_text=_("Alleen ruimtes waar je coördinator bent."),
    )

    def __init__(self, *args, spaces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = spaces
