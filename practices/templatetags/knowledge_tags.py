from django import template

from practices.models import PracticePage
from practices.permissions import can_convert_fieldlab
from practices.related import related_pages

register = template.Library()


@register.inclusion_tag("practices/includes/related.html")
def related_content(page, limit=4):
    """A "Gerelateerd" section with pages that share a theme with `page`."""
    return {"related": related_pages(page, limit)}


@register.simple_tag(takes_context=True)
def fieldlab_practices(context, fieldlab):
    """Practice examples made from this fieldlab, and whether the viewer may make one.

    Returns {"practices": live public pages, "can_convert": bool, "has_draft": bool}.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    made = PracticePage.objects.filter(space=fieldlab)
    may_convert = can_convert_fieldlab(user, fieldlab)
    return {
        "practices": list(made.live().public().order_by("title")),
        "can_convert": may_convert and fieldlab.is_finished,
        "has_draft": may_convert and made.filter(live=False).exists(),
    }


@register.simple_tag
def region_practices(region):
    """The live public practices of an inspiration region, by title: the region's page
    asks here, so `regions` (below `practices`) never reads the practices itself."""
    return (
        PracticePage.objects.live()
        .public()
        .filter(region=region)
        .defer_streamfields()
        .select_related("evidence_level")
        .order_by("title")
    )
