"""Agenderen: systemic bottlenecks that members raise, with their status.

Submitting from the public site, the dated status history and recognitions
('ik herken dit') come with the knowledge issue.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.models import ListingMixin, intro_field, taxonomy_panel
from taxonomy.models import ThemedItemBase

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class BottleneckStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Ingediend")
    DISCUSSED = "discussed", _("Besproken aan de MAO-tafel")
    ON_AGENDA = "on_agenda", _("Geagendeerd")
    TAKEN_UP = "taken_up", _("Opgepakt")
    SOLVED = "solved", _("Opgelost")


class BottleneckIndexPage(ListingMixin, Page):
    """'Knelpunten': what members put on the agenda."""

    intro = intro_field(_("Eén alinea: wat is een knelpunt, en wat gebeurt ermee?"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["bottlenecks.BottleneckPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht van knelpunten")
        verbose_name_plural = _("overzichten van knelpunten")

    def get_listing_queryset(self, request):
        queryset = BottleneckPage.objects.live().public().child_of(self)
        status = request.GET.get("status")
        if status in BottleneckStatus.values:
            queryset = queryset.filter(status=status)
        return (
            queryset.defer_streamfields()
            .prefetch_related("domains", "themes")
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statuses"] = BottleneckStatus.choices
        context["active_status"] = request.GET.get("status", "")
        return context


class BottleneckThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "bottlenecks.BottleneckPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class BottleneckPage(Page):
    """A systemic bottleneck: what goes wrong, where, and what should change."""

    description = RichTextField(
        _("omschrijving"),
        features=TEXT_FEATURES,
        help_text=_("Wat loopt er vast, en voor welke kinderen of gezinnen?"),
    )
    examples = RichTextField(
        _("voorbeelden"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Situaties uit de praktijk waarin het knelpunt zichtbaar wordt."),
    )
    desired_change = RichTextField(
        _("wat moet er veranderen"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Welke regel, afspraak of werkwijze zou het oplossen?"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=BottleneckStatus.choices,
        default=BottleneckStatus.SUBMITTED,
        help_text=_("Waar staat het knelpunt nu?"),
    )
    domains = ParentalManyToManyField(
        "taxonomy.Domain",
        verbose_name=_("domeinen"),
        blank=True,
        help_text=_("In welke domeinen speelt dit?"),
    )
    themes = ClusterTaggableManager(
        through=BottleneckThemeTag, blank=True, verbose_name=_("thema's")
    )

    content_panels = Page.content_panels + [
        FieldPanel("status"),
        FieldPanel("description"),
        FieldPanel("examples"),
        FieldPanel("desired_change"),
        taxonomy_panel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description", boost=2),
        index.SearchField("examples"),
        index.SearchField("desired_change"),
        index.FilterField("status"),
        index.RelatedFields("domains", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["bottlenecks.BottleneckIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("knelpunt")
        verbose_name_plural = _("knelpunten")
