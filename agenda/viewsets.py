"""The programme office's view of every registration, with filters and export.
Coordinators of a space use the attendee list on the event page instead."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from core.exports import SafeExportIndexView

from .models import Registration


class RegistrationIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Aanmeldingen activiteiten")
    menu_order = 340
    add_to_admin_menu = True
    url_prefix = "aanmeldingen"
    index_view_class = RegistrationIndexView
    form_fields = ["name", "organisation"]
    list_display = ["name", "email", "event", "status", "created_at"]
    list_filter = ["status", "event"]
    list_export = ["event", "name", "email", "organisation", "status", "created_at", "queued_at"]
    export_filename = "aanmeldingen"
    search_fields = ["name", "email", "organisation"]
    copy_view_enabled = False
