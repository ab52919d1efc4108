"""Agenda parts other apps' templates show: a space's next activities.

The agenda depends on spaces, not the other way round: a space's template asks for
its events here (`{% upcoming_events page as events %}`), so `cop` never imports
`agenda`.
"""

from django import template
from django.utils import timezone

from agenda.models import EventPage

register = template.Library()


@register.simple_tag
def upcoming_events(space, limit=3):
    """The next public, live events organised by `space`, soonest first."""
    return list(
        EventPage.objects.live()
        .public()
        .filter(space=space, end__gte=timezone.now())
        .defer_streamfields()
        .order_by("start")[:limit]
    )
