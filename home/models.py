"""The home page and the standard pages of the site (DESIGN.md §2)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from agenda.models import EventPage
from articles.models import ArticlePage
from core.blocks import BodyBlock
from core.models import card_image_prefetch, intro_field
from practices.models import PracticePage


class HomePage(Page):
    """The front door: the mission, and the newest of everything below."""

    lead = models.CharField(
        _("kernboodschap"),
        max_length=250,
        blank=True,
        help_text=_("Eén zin onder de titel, bijv. 'Ieder kind doet mee'."),
    )
    intro = intro_field(_("Eén alinea: wat is Met Andere Ogen en wat kun je hier doen?"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "cop.SpaceIndexPage",
        "practices.PracticeIndexPage",
        "articles.ArticleIndexPage",
        "events.EventIndexPage",
        "regions.RegionIndexPage",
        "bottlenecks.BottleneckIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .defer_streamfields()
            .prefetch_related(card_image_prefetch(), "domains", "themes")
            .order_by("-date", "-pk")[:3]
        )
        context["upcoming_events"] = (
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(end__gte=timezone.now())
            .defer_streamfields()
            .order_by("start")[:3]
        )
        context["latest_practices"] = (
            PracticePage.objects.live()
            .public()
            .descendant_of(self)
            .defer_streamfields()
            .select_related("evidence_level")
            .prefetch_related(card_image_prefetch(), "domains", "themes")
            .order_by("-first_published_at", "-pk")[:4]
        )
        context["sections"] = self.get_children().live().public().in_menu().specific()
        return context


class StandardPage(Page):
    """A page of text: over MAO, de MAO-tafel, privacy, toegankelijkheid. Nestable."""

    # Left out of the menu, a standard page under home is linked in the site footer
    # (core_tags.site_footer).
    in_site_footer = True

    intro = intro_field(_("Eén of twee zinnen die zeggen waar de pagina over gaat."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = (
            StandardPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .order_by("path")
        )
        return context
