"""The programme office's view of every membership, in the Wagtail admin.

Reached by superusers and by the "Programmabureau" group (given the membership
model permissions by a data migration). Space members and coordinators have no
model permissions, so they never see it; coordinators use the members page of
their own space on the public site instead.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from cop.emails import send_admin_membership_change
from cop.permissions import space_models
from members.models import Membership


class MembershipAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["space"].queryset = Page.objects.type(*space_models()).order_by("title")

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("user") and not cleaned_data.get("invited_email"):
            raise forms.ValidationError(_("Kies een lid of vul een e-mailadres in."))
        return cleaned_data


class TellCoordinatorsMixin:
    """A membership changed in the admin (by the programme office) is logged by
    Wagtail's history (`wagtail.create` / `wagtail.edit`) and told to the space's
    coordinators: nobody joins a space, or becomes its coordinator, unseen."""

    def save_instance(self):
        instance = super().save_instance()
        send_admin_membership_change(instance, self.request.user)
        return instance


class MembershipCreateView(TellCoordinatorsMixin, generic.CreateView):
    pass


class MembershipEditView(TellCoordinatorsMixin, generic.EditView):
    pass


class MembershipViewSet(ModelViewSet):
    model = Membership
    add_view_class = MembershipCreateView
    edit_view_class = MembershipEditView
    url_prefix = "lidmaatschappen"
    icon = "group"
    menu_label = _("Lidmaatschappen")
    add_to_admin_menu = True
    menu_order = 250
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("invited_email"),
            FieldPanel("space"),
            FieldPanel("role"),
            FieldPanel("status"),
        ],
        base_form_class=MembershipAdminForm,
    )
    list_display = ["__str__", "role", "status", "updated_at"]
    list_filter = ["role", "status"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "invited_email"]


membership_viewset = MembershipViewSet("memberships")
