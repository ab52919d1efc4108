from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Advice, AgeGroup, Ambition, Concept, Domain, EvidenceLevel, Theme


class DomainViewSet(SnippetViewSet):
    model = Domain
    icon = "site"
    url_prefix = "taxonomy/domains"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    url_prefix = "taxonomy/themes"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AgeGroupViewSet(SnippetViewSet):
    model = AgeGroup
    icon = "group"
    url_prefix = "taxonomy/age-groups"
    list_display = ["label", "min_age", "max_age"]


class AdviceViewSet(SnippetViewSet):
    model = Advice
    icon = "doc-full"
    url_prefix = "taxonomy/advices"
    list_display = ["number", "title"]


class AmbitionViewSet(SnippetViewSet):
    model = Ambition
    icon = "pick"
    url_prefix = "taxonomy/ambitions"
    list_display = ["number", "title"]


class EvidenceLevelViewSet(SnippetViewSet):
    model = EvidenceLevel
    icon = "list-ol"
    url_prefix = "taxonomy/evidence-levels"
    list_display = ["rank", "name"]


class ConceptViewSet(SnippetViewSet):
    model = Concept
    icon = "openquote"
    url_prefix = "taxonomy/concepts"
    list_display = ["name"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "tag"
    menu_name = "taxonomy"
    items = (
        DomainViewSet,
        ThemeViewSet,
        AgeGroupViewSet,
        AdviceViewSet,
        AmbitionViewSet,
        EvidenceLevelViewSet,
        ConceptViewSet,
    )
