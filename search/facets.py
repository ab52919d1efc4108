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


def value_names(docs):
    """({facet: {value: public value}}, {facet: {value: label}}) for every value that
    occurs in the hits, in one query per facet. Public values are what a URL says:
    model names for types, slugs for domains, themes and levels, the label for age
    groups, the page id for regions and spaces. Labels are what a reader sees."""
    from taxonomy.models import AgeGroup, Domain, EvidenceLevel, Theme

    wanted = {name: set() for name in FACETS}
    for doc in docs.values():
        for name in FACETS:
            wanted[name] |= doc[name]
    public = {name: {} for name in FACETS}
    labels = {name: {} for name in FACETS}
    for value in wanted["type"]:
        model = ContentType.objects.get_for_id(int(value)).model_class()
        public["type"][value] = model._meta.model_name if model else value
        labels["type"][value] = type_label(model) if model else value
    for name, model in (("domein", Domain), ("thema", Theme), ("niveau", EvidenceLevel)):
        if wanted[name]:
            ids = [int(v) for v in wanted[name]]
            for pk, slug, label in model.objects.filter(pk__in=ids).values_list(
                "pk", "slug", "name"
            ):
                public[name][str(pk)] = slug
                labels[name][str(pk)] = label
    if wanted["leeftijd"]:
        for group in AgeGroup.objects.filter(pk__in=[int(v) for v in wanted["leeftijd"]]):
            public["leeftijd"][str(group.pk)] = group.label
            labels["leeftijd"][str(group.pk)] = str(group)
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
