from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import AdminOnlyMenuItem

from search.reports import query_report

# Wagtail's own report of search terms (wagtail.contrib.search_promotions), fed by
# `Query.get(...).add_hit()`, which nothing here calls: it would always be empty.
# Ours ("Zoekvragen", from `QueryStat`) is the one report; the app itself stays for
# the editors' promoted results (Settings → Promoted search results).
WAGTAIL_SEARCH_TERMS_ITEM = "search-terms"


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


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_ITEM]
