"""Admin forms for images and documents: the collection field says what "Alleen leden"
means (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE).

Wagtail restricts documents by collection (served through Django, see
docs/permissions.md) but not images: an image's renditions are public files. The help
text says so where a member picks the collection.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm


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
