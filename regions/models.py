"""Inspiration regions and the calls that recruit them.

A CallPage shows its application form while it is open; applications are
`RegionApplication`s, reviewed by the programme office in the admin (see
docs/agenda.md).
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    card_image_prefetch,
    intro_field,
    taxonomy_panel,
)
from core.storage import private_storage  # migrations refer to regions.models.private_storage
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


class RegionIndexPage(SectionMixin, ListingMixin, Page):
    """'Inspiratieregio's': the selected regions, and any open call."""

    intro = intro_field(_("Eén alinea: wat is een inspiratieregio?"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

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


class CallPage(RoutablePageMixin, Page):
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

    @path("")
    def call_view(self, request):
        from .views import call_page

        return call_page(request, self)


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
        *TAXONOMY_SEARCH_FIELDS,
    ]

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("inspiratieregio")
        verbose_name_plural = _("inspiratieregio's")

    def coalition_partners(self):
        return [line.strip() for line in self.coalition.splitlines() if line.strip()]


class ApplicationStatus(models.TextChoices):
    RECEIVED = "ontvangen", _("ontvangen")
    IN_REVIEW = "in_beoordeling", _("in beoordeling")
    SELECTED = "geselecteerd", _("geselecteerd")
    REJECTED = "afgewezen", _("afgewezen")


class RegionApplication(models.Model):
    """An application of a municipality or region to a CallPage."""

    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)

    call = models.ForeignKey(
        CallPage, verbose_name=_("oproep"), on_delete=models.PROTECT, related_name="applications"
    )
    applicant = models.CharField(
        _("gemeente of regio"), max_length=200, help_text=_("Wie meldt zich aan?")
    )
    province = models.CharField(_("provincie"), max_length=20, choices=Province.choices)
    municipalities = models.CharField(
        _("gemeenten"),
        max_length=400,
        blank=True,
        help_text=_("De gemeenten die meedoen, gescheiden door komma's."),
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=120)
    contact_role = models.CharField(_("functie"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail contactpersoon"))
    contact_phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    partners_education = models.TextField(_("partners in het onderwijs"))
    partners_care = models.TextField(_("partners in de zorg"))
    partners_youth = models.TextField(_("partners in de jeugdhulp"))
    partners_other = models.TextField(_("andere partners"), blank=True)
    motivation = models.TextField(_("motivatie"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
        help_text=_("Waar staat de beoordeling?"),
    )
    review_notes = models.TextField(
        _("aantekeningen beoordeling"),
        blank=True,
        help_text=_("Alleen zichtbaar voor het programmabureau."),
    )
    region_page = models.ForeignKey(
        RegionPage,
        verbose_name=_("regiopagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("aanmelding inspiratieregio")
        verbose_name_plural = _("aanmeldingen inspiratieregio")
        ordering = ["-created_at"]

    def __str__(self):
        return self.applicant

    @admin.display(description=_("bijlagen"))
    def attachment_links(self):
        """Links to the permission-checked downloads, for the admin's inspect view."""
        from django.urls import reverse
        from django.utils.html import format_html, format_html_join

        links = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (reverse("region_application:attachment", args=[a.pk]), a.original_name)
                for a in self.attachments.all()
            ),
        )
        return links or format_html("{}", _("geen"))

    def partner_lines(self):
        lines = []
        for field in ("partners_education", "partners_care", "partners_youth", "partners_other"):
            lines += [line.strip() for line in getattr(self, field).splitlines() if line.strip()]
        return lines


def attachment_path(instance, filename):
    import secrets

    return f"aanmeldingen/{instance.application_id}/{secrets.token_hex(8)}/{filename}"


class ApplicationAttachment(models.Model):
    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)
    application = models.ForeignKey(
        RegionApplication,
        verbose_name=_("aanmelding"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("bestand"), upload_to=attachment_path, storage=private_storage)
    original_name = models.CharField(_("bestandsnaam"), max_length=255)
    size = models.PositiveIntegerField(_("grootte (bytes)"))

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.original_name
