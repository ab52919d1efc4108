from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import HelpRequest


class HelpRequestViewSet(ModelViewSet):
    """Questions and requests for help, for the programme office ("Programmabureau")."""

    model = HelpRequest
    icon = "help"
    menu_label = _("MAO-tafel")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "mao-tafel"
    list_display = ["name", "kind", "domain", "region", "status", "assignee", "created_at"]
    list_filter = ["status", "kind", "domain", "assignee"]
    search_fields = ["name", "question", "region", "email", "organisation"]
    ordering = ["-created_at"]
    inspect_view_enabled = True


help_request_viewset = HelpRequestViewSet("help_requests")
