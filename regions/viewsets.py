"""The programme office reviews applications to calls: status, notes, export, files,
and "maak concept-regiopagina"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from core.exports import SafeExportIndexView

from .applications import create_draft_region
from .models import ApplicationAttachment, RegionApplication

VIEWSET_NAME = "region_application"


def _require(request, action):
    if not request.user.has_perm(f"regions.{action}_regionapplication"):
        raise PermissionDenied


class ApplicationIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("call")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.region_page_id and self.request.user.has_perm(
            "regions.change_regionapplication"
        ):
            buttons.append(
                ListingButton(
                    _("Maak concept-regiopagina"),
                    url=reverse(f"{VIEWSET_NAME}:draft", args=[instance.pk]),
                    icon_name="doc-empty-inverse",
                    priority=5,
                )
            )
        return buttons


class DraftRegionView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; POST makes the draft RegionPage and opens its editor."""

    template_name = "regions/admin/draft_region.html"
    page_title = _("Maak concept-regiopagina")
    header_icon = "doc-empty-inverse"

    def dispatch(self, request, pk):
        _require(request, "change")
        self.application = get_object_or_404(RegionApplication, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.application.applicant

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            application=self.application,
            index_url=reverse(f"{VIEWSET_NAME}:index"),
            **kwargs,
        )

    def post(self, request, pk):
        page, created = create_draft_region(self.application, user=request.user)
        if created:
            messages.success(
                request,
                _("Concept-regiopagina '%(title)s' gemaakt. Vul hem aan en publiceer hem.")
                % {"title": page.title},
            )
        else:
            messages.info(request, _("Voor deze aanmelding bestaat al een regiopagina."))
        return redirect("wagtailadmin_pages:edit", page.pk)


def download_attachment(request, pk):
    """Attachments are not public: only people who may view applications get them."""
    _require(request, "view")
    attachment = get_object_or_404(ApplicationAttachment, pk=pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=attachment.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


class RegionApplicationViewSet(ModelViewSet):
    model = RegionApplication
    icon = "site"
    menu_label = _("Aanmeldingen regio's")
    menu_order = 350
    add_to_admin_menu = True
    url_prefix = "regio-aanmeldingen"
    index_view_class = ApplicationIndexView
    form_fields = ["status", "review_notes"]
    list_display = ["applicant", "call", "province", "status", "created_at"]
    list_filter = ["status", "call", "province"]
    list_export = [
        "applicant",
        "call",
        "province",
        "municipalities",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
        "partners_education",
        "partners_care",
        "partners_youth",
        "partners_other",
        "motivation",
        "status",
        "review_notes",
        "created_at",
    ]
    export_filename = "aanmeldingen-inspiratieregio"
    search_fields = ["applicant", "contact_name", "contact_email", "municipalities"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "applicant",
        "call",
        "province",
        "municipalities",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
        "partners_education",
        "partners_care",
        "partners_youth",
        "partners_other",
        "motivation",
        "status",
        "review_notes",
        "region_page",
        "created_at",
        "attachment_links",
    ]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("draft/<int:pk>/", DraftRegionView.as_view(), name="draft"),
            path("attachment/<int:pk>/", download_attachment, name="attachment"),
        ]
