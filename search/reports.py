"""The editors' report: the most frequent queries, and the queries that found nothing."""

from datetime import timedelta

from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from search.models import QueryStat

DEFAULT_DAYS = 30
ROWS = 50


def query_report(request):
    try:
        days = max(1, min(int(request.GET.get("dagen", DEFAULT_DAYS)), 366))
    except ValueError:
        days = DEFAULT_DAYS
    since = timezone.localdate() - timedelta(days=days - 1)
    stats = QueryStat.objects.filter(date__gte=since).values("query_string")
    frequent = stats.annotate(total=Sum("hits"), empty=Sum("misses")).order_by(
        "-total", "query_string"
    )[:ROWS]
    zero = (
        stats.annotate(total=Sum("misses"))
        .filter(total__gt=0)
        .order_by("-total", "query_string")[:ROWS]
    )
    return render(
        request,
        "search/admin/query_report.html",
        {
            "title": _("Zoekvragen"),
            "days": days,
            "frequent": frequent,
            "zero": zero,
            "header_icon": "search",
        },
    )
