"""Abstract bases shared by page types of several apps."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

INTRO_FEATURES = ["bold", "italic", "link"]

# The rendition templates/includes/card.html shows; listings prefetch exactly this one.
CARD_RENDITION = "fill-480x270"


def intro_field(help_text):
    return RichTextField(_("inleiding"), features=INTRO_FEATURES, blank=True, help_text=help_text)


class ListingMixin(models.Model):
    """A page that lists other pages, paginated.

    Subclasses implement `get_listing_queryset(request)`; it must prefetch what the
    listing template shows, so that the number of queries does not grow with the
    number of items.
    """

    paginate_by = 12

    class Meta:
        abstract = True

    def get_listing_queryset(self, request):
        raise NotImplementedError

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, self.paginate_by)
        try:
            return paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.paginate(request, self.get_listing_queryset(request))
        return context


def card_image_prefetch(field="image"):
    """Prefetch a listing's images with their card renditions: no query per card."""
    from wagtail.images import get_image_model

    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(CARD_RENDITION))


def taxonomy_panel(*extra, heading=None):
    """The editor panel for domains and themes, with any further taxonomy fields."""
    from django import forms
    from wagtail.admin.panels import FieldPanel, MultiFieldPanel

    return MultiFieldPanel(
        [
            FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
            FieldPanel("themes"),
            *extra,
        ],
        heading=heading or _("Domeinen en thema's"),
    )
