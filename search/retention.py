"""Search statistics are deleted per day once the day is older than the period: people
sometimes type names into the search box. Our own `QueryStat` and the daily hits of
Wagtail's search promotions (with the queries that then have neither hits nor a
promotion, as Wagtail's `searchpromotions_garbage_collect` does)."""

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core.retention import delete, register

from .models import QueryStat


def expired_stats(cutoff):
    return QueryStat.objects.filter(date__lt=timezone.localdate(cutoff))


def expired_daily_hits(cutoff):
    return QueryDailyHits.objects.filter(date__lt=timezone.localdate(cutoff))


def delete_daily_hits(rows):
    count = delete(rows)
    Query.objects.filter(daily_hits__isnull=True, editors_picks__isnull=True).delete()
    return count


register(
    "search.querystat",
    "days of search statistics",
    action="delete",
    expired=expired_stats,
)
register(
    "searchpromotions.querydailyhits",
    "days of search promotion hits",
    action="delete",
    expired=expired_daily_hits,
    apply=delete_daily_hits,
)
