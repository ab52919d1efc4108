"""Related content on every knowledge page: pages that share a theme, newest first."""

from django.apps import apps
from django.db.models import Exists, OuterRef

# Page types that carry `themes` and count as knowledge pages.
RELATED_MODELS = ["practices.PracticePage", "articles.ArticlePage", "bottlenecks.BottleneckPage"]


def related_pages(page, limit=4):
    """Up to `limit` live, public pages of the knowledge types sharing a theme with `page`.

    One query for the themes and one per page type, whatever the number of matches.
    """
    theme_ids = [theme.pk for theme in page.themes.all()]
    if not theme_ids:
        return []
    found = []
    for label in RELATED_MODELS:
        model = apps.get_model(label)
        # A semi-join instead of a join with DISTINCT: the database walks the pages
        # newest first (first_published_at is indexed) and stops at `limit`, rather
        # than sorting every page that shares a theme (thousands at 10,000 pages).
        tagged = model.tagged_themes.rel.related_model.objects.filter(
            tag_id__in=theme_ids, content_object_id=OuterRef("pk")
        )
        found.extend(
            model.objects.live()
            .public()
            .filter(Exists(tagged))
            .exclude(pk=page.pk)
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")[:limit]
        )
    found.sort(key=lambda p: (p.first_published_at is not None, p.first_published_at), reverse=True)
    return found[:limit]
