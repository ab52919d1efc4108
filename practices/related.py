"""Related content on every knowledge page: pages that share a theme, newest first."""

from django.apps import apps

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
        found.extend(
            model.objects.live()
            .public()
            .filter(tagged_themes__tag_id__in=theme_ids)
            .exclude(pk=page.pk)
            .distinct()
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")[:limit]
        )
    found.sort(key=lambda p: (p.first_published_at is not None, p.first_published_at), reverse=True)
    return found[:limit]
