"""Files nobody may read from the web server: the private storage, and the temporary
files of Wagtail's multiple uploader kept there.

Wagtail's multiple uploader ("Voeg afbeeldingen/documenten toe") stores the file as a
`wagtail.models.UploadedFile` when a field other than the file fails (a collection the
person may not add to, none at all, a required field). Its `FileField` uses the default
storage, MEDIA_ROOT, which the web server serves at /media/: a member-only document
that failed on its collection was readable by anyone who guessed
/media/wagtail_uploads/<name>. `keep_temporary_uploads_private` (called from
`CoreConfig.ready`) moves those files to the private storage and makes finishing such an
upload ("create from upload") answer with the form or success, never a 500.
"""

import os

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _


def private_storage():
    """Where files only the admin may read are kept (application attachments, the
    multiple uploader's temporary files): never under MEDIA_ROOT, never served by the
    web server. Configure `STORAGES["private"]` (e.g. a private bucket) in production,
    or `PRIVATE_MEDIA_ROOT` for the file system."""
    from django.conf import settings
    from django.core.files.storage import FileSystemStorage, storages

    if "private" in settings.STORAGES:
        return storages["private"]
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def keep_temporary_uploads_private():
    """Store `UploadedFile.file` in the private storage, and guard the views that turn
    an upload into an image or document (see the module docstring)."""
    from wagtail.documents.views.multiple import CreateFromUploadedDocumentView
    from wagtail.images.views.multiple import CreateFromUploadedImageView
    from wagtail.models import UploadedFile

    field = UploadedFile._meta.get_field("file")
    if getattr(field, "_kept_private", False):
        return
    # A FieldFile takes `field.storage` when it is made, so every upload saved, opened
    # or deleted from now on goes to the private storage.
    field.storage = private_storage()
    # Where files are stored is a deployment setting, not part of the schema: leave it
    # out of Wagtail's migration state (`makemigrations --check` stays clean).
    deconstruct = field.deconstruct

    def deconstruct_without_storage():
        name, path, args, kwargs = deconstruct()
        kwargs.pop("storage", None)
        return name, path, args, kwargs

    field.deconstruct = deconstruct_without_storage
    field._kept_private = True

    _guard_create_from_upload(CreateFromUploadedImageView, name_the_file=False)
    _guard_create_from_upload(CreateFromUploadedDocumentView, name_the_file=True)


def _guard_create_from_upload(view_class, name_the_file):
    """Wagtail validates the finishing form against an empty `self.model()`; the form
    has no file field (the file comes from the upload). A document's `clean()` checks
    the extension of that empty file (WAGTAILDOCS_EXTENSIONS) and reports it on `file`,
    which the form does not have: Django raises ValueError, a 500. The form made here
    gives a document the upload's file name before it is validated (so the real name is
    checked), reports errors of fields it lacks above the form, and refuses an upload
    whose file is gone instead of failing on it when saving."""
    get_form_class = view_class.get_edit_form_class

    def get_edit_form_class(self):
        return _form_for_upload(self, get_form_class(self), name_the_file)

    view_class.get_edit_form_class = get_edit_form_class


def _form_for_upload(view, form_class, name_the_file):
    class FormForUpload(form_class):
        def __init__(self, *args, instance=None, **kwargs):
            upload = getattr(view, "upload", None)
            if name_the_file and upload and instance is not None and not instance.file:
                instance.file = os.path.basename(upload.file.name)
            super().__init__(*args, instance=instance, **kwargs)

        def clean(self):
            cleaned_data = super().clean()
            upload = getattr(view, "upload", None)
            if upload is not None and not (
                upload.file and upload.file.storage.exists(upload.file.name)
            ):
                raise ValidationError(
                    _(
                        "Het geüploade bestand is er niet meer. Verwijder deze upload en "
                        "upload het bestand opnieuw."
                    )
                )
            return cleaned_data

        def add_error(self, field, error):
            if field is None and hasattr(error, "error_dict"):
                missing = [
                    name
                    for name in error.error_dict
                    if name != NON_FIELD_ERRORS and name not in self.fields
                ]
                if missing:
                    errors = {name: list(value) for name, value in error.error_dict.items()}
                    moved = [message for name in missing for message in errors.pop(name)]
                    errors[NON_FIELD_ERRORS] = errors.get(NON_FIELD_ERRORS, []) + moved
                    error = ValidationError(errors)
            super().add_error(field, error)

    FormForUpload.__name__ = form_class.__name__
    FormForUpload.__qualname__ = form_class.__qualname__
    return FormForUpload
