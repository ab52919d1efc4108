"""The facets of a result set.

The hits' facet values (type, domain, theme, age group, region, evidence level, space)
as internal values (ids) come from the catalogue of the live pages
(`search.catalogue.docs`, read once per generation). `value_names` gives each value
that occurs its public value (the slug in a URL) and its label. `facets` counts them
on the viewer's own result set, disjunctively: a facet's counts ignore its own
selection, so that choices within one facet combine with OR.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.cache import kept_in_process
from search.pages import type_label

# Facet name (query parameter) -> label. The order is the order on the page.
FACETS = {
    "type": _("Soort"),
    "domein": _("Domein"),
    "thema": _("Thema"),
    "leeftijd": _("Leeftijd"),
    "regio": _("Regio"),
    "niveau": _("Bewijsniveau"),
    "ruimte": _("Community, fieldlab of dialoog"),
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list


def _taxonomy_names():
    """({facet: {value: public value}}, {facet: {value: label}}) of every page type and
    every domain, theme, evidence level and age group: the same for everyone, read
    once per generation (`core.cache.kept_in_process`)."""
    from taxonomy.models import AgeGroup, Domain, EvidenceLevel, Theme

    public = {name: {} for name in FACETS}
    labels = {name: {} for name in FACETS}
    for ct in ContentType.objects.all():
        model = ct.model_class()
        if model is not None and issubclass(model, Page):
            public["type"][str(ct.pk)] = model._meta.model_name
            labels["type"][str(ct.pk)] = type_label(model)
    for name, model in (("domein", Domain), ("thema", Theme), ("niveau", EvidenceLevel)):
        for pk, slug, label in model.objects.values_list("pk", "slug", "name"):
            public[name][str(pk)] = slug
            labels[name][str(pk)] = label
    for group in AgeGroup.objects.all():
        public["leeftijd"][str(group.pk)] = group.label
        labels["leeftijd"][str(group.pk)] = str(group)
    return public, labels


def value_names(docs):
    """({facet: {value: public value}}, {facet: {value: label}}) for every value that
    occurs in the hits. Public values are what a URL says: model names for types, slugs
    for domains, themes and levels, the label for age groups, the page id for regions
    and spaces. Labels are what a reader sees. The taxonomy's are read once per
    generation (`_taxonomy_names`), the titles of regions and spaces in one query."""
    wanted = {name: set() for name in FACETS}
    for doc in docs.values():
        for name in FACETS:
            wanted[name] |= doc[name]
    every_public, every_label = kept_in_process("search:facet-names", _taxonomy_names)
    public = {name: {} for name in FACETS}
    labels = {name: {} for name in FACETS}
    for name in ("type", "domein", "thema", "niveau", "leeftijd"):
        for value in wanted[name]:
            public[name][value] = every_public[name].get(value, value)
            labels[name][value] = every_label[name].get(value, value)
    page_ids = [int(v) for v in wanted["regio"] | wanted["ruimte"]]
    if page_ids:
        titles = {
            str(pk): title
            for pk, title in Page.objects.filter(pk__in=page_ids).values_list("pk", "title")
        }
        labels["regio"] = {v: titles.get(v, v) for v in wanted["regio"]}
        labels["ruimte"] = {v: titles.get(v, v) for v in wanted["ruimte"]}
    for name in ("regio", "ruimte"):
        public[name] = {v: v for v in wanted[name]}
    return public, labels


def matches(doc, selected, skip=None):
    for name, values in selected.items():
        if name == skip:
            continue
        if not doc[name] & values:
            return False
    return True


def facets(docs, selected, public, labels, filters):
    """The facets with their values and counts; `selected` holds internal values,
    `filters` the public values as asked (a chosen value no hit has is shown with 0)."""
    out = []
    for name, label in FACETS.items():
        counts = {}
        for doc in docs.values():
            if matches(doc, selected, skip=name):
                for value in doc[name]:
                    counts[value] = counts.get(value, 0) + 1
        values = []
        chosen = set(filters.get(name, []))
        for value, count in counts.items():
            public_value = public[name].get(value, value)
            values.append(
                FacetValue(
                    public_value,
                    labels[name].get(value, public_value),
                    count,
                    public_value in chosen,
                )
            )
        shown = {value.value for value in values}
        for value in filters.get(name, []):
            if value not in shown:
                values.append(FacetValue(value, value, 0, True))
        values.sort(key=lambda v: (-v.count, str(v.label).lower()))
        if values:
            out.append(Facet(name, label, values))
    return out
