"""Links of the search page: facet toggles, sorting and expansion, as plain GET URLs."""

from django import template
from django.http import QueryDict

register = template.Library()


def _url(request, change):
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    params.pop("pagina", None)
    change(params)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def facet_toggle_url(context, name, value):
    """The URL that selects `value` in facet `name`, or deselects it when selected."""

    def change(params):
        values = params.getlist(name)
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        params.setlist(name, values)

    return _url(context.get("request"), change)


@register.simple_tag(takes_context=True)
def search_param_url(context, name, value):
    """The URL with query parameter `name` set to `value` (empty removes it)."""

    def change(params):
        if value:
            params[name] = value
        else:
            params.pop(name, None)

    return _url(context.get("request"), change)


@register.simple_tag(takes_context=True)
def clear_filters_url(context, names):
    def change(params):
        for name in names:
            params.pop(name, None)

    return _url(context.get("request"), change)
