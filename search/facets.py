"""The facets of a result set, read from the database in a fixed number of queries.

`read_docs` reads, for the viewable hits, each hit's facet values (type, domain, theme,
age group, region, evidence level, space) as internal values (ids). `value_names`
gives each value that occurs its public value (the slug in a URL) and its label.
`facets` counts them on the viewer's own result set, disjunctively: a facet's counts
ignore its own selection, so that choices within one facet combine with OR.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cop.permissions import public_pages
from search.pages import chunks, model_field, type_label

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


def _space_models():
    from cop.models import SpaceBase

    return [model for model in SpaceBase.__subclasses__() if not model._meta.abstract]


def read_docs(ids, viewer_paths):
    """{page id: {"ct", "path", "date", facet: set(values)}} for the viewable hits."""
    docs = {}
    for chunk in chunks(ids):
        rows = public_pages(
            Page.objects.filter(pk__ids=set(chunk)), None, viewer_paths
        ).values_list("pk", "content_type_id", "path", "first_published_at", "title")
        for pk, ct, path, date, title in rows:
            docs[pk] = {
                "ct": ct,
                "path": path,
                "date": date,
                "title": title,
                **{name: set() for name in FACETS},
            }
            docs[pk]["type"].add(str(ct))
    by_ct = {}
    for pk, doc in docs.items():
        by_ct.setdefault(doc["ct"], []).append(pk)

    space_cts = {ContentType.objects.get_for_model(model).pk for model in _space_models()}
    spaces_by_path = {}
    for ct, pks in by_ct.items():
        model = ContentType.objects.get_for_id(ct).model_class()
        if model is None:
            continue
        for facet, name in (("domein", "domains"), ("leeftijd", "age_groups")):
            m2m = model_field(model, name)
            if m2m is None or not m2m.many_to_many:
                continue
            through = m2m.remote_field.through
            source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            for chunk in chunks(pks):
                for pk, value in through.objects.filter(
                    **{f"{source}_id__ids": set(chunk)}
                ).values_list(f"{source}_id", f"{target}_id"):
                    docs[pk][facet].add(str(value))
        themes = model_field(model, "themes")
        if themes is not None:
            through = themes.remote_field.through
            for chunk in chunks(pks):
                for pk, value in through.objects.filter(
                    content_object_id__ids=set(chunk)
                ).values_list("content_object_id", "tag_id"):
                    docs[pk]["thema"].add(str(value))
        fks = [
            (facet, name)
            for facet, name in (
                ("niveau", "evidence_level"),
                ("regio", "region"),
                ("ruimte", "space"),
            )
            if model_field(model, name) is not None and model_field(model, name).many_to_one
        ]
        if fks:
            columns = [f"{name}_id" for _facet, name in fks]
            for chunk in chunks(pks):
                for pk, *values in model.objects.filter(pk__ids=set(chunk)).values_list(
                    "pk", *columns
                ):
                    for (facet, _name), value in zip(fks, values, strict=True):
                        if value is not None:
                            docs[pk][facet].add(str(value))
        if model._meta.label_lower == "regions.regionpage":
            for pk in pks:
                docs[pk]["regio"].add(str(pk))
        if ct in space_cts:
            for pk in pks:
                docs[pk]["ruimte"].add(str(pk))
        elif model._meta.label_lower == "cop.spacepage":
            if not spaces_by_path:
                spaces_by_path = dict(
                    Page.objects.filter(content_type_id__in=space_cts).values_list("path", "pk")
                )
            for pk in pks:
                path = docs[pk]["path"]
                for length in range(Page.steplen, len(path), Page.steplen):
                    if path[:length] in spaces_by_path:
                        docs[pk]["ruimte"].add(str(spaces_by_path[path[:length]]))
                        break
    return docs


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
