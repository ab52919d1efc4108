"""The vocabulary every content type shares (DESIGN.md §3)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index


class Domain(index.Indexed, models.Model):
    """A field of work: onderwijs, zorg, jeugd, kinderopvang, ouders, gemeente, sport."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(
        _("omschrijving"), blank=True, help_text=_("Eén of twee zinnen: wie werken in dit domein?")
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")

    def __str__(self):
        return self.name


class Theme(TagBase):
    """A controlled theme tag. Editors choose from the list; they cannot invent terms."""

    free_tagging = False

    description = models.TextField(
        _("omschrijving"), blank=True, help_text=_("Wat valt onder dit thema?")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class ThemedItemBase(ItemBase):
    """Through model base for `ClusterTaggableManager(through=...)` on a page type."""

    tag = models.ForeignKey(
        Theme, related_name="%(app_label)s_%(class)s_items", on_delete=models.CASCADE
    )

    class Meta:
        abstract = True


class AgeGroup(models.Model):
    label = models.CharField(_("label"), max_length=20, unique=True, help_text=_("Bijv. 4-12"))
    min_age = models.PositiveSmallIntegerField(_("vanaf leeftijd"))
    max_age = models.PositiveSmallIntegerField(_("tot leeftijd"))

    panels = [FieldPanel("label"), FieldPanel("min_age"), FieldPanel("max_age")]

    class Meta:
        ordering = ["min_age"]
        verbose_name = _("leeftijdsgroep")
        verbose_name_plural = _("leeftijdsgroepen")

    def __str__(self):
        return _("%(label)s jaar") % {"label": self.label}


class NumberedStatement(models.Model):
    """Base for the 7 adviezen and the 7 ambities: a number, a title, an explanation."""

    number = models.PositiveSmallIntegerField(_("nummer"), unique=True)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(
        _("toelichting"), blank=True, help_text=_("Wat betekent dit in de praktijk?")
    )

    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("description")]

    class Meta:
        abstract = True
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Advice(NumberedStatement):
    """One of the 7 adviezen of the founding report 'Met andere ogen'."""

    class Meta(NumberedStatement.Meta):
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")


class Ambition(NumberedStatement):
    """One of the 7 ambities of Met Andere Ogen II."""

    class Meta(NumberedStatement.Meta):
        verbose_name = _("ambitie")
        verbose_name_plural = _("ambities")


class EvidenceLevel(models.Model):
    """A rung of the evidence ladder, modelled on the NJi effect ladder."""

    rank = models.PositiveSmallIntegerField(
        _("trede"), unique=True, help_text=_("1 is de laagste trede van de ladder.")
    )
    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(
        _("wat dit niveau betekent"), help_text=_("In gewone taal: wat weten we op dit niveau?")
    )
    next_step = models.TextField(
        _("volgende stap"),
        blank=True,
        help_text=_("Wat is er nodig om een trede hoger te komen?"),
    )

    panels = [
        FieldPanel("rank"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("next_step"),
    ]

    class Meta:
        ordering = ["rank"]
        verbose_name = _("bewijsniveau")
        verbose_name_plural = _("bewijsniveaus")

    def __str__(self):
        return self.name


class Concept(index.Indexed, ClusterableModel):
    """One idea with the words each domain uses for it: the platform looks 'met andere ogen'."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    description = models.TextField(
        _("omschrijving"), blank=True, help_text=_("Wat verbindt deze woorden?")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("terms", label=_("Woorden per domein"), min_num=1),
    ]
    search_fields = [
        index.SearchField("name"),
        index.RelatedFields("terms", [index.SearchField("term")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self):
        return self.name


class ConceptTerm(Orderable):
    concept = ParentalKey(Concept, related_name="terms", on_delete=models.CASCADE)
    domain = models.ForeignKey(
        Domain,
        verbose_name=_("domein"),
        related_name="concept_terms",
        on_delete=models.CASCADE,
        help_text=_("Het domein dat dit woord gebruikt."),
    )
    term = models.CharField(
        _("woord"), max_length=120, help_text=_("Bijv. 'thuiszitter' of 'verzuim'.")
    )

    panels = [FieldPanel("domain"), FieldPanel("term")]

    class Meta(Orderable.Meta):
        verbose_name = _("woord")
        verbose_name_plural = _("woorden")
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "domain", "term"], name="unique_concept_term"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.domain})"
