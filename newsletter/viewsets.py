"""The programme office's admin: subscribers (with CSV/XLSX export) and issues."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from core.exports import SafeExportIndexView

from . import subscriptions
from .models import Issue, Subscriber


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Abonnees")
    url_prefix = "nieuwsbrief/abonnees"
    form_fields = ["email", "name", "status"]
    list_display = ["email", "name", "status", "created_at", "confirmed_at"]
    list_filter = ["status"]
    list_export = ["email", "name", "status", "created_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "abonnees-nieuwsbrief"
    index_view_class = SafeExportIndexView
    search_fields = ["email", "name"]
    copy_view_enabled = False


class IssueIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.sent_at is None and self.request.user.has_perm("newsletter.change_issue"):
            buttons.append(
                ListingButton(
                    _("Versturen"),
                    url=reverse("newsletter_issue:send", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                )
            )
        return buttons


class SendIssueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "newsletter/admin/send_issue.html"
    page_title = _("Nieuwsbrief versturen")
    header_icon = "mail"

    def dispatch(self, request, pk):
        if not request.user.has_perm("newsletter.change_issue"):
            raise PermissionDenied
        self.issue = get_object_or_404(Issue, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.issue.subject

    def get_context_data(self, **kwargs):
        from .models import SubscriberStatus

        return super().get_context_data(
            issue=self.issue,
            recipients=Subscriber.objects.filter(status=SubscriberStatus.ACTIVE).count(),
            index_url=reverse("newsletter_issue:index"),
            **kwargs,
        )

    def post(self, request, pk):
        try:
            sent, failed = subscriptions.send_issue(self.issue)
        except subscriptions.AlreadySent:
            messages.error(request, _("Deze nieuwsbrief is al verstuurd."))
        else:
            messages.success(
                request,
                _("Verstuurd aan %(sent)d abonnees (%(failed)d mislukt).")
                % {"sent": sent, "failed": failed},
            )
        return redirect("newsletter_issue:index")


class IssueViewSet(ModelViewSet):
    model = Issue
    icon = "doc-full"
    menu_label = _("Nieuwsbrieven")
    url_prefix = "nieuwsbrief/nummers"
    name = "newsletter_issue"
    form_fields = ["subject", "body"]
    list_display = ["subject", "created_at", "sent_at", "recipient_count"]
    index_view_class = IssueIndexView
    copy_view_enabled = True

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("send/<int:pk>/", SendIssueView.as_view(), name="send"),
        ]


class NewsletterViewSetGroup(ViewSetGroup):
    menu_label = _("Nieuwsbrief")
    menu_icon = "mail"
    menu_order = 400
    items = (SubscriberViewSet("newsletter_subscriber"), IssueViewSet("newsletter_issue"))
