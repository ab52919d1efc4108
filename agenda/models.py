"""The agenda: dialoogavonden, masterclasses, werksessies, CoP meetings, the Doen-dag.

Registration (seats, waitlist, cancelling) lives in `agenda.registrations`; the rows
are `Registration`. See docs/agenda.md.
"""

import re
import secrets
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cop.permissions import viewable_pages
from core.blocks import BodyBlock
from core.links import RoutesMixin
from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    intro_field,
    taxonomy_panel,
)
from regions.models import RegionPage
from taxonomy.models import Domain, ThemedItemBase

SLUG_RE = re.compile(r"[-\w]{1,255}")  # a filter value that can be a slug; anything else is ignored


class EventKind(models.TextChoices):
    DIALOGUE_EVENING = "dialoogavond", _("Dialoogavond")
    MASTERCLASS = "masterclass", _("Masterclass")
    WORKSHOP = "werksessie", _("Werksessie")
    COP_MEETING = "cop", _("CoP-bijeenkomst")
    DOEN_DAG = "doendag", _("Doen-dag")
    WEBINAR = "webinar", _("Webinar")


class EventIndexPage(RoutesMixin, SectionMixin, ListingMixin, Page):
    """'Agenda': upcoming events by month, filters, an archive, and an iCalendar feed."""

    intro = intro_field(_("Eén alinea boven de agenda."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = ["events.EventPage"]
    max_count = 1
    paginate_by = 20

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")

    def show_archive(self, request):
        return request.GET.get("archief") == "1"

    def active_filters(self, request):
        """The filters a visitor chose, cleaned: unknown values are dropped, never a 500."""
        active = {}
        kind = request.GET.get("soort", "")
        if kind in EventKind.values:
            active["soort"] = kind
        domain = request.GET.get("domein", "").strip()
        if SLUG_RE.fullmatch(domain):
            active["domein"] = domain
        space = request.GET.get("ruimte", "").strip()
        if space.isascii() and space.isdigit() and len(space) < 12:
            active["ruimte"] = int(space)
        region = request.GET.get("regio", "").strip()
        if SLUG_RE.fullmatch(region):
            active["regio"] = region
        return active

    def filtered_events(self, request):
        queryset = EventPage.objects.live().public().child_of(self)
        lookups = {
            "soort": "kind",
            "domein": "domains__slug",
            "ruimte": "space_id",
            "regio": "region__slug",
        }
        for name, value in self.active_filters(request).items():
            queryset = queryset.filter(**{lookups[name]: value})
        return queryset

    def get_listing_queryset(self, request):
        now = timezone.now()
        queryset = self.filtered_events(request)
        if self.show_archive(request):
            queryset = queryset.filter(end__lt=now).order_by("-start")
        else:
            queryset = queryset.filter(end__gte=now).order_by("start")
        return queryset.defer_streamfields().prefetch_related("themes")

    def filter_options(self, request):
        """The filter form's selects; a fixed number of queries however many events."""
        events = EventPage.objects.live().public().child_of(self)
        active = self.active_filters(request)
        filters = [
            {
                "name": "soort",
                "label": _("Soort activiteit"),
                "options": EventKind.choices,
                "selected": active.get("soort", ""),
            },
            {
                "name": "domein",
                "label": _("Domein"),
                "options": list(
                    Domain.objects.order_by("sort_order", "name").values_list("slug", "name")
                ),
                "selected": active.get("domein", ""),
            },
            {
                "name": "ruimte",
                "label": _("Georganiseerd door"),
                "options": [
                    (str(pk), title)
                    for pk, title in viewable_pages(
                        Page.objects.live().filter(pk__in=events.values("space_id")),
                        request.user,
                    )
                    .order_by("title")
                    .values_list("pk", "title")
                ],
                "selected": str(active.get("ruimte", "")),
            },
            {
                "name": "regio",
                "label": _("Regio"),
                "options": list(
                    RegionPage.objects.live()
                    .filter(pk__in=events.values("region_id"))
                    .order_by("title")
                    .values_list("slug", "title")
                ),
                "selected": active.get("regio", ""),
            },
        ]
        # A select with nothing to choose is no filter (no event has a region yet).
        return [f for f in filters if f["options"] or f["selected"]]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        active = self.active_filters(request)
        context["archive"] = self.show_archive(request)
        context["filter_options"] = self.filter_options(request)
        context["active_filters"] = active
        context["feed_url"] = self.feed_url(active)
        context["months"] = [
            (month, list(events))
            for month, events in groupby(
                context["items"],
                key=lambda event: date_format(timezone.localtime(event.start), "F Y"),
            )
        ]
        return context

    def feed_url(self, filters=None):
        return self.route_url("feed", query=filters)

    @path("ical/", name="feed")
    def feed(self, request):
        """The agenda as an iCalendar feed; honours the same filters (e.g. `?ruimte=12`)."""
        from .calendar import agenda_feed_response

        return agenda_feed_response(self, request)


class EventThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "events.EventPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class EventPage(RoutesMixin, Page):
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
    region = models.ForeignKey(
        "regions.RegionPage",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("De inspiratieregio waar dit plaatsvindt of voor bedoeld is (optioneel)."),
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
                PageChooserPanel("region", ["regions.RegionPage"]),
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
        *TAXONOMY_SEARCH_FIELDS,
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
    def registration_closes_at(self):
        return self.registration_deadline or self.start

    @property
    def registration_open(self):
        return timezone.now() < self.registration_closes_at

    @property
    def is_online_only(self):
        return bool(self.online_link) and not self.location

    @property
    def ics_url(self):
        return self.route_url("ics")

    @path("")
    def event_view(self, request):
        from .views import event_page

        return event_page(request, self)

    @path("ical/", name="ics")
    def ics(self, request):
        from .calendar import event_ics_response

        return event_ics_response(self)

    @path("deelnemers/", name="attendees")
    def attendees(self, request):
        from .views import attendee_list

        return attendee_list(request, self)

    @path("deelnemers/export/", name="attendees_csv")
    def attendees_csv(self, request):
        from .views import attendee_csv

        return attendee_csv(request, self)

    @path("deelnemers/mail/", name="attendees_mail")
    def attendees_mail(self, request):
        from .views import attendee_mail

        return attendee_mail(request, self)


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("wacht op bevestiging van het e-mailadres")
    CONFIRMED = "confirmed", _("aangemeld")
    WAITLIST = "waitlist", _("op de wachtlijst")
    CANCELLED = "cancelled", _("afgemeld")


def new_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """One person for one event: a seat, a place on the waitlist, or cancelled.

    Change status only through `agenda.registrations`, which locks the event row so
    that seats are never given out twice.
    """

    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=120)
    email = models.EmailField(_("e-mailadres"))
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    queued_at = models.DateTimeField(
        _("plek toegewezen op"),
        null=True,
        blank=True,
        help_text=_("Wanneer deze aanmelding een plek of een wachtlijstplaats kreeg."),
    )
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="events_registration_once"),
        ]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self):
        return f"{self.name} – {self.event.title}" if self.event_id else self.name

    @property
    def is_active(self):
        return self.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLIST)

    def manage_path(self):
        from django.urls import reverse

        return reverse("events:registration", args=[self.token])

    def confirm_path(self):
        from django.urls import reverse

        return reverse("events:confirm", args=[self.token])

    def cancel_path(self):
        from django.urls import reverse

        return reverse("events:cancel", args=[self.token])
