"""Parts of Mijn netwerk other apps' templates show: a space's recent activity.

Network sits above spaces: a space's template asks for its activity here
(`{% space_activity page as activity %}`), so `cop` never imports `network`.
"""

from django import template

from network.activity import recent_activity

register = template.Library()


@register.simple_tag(takes_context=True)
def space_activity(context, space, limit=5):
    """What is new in `space` in the last `network.activity.WINDOW`, as far as the
    person looking may see it."""
    request = context.get("request")
    if request is None:
        return []
    return recent_activity(request, [space], limit=limit)
