"""Editorial publishing: news, blogs and reports by the programme office."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.links import RoutesMixin
from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    card_image_prefetch,
    intro_field,
    taxonomy_panel,
)
from taxonomy.models import Theme, ThemedItemBase


class ArticleKind(models.TextChoices):
    NEWS = "news", _("Nieuws")
    BLOG = "blog", _("Blog")
    REPORT = "report", _("Rapport of publicatie")
    INTERVIEW = "interview", _("Interview")


class ArticleIndexPage(RoutesMixin, SectionMixin, ListingMixin, Page):
    """'Actueel': the newest articles first, with Atom and RSS feeds.

    Feeds: `feed/` (Atom), `feed/rss/`, and per theme `feed/thema/<slug>/` and
    `feed/thema/<slug>/rss/`.
    """

    intro = intro_field(_("Eén alinea boven het overzicht."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = ["articles.ArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht van artikelen")
        verbose_name_plural = _("overzichten van artikelen")

    def get_listing_queryset(self, request):
        queryset = ArticlePage.objects.live().public().child_of(self)
        kind = request.GET.get("soort")
        if kind in ArticleKind.values:
            queryset = queryset.filter(kind=kind)
        return (
            queryset.defer_streamfields()
            .prefetch_related(card_image_prefetch(), "domains", "themes")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kinds"] = ArticleKind.choices
        context["active_kind"] = request.GET.get("soort", "")
        context["feed_url"] = self.feed_url()
        context["rss_url"] = self.feed_url(kind="rss")
        return context

    def feed_url(self, theme=None, kind="atom"):
        name = "feed" if theme is None else "theme_feed"
        name += "_rss" if kind == "rss" else ""
        return self.route_url(name) if theme is None else self.route_url(name, theme.slug)

    def serve_feed(self, request, theme_slug=None, kind="atom"):
        from .feeds import FEED_TYPES, ArticleFeed

        theme = None
        if theme_slug is not None:
            theme = Theme.objects.filter(slug=theme_slug).first()
            if theme is None:
                raise Http404
        return ArticleFeed(self, theme=theme, feed_type=FEED_TYPES[kind])(request)

    @path("feed/", name="feed")
    def feed(self, request):
        return self.serve_feed(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return self.serve_feed(request, kind="rss")

    @path("feed/thema/<slug:theme_slug>/", name="theme_feed")
    def theme_feed(self, request, theme_slug):
        return self.serve_feed(request, theme_slug)

    @path("feed/thema/<slug:theme_slug>/rss/", name="theme_feed_rss")
    def theme_feed_rss(self, request, theme_slug):
        return self.serve_feed(request, theme_slug, kind="rss")


class ArticleThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class ArticlePage(Page):
    kind = models.CharField(
        _("soort"),
        max_length=20,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        help_text=_("Nieuws, blog, rapport of interview."),
    )
    date = models.DateField(
        _("publicatiedatum"),
        default=timezone.localdate,
        help_text=_("De datum die bij het artikel staat."),
    )
    author = models.CharField(
        _("auteur"), max_length=120, blank=True, help_text=_("Naam van de schrijver.")
    )
    lead = models.TextField(
        _("inleiding"), help_text=_("Twee of drie zinnen die uitnodigen om verder te lezen.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt getoond in overzichten en bovenaan het artikel."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    domains = ParentalManyToManyField(
        "taxonomy.Domain", verbose_name=_("domeinen"), blank=True, help_text=_("Voor wie is dit?")
    )
    themes = ClusterTaggableManager(through=ArticleThemeTag, blank=True, verbose_name=_("thema's"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("author")],
            heading=_("Over dit artikel"),
        ),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        taxonomy_panel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("kind"),
        index.FilterField("date"),
        *TAXONOMY_SEARCH_FIELDS,
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific_deferred
        if isinstance(parent, ArticleIndexPage):
            context["theme_feeds"] = [
                (theme, parent.feed_url(theme)) for theme in self.themes.all()
            ]
        return context
