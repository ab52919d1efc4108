"""Agenderen: systemic bottlenecks that members raise, with their status.

A logged-in member submits a bottleneck from the public site (`indienen/` below the
index); it arrives as a draft for moderation. Once published it shows its status with
a dated history (`BottleneckStatusChange`, written whenever a published status differs
from the last one recorded) and members can say "ik herken dit" once each
(`Recognition`, `herkennen/` below the page).
"""

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.links import RoutesMixin, login_url
from core.models import (
    TAXONOMY_SEARCH_FIELDS,
    ListingMixin,
    SectionMixin,
    intro_field,
    taxonomy_panel,
)
from taxonomy.models import ThemedItemBase

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class BottleneckStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Ingediend")
    DISCUSSED = "discussed", _("Besproken aan de MAO-tafel")
    ON_AGENDA = "on_agenda", _("Geagendeerd")
    TAKEN_UP = "taken_up", _("Opgepakt")
    SOLVED = "solved", _("Opgelost")


class BottleneckSort(models.TextChoices):
    NEWEST = "datum", _("Nieuwste eerst")
    RECOGNISED = "herkend", _("Meest herkend")


class BottleneckIndexPage(RoutesMixin, SectionMixin, ListingMixin, Page):
    """'Knelpunten': what members put on the agenda."""

    intro = intro_field(_("Eén alinea: wat is een knelpunt, en wat gebeurt ermee?"))

    content_panels = Page.content_panels + [FieldPanel("intro")]

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
        queryset = queryset.annotate(recognition_count=Count("recognitions", distinct=True))
        if self.active_sort(request) == BottleneckSort.RECOGNISED:
            ordering = ("-recognition_count", "-first_published_at", "-pk")
        else:
            ordering = ("-first_published_at", "-pk")
        return (
            queryset.defer_streamfields().prefetch_related("domains", "themes").order_by(*ordering)
        )

    @staticmethod
    def active_sort(request):
        sort = request.GET.get("sorteer", "")
        return sort if sort in BottleneckSort.values else BottleneckSort.NEWEST

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statuses"] = BottleneckStatus.choices
        status = request.GET.get("status", "")
        context["active_status"] = status if status in BottleneckStatus.values else ""
        context["sorts"] = BottleneckSort.choices
        context["active_sort"] = self.active_sort(request)
        context["submit_url"] = self.route_url("submit")
        context["login_url"] = login_url(context["submit_url"])
        return context

    @path("indienen/", name="submit")
    def submit(self, request):
        from .views import submit_bottleneck

        return submit_bottleneck(request, self)


class BottleneckThemeTag(ThemedItemBase):
    content_object = ParentalKey(
        "bottlenecks.BottleneckPage", related_name="tagged_themes", on_delete=models.CASCADE
    )


class BottleneckPage(RoutesMixin, Page):
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
        *TAXONOMY_SEARCH_FIELDS,
    ]

    parent_page_types = ["bottlenecks.BottleneckIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("knelpunt")
        verbose_name_plural = _("knelpunten")

    def get_context(self, request, *args, **kwargs):
        from .permissions import can_recognise

        context = super().get_context(request, *args, **kwargs)
        context["history"] = self.status_history.order_by("changed_at", "pk")
        context["recognition_count"] = self.recognitions.count()
        user = request.user
        context["can_recognise"] = can_recognise(user, self)
        context["recognised"] = (
            user.is_authenticated and self.recognitions.filter(user=user).exists()
        )
        context["login_url"] = login_url(self.url)
        return context

    @path("herkennen/", name="recognise")
    def recognise(self, request):
        from .views import toggle_recognition

        return toggle_recognition(request, self)

    def record_status(self, user=None, note=""):
        """Add a dated history entry when the status differs from the last one recorded."""
        last = self.status_history.order_by("-changed_at", "-pk").first()
        if last is None or last.status != self.status:
            return BottleneckStatusChange.objects.create(
                page=self, status=self.status, user=user, note=note
            )
        return None


class BottleneckStatusChange(models.Model):
    """One dated step in a bottleneck's history. Written by the platform, not by hand."""

    page = models.ForeignKey(
        BottleneckPage, related_name="status_history", on_delete=models.CASCADE
    )
    status = models.CharField(_("status"), max_length=20, choices=BottleneckStatus.choices)
    changed_at = models.DateTimeField(_("datum"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")

    def __str__(self):
        return f"{self.page}: {self.get_status_display()} ({self.changed_at:%d-%m-%Y})"


class Recognition(models.Model):
    """A member saying "ik herken dit" about a bottleneck; once per member."""

    page = models.ForeignKey(BottleneckPage, related_name="recognitions", on_delete=models.CASCADE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="bottleneck_recognitions", on_delete=models.CASCADE
    )
    created_at = models.DateTimeField(_("datum"), auto_now_add=True)

    class Meta:
        verbose_name = _("herkenning")
        verbose_name_plural = _("herkenningen")
        constraints = [
            models.UniqueConstraint(fields=["page", "user"], name="unique_recognition_per_member")
        ]

    def __str__(self):
        return f"{self.user} herkent {self.page}"
