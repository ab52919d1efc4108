"""`{% latest_threads page as threads %}`: the newest threads of a space this person
may read (conversation.permissions), for the space page. The template loads this, so
`cop` needs no knowledge of discussions."""

from django import template

from conversation import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_threads(context, space, limit=3):
    request = context.get("request")
    user = getattr(request, "user", None)
    rights = permissions.access(user, space)
    return list(rights.visible_threads().select_related("author")[:limit])
