"""The agenda: dialoogavonden, masterclasses, werksessies, CoP meetings, the Doen-dag.

Registration (seats, waitlist, cancelling) comes with the agenda issue and hangs
off `EventPage.capacity` and `EventPage.registration_deadline`.
"""

from itertools import groupby

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import ListingMixin, intro_field, taxonomy_panel
from taxonomy.models import ThemedItemBase


class EventKind(models.TextChoices):
    DIALOGUE_EVENING = "dialoogavond", _("Dialoogavond")
    MASTERCLASS = "masterclass", _("Masterclass")
    WORKSHOP = "werksessie", _("Werksessie")
    COP_MEETING = "cop", _("CoP-bijeenkomst")
    DOEN_DAG = "doendag", _("Doen-dag")
    WEBINAR = "webinar", _("Webinar")


class EventIndexPage(ListingMixin, Page):
    """'Agenda': upcoming events by month, and an archive of past ones."""

    intro = intro_field(_("Eén alinea boven de agenda."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    paginate_by = 20

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")

    def show_archive(self, request):
        return request.GET.get("archief") == "1"

    def get_listing_queryset(self, request):
        now = timezone.now()
        queryset = EventPage.objects.live().public().child_of(self)
        kind = request.GET.get("soort")
        if kind in EventKind.values:
            queryset = queryset.filter(kind=kind)
        if self.show_archive(request):
            queryset = queryset.filter(end__lt=now).order_by("-start")
        else:
            queryset = queryset.filter(end__gte=now).order_by("start")
        return queryset.defer_streamfields().prefetch_related("themes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = self.show_archive(request)
        context["kinds"] = EventKind.choices
        context["active_kind"] = request.GET.get("soort", "")
        context["months"] = [
            (month, list(events))
            for month, events in groupby(
                context["items"],
                key=lambda event: date_format(timezone.localtime(event.start), "F Y"),
            )
        ]
        return context


class EventThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "events.EventPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class EventPage(Page):
    kind = models.CharField(
        _("soort"), max_length=20, choices=EventKind.choices, help_text=_("Wat voor bijeenkomst?")
    )
    start = models.DateTimeField(_("begin"), help_text=_("Datum en tijd (Nederlandse tijd)."))
    end = models.DateTimeField(_("einde"), help_text=_("Datum en tijd (Nederlandse tijd)."))
    location = models.CharField(
        _("locatie"),
        max_length=250,
        blank=True,
        help_text=_("Naam en adres, bijv. 'Karakter, Arnhem'. Leeg voor alleen online."),
    )
    online_link = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Link naar de online bijeenkomst. Alleen aangemelde deelnemers zien deze."),
    )
    space = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organiserende ruimte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De community, het fieldlab of de dialoog die dit organiseert."),
    )
    audience = models.CharField(
        _("voor wie"),
        max_length=250,
        blank=True,
        help_text=_("Bijv. 'leerkrachten, jeugdprofessionals en ouders'."),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"),
        null=True,
        blank=True,
        help_text=_("Leeg laten als er geen maximum is."),
    )
    registration_deadline = models.DateTimeField(
        _("aanmelden kan tot"), null=True, blank=True, help_text=_("Leeg: tot het begin.")
    )
    intro = intro_field(_("Eén alinea: waarom zou je komen?"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt getoond bovenaan de pagina."),
    )
    programme = StreamField(BodyBlock(), blank=True, verbose_name=_("programma"))
    domains = ParentalManyToManyField(
        "taxonomy.Domain", verbose_name=_("domeinen"), blank=True, help_text=_("Voor wie is dit?")
    )
    themes = ClusterTaggableManager(through=EventThemeTag, blank=True, verbose_name=_("thema's"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("online_link"),
            ],
            heading=_("Wanneer en waar"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                PageChooserPanel(
                    "space", ["cop.CommunityPage", "cop.FieldlabPage", "cop.DialoguePage"]
                ),
                FieldPanel("audience"),
                FieldPanel("capacity"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Organisatie en aanmelden"),
        ),
        taxonomy_panel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("programme"),
        index.SearchField("location"),
        index.SearchField("audience"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.RelatedFields("domains", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt vóór het begin.")})
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            raise ValidationError(
                {"registration_deadline": _("Aanmelden moet sluiten vóór het begin.")}
            )

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_online_only(self):
        return bool(self.online_link) and not self.location
