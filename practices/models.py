"""The knowledge bank: practice examples of what works (DESIGN.md §2 and §3)."""

from django import forms
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    card_image_prefetch,
    intro_field,
    taxonomy_panel,
)
from taxonomy.models import Advice, AgeGroup, Domain, EvidenceLevel, Theme, ThemedItemBase

SECTION_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class PreventionLevel(models.TextChoices):
    UNIVERSAL = "universeel", _("Universeel: voor alle kinderen")
    SELECTIVE = "selectief", _("Selectief: voor groepen met een verhoogd risico")
    INDICATED = "geindiceerd", _("Geïndiceerd: voor kinderen met eerste signalen")
    CARE = "zorg", _("Zorg: voor kinderen met een vastgestelde hulpvraag")


class PracticeIndexPage(SectionMixin, ListingMixin, Page):
    """'Wat werkt': the list of practice examples, filterable without JavaScript."""

    intro = intro_field(_("Eén alinea boven het overzicht."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = ["practices.PracticePage", "practices.CoverageMatrixPage"]
    max_count = 1

    # Filter name in the query string -> (lookup, model, field whose value it matches).
    filters = {
        "domein": ("domains__slug", Domain, "slug"),
        "thema": ("tagged_themes__tag__slug", Theme, "slug"),
        "leeftijd": ("age_groups__label", AgeGroup, "label"),
        "niveau": ("evidence_level__slug", EvidenceLevel, "slug"),
        "advies": ("advices__number", Advice, "number"),
    }

    class Meta:
        verbose_name = _("overzicht van praktijkvoorbeelden")
        verbose_name_plural = _("overzichten van praktijkvoorbeelden")

    def filter_values(self):
        """Per filter, the values that exist: {name: [(value, label), ...]}. One query each."""
        if not hasattr(self, "_filter_values"):
            self._filter_values = {
                name: [(str(getattr(obj, field)), str(obj)) for obj in model.objects.all()]
                for name, (_lookup, model, field) in self.filters.items()
            }
        return self._filter_values

    def active_filters(self, request):
        """The filters in the query string whose value exists; anything else is ignored."""
        values = self.filter_values()
        active = {}
        for name in self.filters:
            value = request.GET.get(name, "").strip()
            if value and value in {option for option, _label in values[name]}:
                active[name] = value
        return active

    def get_listing_queryset(self, request):
        queryset = PracticePage.objects.live().public().child_of(self)
        for name, value in self.active_filters(request).items():
            lookup = self.filters[name][0]
            # A semi-join per filter: no DISTINCT over joined rows, which at 10,000
            # practices made the database sort every match before the first page.
            queryset = queryset.filter(
                pk__in=PracticePage.objects.filter(**{lookup: value}).values("pk")
            )
        return (
            queryset.defer_streamfields()
            .select_related("evidence_level")
            .prefetch_related(card_image_prefetch(), "domains", "themes", "age_groups")
            .order_by("-first_published_at", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        active = self.active_filters(request)
        context["active_filters"] = active
        values = self.filter_values()
        context["filter_options"] = [
            {
                "name": name,
                "label": model._meta.verbose_name.capitalize(),
                "options": values[name],
                "selected": active.get(name, ""),
            }
            for name, (_lookup, model, _field) in self.filters.items()
        ]
        context["coverage_page"] = CoverageMatrixPage.objects.live().public().child_of(self).first()
        return context


class PracticeThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class PracticePage(Page):
    """A practice example: what was done, for whom, with what result."""

    summary = models.TextField(
        _("samenvatting in gewone taal"),
        help_text=_("Twee tot vier zinnen op B1-niveau, ook leesbaar voor ouders."),
    )
    problem = RichTextField(
        _("vraag of probleem"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Welke vraag of welk probleem was het startpunt?"),
    )
    approach = RichTextField(
        _("aanpak"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Wat is er gedaan, door wie, hoe vaak?"),
    )
    results = RichTextField(
        _("resultaten"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Wat leverde het op?"),
    )
    measurement = RichTextField(
        _("wat is er gemeten"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Welke metingen, bij wie, wanneer en met welk instrument?"),
    )
    lessons = RichTextField(
        _("lessen"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Wat zou je een ander meegeven die hiermee wil beginnen?"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt getoond in overzichten en bovenaan de pagina."),
    )
    domains = ParentalManyToManyField(
        "taxonomy.Domain",
        verbose_name=_("domeinen"),
        blank=True,
        help_text=_("Welke domeinen werkten samen?"),
    )
    themes = ClusterTaggableManager(through=PracticeThemeTag, blank=True, verbose_name=_("thema's"))
    age_groups = ParentalManyToManyField(
        "taxonomy.AgeGroup",
        verbose_name=_("leeftijdsgroepen"),
        blank=True,
        help_text=_("Voor kinderen en jongeren van welke leeftijd?"),
    )
    target_group = models.CharField(
        _("doelgroep"),
        max_length=200,
        blank=True,
        help_text=_("Bijv. 'leerlingen in het voortgezet onderwijs die langdurig verzuimen'."),
    )
    prevention_level = models.CharField(
        _("preventieniveau"),
        max_length=20,
        choices=PreventionLevel.choices,
        blank=True,
        help_text=_("Voor wie is de aanpak bedoeld?"),
    )
    evidence_level = models.ForeignKey(
        "taxonomy.EvidenceLevel",
        verbose_name=_("bewijsniveau"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text=_("Hoe sterk is het bewijs dat dit werkt?"),
    )
    advices = ParentalManyToManyField(
        "taxonomy.Advice",
        verbose_name=_("adviezen"),
        blank=True,
        help_text=_("Aan welke van de 7 adviezen draagt dit bij?"),
    )
    ambitions = ParentalManyToManyField(
        "taxonomy.Ambition",
        verbose_name=_("ambities"),
        blank=True,
        help_text=_("Aan welke van de 7 ambities draagt dit bij?"),
    )
    region = models.ForeignKey(
        "regions.RegionPage",
        verbose_name=_("inspiratieregio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text=_("De inspiratieregio waar dit voorbeeld vandaan komt, als die er is."),
    )
    place = models.CharField(
        _("gemeente of regio"),
        max_length=120,
        blank=True,
        help_text=_("Waar speelt dit voorbeeld zich af?"),
    )
    space = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("afkomstig uit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De community of practice of het fieldlab waar dit voorbeeld uit voortkwam."),
    )
    contact_name = models.CharField(
        _("contactpersoon"),
        max_length=120,
        blank=True,
        help_text=_("Wie kan er meer over vertellen?"),
    )
    contact_organisation = models.CharField(
        _("organisatie"),
        max_length=120,
        blank=True,
        help_text=_("Organisatie van de contactpersoon."),
    )
    contact_email = models.EmailField(
        _("e-mail contactpersoon"), blank=True, help_text=_("Wordt op de pagina getoond.")
    )
    external_id = models.CharField(
        _("externe sleutel"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text=_(
            "Gezet door de import (import_practices): daarmee werkt een nieuwe import "
            "dit voorbeeld bij in plaats van het te verdubbelen. Niet aanpassen."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("problem"),
                FieldPanel("approach"),
                FieldPanel("results"),
                FieldPanel("measurement"),
                FieldPanel("lessons"),
            ],
            heading=_("Het voorbeeld"),
        ),
        taxonomy_panel(
            FieldPanel("age_groups", widget=forms.CheckboxSelectMultiple),
            FieldPanel("target_group"),
            FieldPanel("prevention_level"),
            heading=_("Voor wie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evidence_level"),
                FieldPanel("advices", widget=forms.CheckboxSelectMultiple),
                FieldPanel("ambitions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Bewijs en kennisagenda"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("place"),
                PageChooserPanel(
                    "space", ["cop.CommunityPage", "cop.FieldlabPage", "cop.DialoguePage"]
                ),
                FieldPanel("contact_name"),
                FieldPanel("contact_organisation"),
                FieldPanel("contact_email"),
                FieldPanel("external_id", read_only=True),
            ],
            heading=_("Herkomst en contact"),
        ),
        InlinePanel("attachments", label=_("Bijlagen")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=3),
        index.SearchField("problem", boost=1.5),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("measurement"),
        index.SearchField("lessons", boost=0.8),
        index.SearchField("target_group"),
        index.SearchField("place"),
        *TAXONOMY_SEARCH_FIELDS,
        index.RelatedFields("age_groups", [index.FilterField("label")]),
        index.RelatedFields("evidence_level", [index.SearchField("name")]),
        index.FilterField("evidence_level_id"),
        index.FilterField("prevention_level"),
        index.RelatedFields("advices", [index.FilterField("number")]),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = self.attachments.select_related("document")
        return context


class PracticeAttachment(Orderable):
    page = ParentalKey(PracticePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Bijvoorbeeld een werkwijze, een evaluatie of een presentatie."),
    )
    title = models.CharField(
        _("titel"), max_length=200, blank=True, help_text=_("Leeg laten voor de documenttitel.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.title or self.document.title


class CoverageMatrixPage(Page):
    """The 7 adviezen against the domains: how many practice examples each cell holds.

    Every cell links to the practice index filtered on that advice and domain; empty
    cells are shown as gaps in the knowledge bank.
    """

    intro = intro_field(_("Eén alinea: wat laat de matrix zien, en hoe lees je hem?"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("dekkingsmatrix")
        verbose_name_plural = _("dekkingsmatrices")

    def get_matrix(self):
        """Rows per advice, one cell per domain: {"domain", "count", "url"}. Three queries."""
        index = self.get_parent()
        index_url = index.url if index else ""
        practices = PracticePage.objects.live().public()
        if index:
            practices = practices.child_of(index)
        counts = {
            (row["advices__number"], row["domains__slug"]): row["total"]
            for row in practices.filter(advices__isnull=False, domains__isnull=False)
            .values("advices__number", "domains__slug")
            .annotate(total=Count("pk", distinct=True))
            .order_by()
        }
        domains = list(Domain.objects.all())
        rows = []
        for advice in Advice.objects.all():
            cells = []
            for domain in domains:
                cells.append(
                    {
                        "domain": domain,
                        "count": counts.get((advice.number, domain.slug), 0),
                        "url": f"{index_url}?advies={advice.number}&domein={domain.slug}",
                    }
                )
            rows.append({"advice": advice, "cells": cells})
        return domains, rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        domains, rows = self.get_matrix()
        context["domains"] = domains
        context["rows"] = rows
        context["gap_count"] = sum(1 for row in rows for cell in row["cells"] if not cell["count"])
        return context
