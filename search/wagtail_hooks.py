from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import AdminOnlyMenuItem

from search.reports import query_report


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [
        path("reports/zoekvragen/", require_admin_access(query_report), name="search_query_report")
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return AdminOnlyMenuItem(
        _("Zoekvragen"), reverse("search_query_report"), icon_name="search", order=710
    )
