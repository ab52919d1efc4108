"""Admin forms for images and documents: the collection field says what "Alleen leden"
means (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE).

Wagtail restricts documents by collection (served through Django, see
docs/permissions.md) but not images: an image's renditions are public files. The help
text says so where a member picks the collection.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.forms import PublicFormMixin
from members.forms import EMAIL_ERRORS


class SpaceImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "collection" in self.fields:
            self.fields["collection"].help_text = _(
                "Let op: afbeeldingen zijn altijd openbaar, ook in de collectie "
                "'Alleen leden'. Zet daar geen foto's van mensen of vertrouwelijke "
                "stukken in; deel die als document in 'Alleen leden'."
            )


class SpaceDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "collection" in self.fields:
            self.fields["collection"].help_text = _(
                "Documenten in 'Alleen leden' kunnen alleen leden van de ruimte openen "
                "en downloaden. Documenten in de collectie van de ruimte zelf zijn openbaar."
            )


class InviteForm(PublicFormMixin, forms.Form):
    """A coordinator invites someone by email address."""

    rate_limit = (30, 3600)
    rate_limit_scope = "InviteForm"

    email = forms.EmailField(label=_("E-mailadres"), max_length=254, error_messages=EMAIL_ERRORS)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def _check_rate_limits(self, cleaned_data):
        # Limit per coordinator and address pair, not per invited address alone.
        cleaned = dict(cleaned_data)
        cleaned.pop("email", None)
        super()._check_rate_limits(cleaned)
