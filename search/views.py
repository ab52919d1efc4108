"""The search page, the JSON API and autocomplete: three faces of `search.service`."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from search import service

# Query parameters that are not facet filters.
CONTROL_PARAMS = {"q", "pagina", "sortering", "uitbreiding", "per_pagina", "spelling"}


def _params(request):
    filters = {
        name: request.GET.getlist(name)
        for name in request.GET
        if name not in CONTROL_PARAMS and name in service.FACETS
    }
    unknown = [
        name for name in request.GET if name not in CONTROL_PARAMS and name not in service.FACETS
    ]
    for name in unknown:
        filters[name] = request.GET.getlist(name)
    return {
        "query": request.GET.get("q", ""),
        "filters": filters,
        "sort": request.GET.get("sortering", "relevantie"),
        "page": request.GET.get("pagina", 1),
        "expand": request.GET.get("uitbreiding", "aan") != "uit",
        # spelling=letterlijk: search the words as typed, no typo correction.
        "correct_typos": request.GET.get("spelling", "") != "letterlijk",
        "user": request.user,
        "request": request,
    }


@require_GET
def search(request):
    params = _params(request)
    response = service.search(**params, log=True)
    stuck = response.terms and not response.total
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": response.query,
            "response": response,
            "help": service.help_when_empty(request) if stuck else None,
            "sorts": [("relevantie", "Relevantie"), ("datum", "Datum")],
        },
    )


@require_GET
def api_search(request):
    params = _params(request)
    per_page = request.GET.get("per_pagina")
    if per_page:
        params["page_size"] = service.clean_page(per_page)
    response = service.search(**params, log=True)
    return JsonResponse(service.to_json(response), json_dumps_params={"ensure_ascii": False})


@require_GET
def api_autocomplete(request):
    result = service.autocomplete(request.GET.get("q", ""), user=request.user, request=request)
    return JsonResponse(result, json_dumps_params={"ensure_ascii": False})
