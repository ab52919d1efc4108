from django import forms
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin

from .models import Province

ATTACHMENT_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "jpg", "jpeg", "png"]
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_clean = super().clean
        if isinstance(data, list | tuple):
            return [single_clean(item, initial) for item in data if item]
        return [single_clean(data, initial)] if data else []


class ApplicationForm(PublicFormMixin, forms.Form):
    """A municipality or region applies to a call. Rate limited per IP and per email."""

    rate_limit_scope = "region-application"
    rate_limit = (5, 3600)

    applicant = forms.CharField(
        label=_("Gemeente of regio"),
        max_length=200,
        help_text=_("Bijv. 'Gemeente Deventer' of 'Regio Drechtsteden'."),
    )
    province = forms.ChoiceField(
        label=_("Provincie"), choices=[("", _("Kies een provincie")), *Province.choices]
    )
    municipalities = forms.CharField(
        label=_("Gemeenten die meedoen"),
        max_length=400,
        required=False,
        help_text=_("Gescheiden door komma's."),
    )
    contact_name = forms.CharField(label=_("Contactpersoon"), max_length=120)
    contact_role = forms.CharField(label=_("Functie"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("E-mailadres contactpersoon"),
        max_length=254,
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.")
        },
    )
    contact_phone = forms.CharField(label=_("Telefoon"), max_length=40, required=False)
    partners_education = forms.CharField(
        label=_("Partners in het onderwijs"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Scholen, samenwerkingsverband... Eén per regel."),
    )
    partners_care = forms.CharField(
        label=_("Partners in de zorg"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Huisartsen, GGD, zorgaanbieders... Eén per regel."),
    )
    partners_youth = forms.CharField(
        label=_("Partners in de jeugdhulp"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wijkteams, jeugdhulpaanbieders... Eén per regel."),
    )
    partners_other = forms.CharField(
        label=_("Andere partners"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kinderopvang, ouders, sport... Eén per regel."),
    )
    motivation = forms.CharField(
        label=_("Motivatie"),
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Waarom willen jullie inspiratieregio worden, en wat willen jullie leren?"),
    )
    attachments = MultipleFileField(
        label=_("Bijlagen"),
        required=False,
        validators=[
            FileExtensionValidator(
                ATTACHMENT_EXTENSIONS,
                message=_(
                    "Het bestandstype '%(extension)s' kunnen we niet aannemen. Gebruik een van "
                    "deze: %(allowed_extensions)s."
                ),
            )
        ],
        help_text=_(
            "Optioneel, hoogstens %(count)d bestanden van elk hoogstens %(size)s: %(types)s."
        )
        % {
            "count": MAX_ATTACHMENTS,
            "size": filesizeformat(MAX_ATTACHMENT_SIZE),
            "types": ", ".join(ATTACHMENT_EXTENSIONS),
        },
    )

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(
                _("Je kunt hoogstens %(count)d bijlagen meesturen.") % {"count": MAX_ATTACHMENTS}
            )
        for upload in files:
            if upload.size > MAX_ATTACHMENT_SIZE:
                raise forms.ValidationError(
                    _("'%(name)s' is te groot (%(size)s); het maximum is %(max)s.")
                    % {
                        "name": upload.name,
                        "size": filesizeformat(upload.size),
                        "max": filesizeformat(MAX_ATTACHMENT_SIZE),
                    }
                )
        return files
