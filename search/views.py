"""The site search page.

This is the plain first version: live, public pages through Wagtail's search API.
The cross-domain search service (facets, concepts, JSON API) replaces its inside
with the search issue; the URL and template stay.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    paginator = Paginator(results, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("pagina", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": page})
