"""Inspiration regions and the calls that recruit them.

The application form of a CallPage comes with the agenda issue; the dates that
open and close it are here already.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import ListingMixin, card_image_prefetch, intro_field, taxonomy_panel
from taxonomy.models import ThemedItemBase


class Province(models.TextChoices):
    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"


class RegionIndexPage(ListingMixin, Page):
    """'Inspiratieregio's': the selected regions, and any open call."""

    intro = intro_field(_("Eén alinea: wat is een inspiratieregio?"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["regions.CallPage", "regions.RegionPage"]
    max_count = 1
    paginate_by = 24

    class Meta:
        verbose_name = _("overzicht van inspiratieregio's")
        verbose_name_plural = _("overzichten van inspiratieregio's")

    def get_listing_queryset(self, request):
        return (
            RegionPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .prefetch_related(card_image_prefetch(), "domains", "themes")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calls"] = (
            CallPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .order_by("-closes_at")
        )
        return context


class CallPage(Page):
    """An open call for regions, with an opening and a closing date."""

    intro = intro_field(_("Eén alinea: wie zoeken we, en waarom?"))
    opens_at = models.DateTimeField(
        _("open vanaf"), help_text=_("Vanaf wanneer kun je je aanmelden?")
    )
    closes_at = models.DateTimeField(_("sluit op"), help_text=_("Tot wanneer kun je je aanmelden?"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Looptijd")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.FilterField("closes_at"),
    ]

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("oproep")
        verbose_name_plural = _("oproepen")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("De sluitdatum ligt vóór de openingsdatum.")})

    @property
    def is_open(self):
        return self.opens_at <= timezone.now() < self.closes_at

    @property
    def is_upcoming(self):
        return timezone.now() < self.opens_at


class RegionThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "regions.RegionPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class RegionPage(Page):
    """A selected inspiration region or municipality."""

    province = models.CharField(
        _("provincie"), max_length=20, choices=Province.choices, help_text=_("In welke provincie?")
    )
    municipalities = models.CharField(
        _("gemeenten"),
        max_length=400,
        blank=True,
        help_text=_("De gemeenten die meedoen, gescheiden door komma's."),
    )
    intro = intro_field(_("Eén alinea: waar werkt deze regio aan?"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt getoond in overzichten en bovenaan de pagina."),
    )
    coalition = models.TextField(
        _("coalitiepartners"),
        blank=True,
        help_text=_("Wie werken samen in onderwijs, zorg, jeugd en gemeente? Eén per regel."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    domains = ParentalManyToManyField(
        "taxonomy.Domain",
        verbose_name=_("domeinen"),
        blank=True,
        help_text=_("Welke domeinen zitten aan tafel?"),
    )
    themes = ClusterTaggableManager(through=RegionThemeTag, blank=True, verbose_name=_("thema's"))
    contact_name = models.CharField(
        _("contactpersoon"),
        max_length=120,
        blank=True,
        help_text=_("Het aanspreekpunt in de regio."),
    )
    contact_email = models.EmailField(
        _("e-mail contactpersoon"), blank=True, help_text=_("Wordt op de pagina getoond.")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("province"), FieldPanel("municipalities")]),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("coalition"),
        FieldPanel("body"),
        taxonomy_panel(),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("municipalities", boost=2),
        index.SearchField("coalition"),
        index.SearchField("body"),
        index.FilterField("province"),
        index.RelatedFields("domains", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("inspiratieregio")
        verbose_name_plural = _("inspiratieregio's")

    def coalition_partners(self):
        return [line.strip() for line in self.coalition.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = (
            self.practices.live()
            .public()
            .defer_streamfields()
            .select_related("evidence_level")
            .order_by("title")
        )
        return context
