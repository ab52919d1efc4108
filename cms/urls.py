from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from members.views import admin_login_redirect
from search import views as search_views

urlpatterns = [
    # Before Wagtail's admin: its own login form would be a second door around the
    # public login's rate limits, honeypot and lockout (members.views.login_view).
    path("admin/login/", admin_login_redirect, name="admin_login_redirects_to_public_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("mao-tafel/aankloppen/", include("mao_tafel.urls")),
    path("kennisbank/", include("practices.urls")),
    path("api/search/", search_views.api_search, name="search_api"),
    path("api/search/autocomplete/", search_views.api_autocomplete, name="search_autocomplete"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("aanmelding/", include("agenda.urls")),
    path("nieuwsbrief/", include("newsletter.urls")),
    path("", include("members.urls")),
    path("", include("cop.urls")),
    path("", include("conversation.urls")),
    path("", include("network.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.http import Http404

    def _no_direct_documents(request, rest):
        raise Http404  # documents only through /documenten/, which checks restrictions

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/documents/<path:rest>", _no_direct_documents)
    ]
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
