"""Spaces: communities of practice, fieldlabs and dialogues (DESIGN.md §2 and §4).

A space is a CommunityPage, FieldlabPage or DialoguePage. They share one abstract
base, `SpaceBase`; members write SpacePages below their space. Each space owns two
Wagtail groups (members, coordinators) that `cop.permissions` creates and keeps in
step with the memberships (`members.Membership`), and two collections for its images
and documents (the space's, and "Alleen leden" below it); see docs/permissions.md.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cop import permissions
from cop.choices import JoinPolicy, SpaceKind
from core.blocks import BodyBlock
from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    card_image_prefetch,
    intro_field,
)
from members.models import Membership
from taxonomy.models import ThemedItemBase


class SpaceIndexPage(SectionMixin, ListingMixin, Page):
    """Lists the spaces of one kind: /cop/, /fieldlabs/ or /dialogen/."""

    kind = models.CharField(
        _("soort"),
        max_length=20,
        choices=SpaceKind.choices,
        unique=True,
        help_text=_("Welke soort ruimtes deze pagina toont. Elke soort heeft één overzicht."),
    )
    intro = intro_field(_("Eén alinea boven het overzicht."))

    content_panels = Page.content_panels + [FieldPanel("kind"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    subpage_types = ["cop.CommunityPage", "cop.FieldlabPage", "cop.DialoguePage"]
    max_count = len(SpaceKind)

    class Meta:
        verbose_name = _("overzicht van ruimtes")
        verbose_name_plural = _("overzichten van ruimtes")

    def space_model(self):
        return {model.space_kind: model for model in SpaceBase.__subclasses__()}[self.kind]

    def get_listing_queryset(self, request):
        return (
            self.space_model()
            .objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .prefetch_related(card_image_prefetch(), "domains", "themes")
            .order_by("title")
        )


class SpaceBase(Page):
    """What every space shares: intro, domains, themes, join policy, contact."""

    space_kind = None  # set by each concrete space

    intro = RichTextField(
        _("inleiding"),
        features=["bold", "italic", "link"],
        help_text=_("Eén alinea: waar werkt deze ruimte aan, en voor wie?"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
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
        help_text=_("Uit welke domeinen komen de deelnemers?"),
    )
    join_policy = models.CharField(
        _("aanmelden"),
        max_length=20,
        choices=JoinPolicy.choices,
        default=JoinPolicy.REQUEST,
        help_text=_("Hoe word je lid van deze ruimte?"),
    )
    contact_name = models.CharField(
        _("contactpersoon"), max_length=120, blank=True, help_text=_("Naam van het aanspreekpunt.")
    )
    contact_email = models.EmailField(
        _("e-mail contactpersoon"), blank=True, help_text=_("Wordt op de pagina getoond.")
    )
    members_can_publish = models.BooleanField(
        _("leden mogen publiceren"),
        default=False,
        help_text=_(
            "Aan: elk lid mag pagina's van deze ruimte publiceren. Uit: leden sturen hun "
            "wijzigingen ter goedkeuring naar de coördinatoren van deze ruimte."
        ),
    )
    # No longer a switch: every space has its coordinators' approval workflow and
    # `members_can_publish` decides (cop.permissions._sync_workflow). Kept for old data.
    moderated = models.BooleanField(
        _("moderatie door coördinatoren"),
        default=False,
        help_text=_("Aan: een pagina gaat pas online als een coördinator haar heeft goedgekeurd."),
    )
    # The space's Wagtail groups, made by cop.permissions.ensure_space_groups. Not
    # editable and not part of revisions or copies (see with_content_json).
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("ledengroep"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    coordinator_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("coördinatorengroep"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The space's Wagtail collections for images and documents, also made by
    # ensure_space_groups: one named after the space, and below it "Alleen leden",
    # whose documents only the space's members download (docs/permissions.md).
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collectie"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    members_collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collectie alleen voor leden"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("domains", widget=forms.CheckboxSelectMultiple), FieldPanel("themes")],
            heading=_("Domeinen en thema's"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_policy"), FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Deelnemen"),
        ),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("members_can_publish")],
            heading=_("Samen schrijven"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        *TAXONOMY_SEARCH_FIELDS,
        index.FilterField("join_policy"),
    ]

    parent_page_types = ["cop.SpaceIndexPage"]
    subpage_types = ["cop.SpacePage"]

    exclude_fields_in_copy = ["group", "coordinator_group", "collection", "members_collection"]

    class Meta:
        abstract = True

    def with_content_json(self, content):
        """Revisions never carry the groups or collections: keep the live ones."""
        obj = super().with_content_json(content)
        obj.group_id = self.group_id
        obj.coordinator_group_id = self.coordinator_group_id
        obj.collection_id = self.collection_id
        obj.members_collection_id = self.members_collection_id
        return obj

    @classmethod
    def can_create_at(cls, parent):
        """A space only lives under the index of its own kind."""
        if not super().can_create_at(parent):
            return False
        return getattr(parent.specific_deferred, "kind", None) == cls.space_kind

    def get_latest_pages(self, user=None, limit=5):
        """The newest shared pages, members-only ones only for those who may see them."""
        pages = SpacePage.objects.live().descendant_of(self).defer_streamfields()
        return permissions.viewable_pages(pages, user).order_by("-last_published_at")[:limit]

    def get_coordinators(self):
        coordinators = Membership.objects.coordinators().filter(space=self)
        return (
            get_user_model()
            .objects.filter(pk__in=coordinators.values("user_id"))
            .order_by("first_name", "last_name")
            .only("first_name", "last_name", "email")
        )

    def get_member_count(self):
        return Membership.objects.active().filter(space=self).count()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_pages"] = self.get_latest_pages(request.user)
        context["coordinators"] = list(self.get_coordinators())
        context["member_count"] = self.get_member_count()
        context["membership"] = permissions.space_state(request.user, self)
        return context


class CommunityThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "cop.CommunityPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class CommunityPage(SpaceBase):
    """One community of practice: professionals and parents learning together."""

    space_kind = SpaceKind.COMMUNITY
    themes = ClusterTaggableManager(
        through=CommunityThemeTag, blank=True, verbose_name=_("thema's")
    )

    class Meta:
        verbose_name = _("community of practice")
        verbose_name_plural = _("communities of practice")


class FieldlabStage(models.TextChoices):
    PREPARING = "preparing", _("In voorbereiding")
    RUNNING = "running", _("Loopt")
    FINISHED = "finished", _("Afgerond")


class FieldlabThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "cop.FieldlabPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class FieldlabPage(SpaceBase):
    """A solution being built, tested and measured in practice."""

    space_kind = SpaceKind.FIELDLAB
    themes = ClusterTaggableManager(through=FieldlabThemeTag, blank=True, verbose_name=_("thema's"))
    question = models.TextField(
        _("vraag"), blank=True, help_text=_("Welke vraag wil dit fieldlab beantwoorden?")
    )
    stage = models.CharField(
        _("fase"),
        max_length=20,
        choices=FieldlabStage.choices,
        default=FieldlabStage.PREPARING,
        help_text=_("Waar staat het fieldlab nu?"),
    )
    # The cycle: question -> intervention -> measurement rounds -> reflection -> next step.
    intervention = RichTextField(
        _("interventie"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Wat proberen jullie uit, met wie en hoe vaak?"),
    )
    reflection = RichTextField(
        _("reflectie"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Wat leren jullie van de metingen? Wat werkte, wat niet?"),
    )
    next_step = RichTextField(
        _("volgende stap"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Wat gaan jullie hierna doen of uitzoeken?"),
    )

    content_panels = SpaceBase.content_panels + [
        MultiFieldPanel(
            [FieldPanel("question"), FieldPanel("stage"), FieldPanel("intervention")],
            heading=_("Fieldlab"),
        ),
        InlinePanel("measurements", label=_("Meetrondes")),
        MultiFieldPanel(
            [FieldPanel("reflection"), FieldPanel("next_step")], heading=_("Reflectie")
        ),
    ]
    search_fields = SpaceBase.search_fields + [
        index.SearchField("question", boost=2),
        index.SearchField("intervention"),
        index.SearchField("reflection"),
        index.FilterField("stage"),
    ]

    class Meta:
        verbose_name = _("fieldlab")
        verbose_name_plural = _("fieldlabs")

    @property
    def is_finished(self):
        return self.stage == FieldlabStage.FINISHED


class FieldlabMeasurement(Orderable):
    """One measurement round of a fieldlab: when, what was measured, what came out."""

    page = ParentalKey(FieldlabPage, related_name="measurements", on_delete=models.CASCADE)
    date = models.DateField(_("datum"), help_text=_("Wanneer is er gemeten?"))
    measured = models.CharField(
        _("wat is er gemeten"),
        max_length=200,
        help_text=_("Bijv. 'aantal thuiszitters in de wijk' of 'tevredenheid van ouders'."),
    )
    outcome = models.TextField(_("uitkomst"), help_text=_("Wat kwam eruit? Cijfers en woorden."))

    panels = [FieldPanel("date"), FieldPanel("measured"), FieldPanel("outcome")]

    class Meta(Orderable.Meta):
        verbose_name = _("meetronde")
        verbose_name_plural = _("meetrondes")

    def __str__(self):
        return f"{self.date:%d-%m-%Y}: {self.measured}"


class DialogueThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "cop.DialoguePage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class DialoguePage(SpaceBase):
    """A dialogue series or evening, with its harvest."""

    space_kind = SpaceKind.DIALOGUE
    themes = ClusterTaggableManager(through=DialogueThemeTag, blank=True, verbose_name=_("thema's"))
    harvest = RichTextField(
        _("oogst"),
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Wat leverde de dialoog op? Inzichten, vragen, afspraken."),
    )

    content_panels = SpaceBase.content_panels + [FieldPanel("harvest")]
    search_fields = SpaceBase.search_fields + [index.SearchField("harvest")]

    class Meta:
        verbose_name = _("dialoog")
        verbose_name_plural = _("dialogen")


class SpacePage(Page):
    """A shared page that members of a space write together. Nestable."""

    intro = intro_field(_("Eén of twee zinnen: waar gaat deze pagina over?"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    members_only = models.BooleanField(
        _("alleen voor leden"),
        default=False,
        help_text=_(
            "Aan: alleen leden van deze ruimte zien deze pagina (en de pagina's eronder). "
            "Gaat in bij publiceren."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    settings_panels = Page.settings_panels + [FieldPanel("members_only")]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = [
        "cop.CommunityPage",
        "cop.FieldlabPage",
        "cop.DialoguePage",
        "cop.SpacePage",
    ]
    subpage_types = ["cop.SpacePage"]

    class Meta:
        verbose_name = _("gedeelde pagina")
        verbose_name_plural = _("gedeelde pagina's")

    def get_space(self):
        """The community, fieldlab or dialogue this page belongs to."""
        return Page.objects.ancestor_of(self).type(*SpaceBase.__subclasses__()).specific().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["space"] = self.get_space()
        subpages = SpacePage.objects.live().child_of(self).defer_streamfields()
        context["subpages"] = permissions.viewable_pages(subpages, request.user).order_by("path")
        return context
