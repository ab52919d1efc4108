"""Abstract bases shared by page types of several apps, and the site-wide texts."""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import get_page_models
from wagtail.search import index

INTRO_FEATURES = ["bold", "italic", "link"]

# The rendition templates/includes/card.html shows; listings prefetch exactly this one.
CARD_RENDITION = "fill-480x270"


def intro_field(help_text):
    return RichTextField(_("inleiding"), features=INTRO_FEATURES, blank=True, help_text=help_text)


class SectionMixin:
    """A section of the site (the practice bank, the agenda, ...): its page lives only
    under a page type that names it in `subpage_types` (the home page lists them),
    never at the root. So an app below `home` needs no `parent_page_types = ["home..."]`
    (docs/conventions.md: apps depend only downward)."""

    @classmethod
    def clean_parent_page_models(cls):
        if cls._clean_parent_page_models is None:
            cls._clean_parent_page_models = [
                model
                for model in get_page_models()
                if getattr(model, "subpage_types", None) is not None
            ]
        return cls._clean_parent_page_models


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
    return MultiFieldPanel(
        [
            FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
            FieldPanel("themes"),
            *extra,
        ],
        heading=heading or _("Domeinen en thema's"),
    )


# The search fields of a page with domains and themes (the fields of `taxonomy_panel`).
TAXONOMY_SEARCH_FIELDS = [
    index.RelatedFields("domains", [index.SearchField("name"), index.FilterField("slug")]),
    index.RelatedFields("themes", [index.SearchField("name")]),
]


DEFAULT_SITE_NAME = "Met Andere Ogen"
DEFAULT_FOOTER_TEXT = (
    "Een lerend netwerk waarin onderwijs, zorg, jeugd, kinderopvang, ouders en gemeenten "
    "samenwerken, zodat ieder kind mee kan doen."
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The site-wide texts editors change in the admin (Instellingen → Site-teksten).

    Templates read them as `settings.core.SiteSettings` (context processor) or through
    `{% get_settings %}` (inclusion tags, which get no context processors). Mails are
    rendered without a request and keep their own text. Saving bumps the page cache
    generation like any model of our apps (core/cache.py).
    """

    site_name = models.CharField(
        _("naam van de site"),
        max_length=100,
        default=DEFAULT_SITE_NAME,
        help_text=_(
            "Staat in de kop van elke pagina, in de titel van het tabblad en in de voettekst."
        ),
    )
    footer_text = models.TextField(
        _("tekst in de voettekst"),
        default=DEFAULT_FOOTER_TEXT,
        help_text=_("Eén of twee zinnen onder de naam van de site, onderaan elke pagina."),
    )
    contact_email = models.EmailField(
        _("e-mailadres voor contact"),
        blank=True,
        help_text=_("Staat in de voettekst. Laat je het leeg, dan staat er geen e-mailadres."),
    )
    linkedin_url = models.URLField(
        _("LinkedIn"),
        blank=True,
        help_text=_("Het volledige adres, bijvoorbeeld https://www.linkedin.com/company/…"),
    )
    instagram_url = models.URLField(
        _("Instagram"), blank=True, help_text=_("Het volledige adres van het account.")
    )
    facebook_url = models.URLField(
        _("Facebook"), blank=True, help_text=_("Het volledige adres van de pagina.")
    )
    youtube_url = models.URLField(
        _("YouTube"), blank=True, help_text=_("Het volledige adres van het kanaal.")
    )
    mastodon_url = models.URLField(
        _("Mastodon"), blank=True, help_text=_("Het volledige adres van het account.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("footer_text")], heading=_("Naam en voettekst")
        ),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Sociale media"),
            help_text=_("Alleen de ingevulde accounts staan in de voettekst."),
        ),
    ]

    class Meta:
        verbose_name = _("site-teksten")
        verbose_name_plural = _("site-teksten")

    @classmethod
    def for_site(cls, site):
        """The site's settings, or the defaults (unsaved) while no editor saved them.

        Wagtail's own `for_site` creates the row on the first request that reads it: a
        write during an anonymous GET, which would also start a new page-cache
        generation. The edit view saves the unsaved instance on the first save.
        """
        if site is None:
            return cls()
        instance = cls.base_queryset().filter(site=site).first()
        return instance if instance is not None else cls(site=site)

    def social_links(self):
        """[(name, url)] of the accounts filled in, in a fixed order."""
        names = ("linkedin_url", "instagram_url", "facebook_url", "youtube_url", "mastodon_url")
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in names
            if getattr(self, name)
        ]
