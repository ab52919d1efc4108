"""What search knows of every live page, the same for everyone: read once per cache
generation in each process (`core.cache.kept_in_process`), not once per query.

For each live page below the root (`cop.permissions.public_pages` with no hidden
subtree): its content type, tree path, first publication date, title and facet values
(type, domain, theme, age group, region, evidence level, space) as internal values
(ids), and one `WordIndex` of all the titles. A query then reads its hits' entries from
memory: `docs` keeps the viewer's rule (`cop.permissions.in_hidden_subtree`) and reads
a hit that is not in the catalogue (saved since, without a new generation) from the
database, the old way.

Every change that shows on a page starts a new generation (`core.cache`): a publish,
an unpublish, a move, a changed view restriction, any saved object of our apps (a
theme, a practice's tags). The entries are shared, never changed: read them only.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cop.permissions import in_hidden_subtree, public_pages
from core.cache import kept_in_process
from search.facets import FACETS
from search.index import WordIndex
from search.pages import chunks, model_field

FACET_NAMES = tuple(FACETS)


def _space_models():
    from cop.models import SpaceBase

    return [model for model in SpaceBase.__subclasses__() if not model._meta.abstract]


def read(pages):
    """{page id: {"ct", "path", "date", "title", facet: frozenset(values)}} of the pages
    `pages` (a queryset of `Page`): a fixed number of queries per content type and
    chunk of ids."""
    docs = {}
    for pk, ct, path, date, title in pages.values_list(
        "pk", "content_type_id", "path", "first_published_at", "title"
    ):
        docs[pk] = {
            "ct": ct,
            "path": path,
            "date": date,
            "title": title,
            **{name: set() for name in FACET_NAMES},
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
    # Frozen, and equal sets shared: 10,000 practices have few distinct combinations.
    shared = {}
    for doc in docs.values():
        for name in FACET_NAMES:
            values = frozenset(doc[name])
            doc[name] = shared.setdefault(values, values)
    return docs


class Catalogue:
    """Every live page below the root: `entries` ({id: entry}, see `read`) and `titles`
    (a `WordIndex` of their titles)."""

    def __init__(self):
        self.entries = read(public_pages(Page.objects.all(), None, []))
        self.titles = WordIndex({pk: doc["title"] for pk, doc in self.entries.items()})


def catalogue():
    """This generation's `Catalogue`, built once per process."""
    return kept_in_process("search:catalogue", Catalogue)


def docs(ids, viewer_paths):
    """The entries of the hits `ids` the viewer may see (hidden subtrees
    `viewer_paths`); a hit not in the catalogue is read from the database."""
    entries = catalogue().entries
    out = {}
    missing = []
    for pk in ids:
        doc = entries.get(pk)
        if doc is None:
            missing.append(pk)
        elif not in_hidden_subtree(doc["path"], viewer_paths):
            out[pk] = doc
    for chunk in chunks(missing):
        out.update(read(public_pages(Page.objects.filter(pk__ids=set(chunk)), None, viewer_paths)))
    return out


def titles(ids):
    """({id: (content type id, title)} of the hits `ids`, a `WordIndex` of at least
    their titles): the catalogue's, or the hits' own read from the database when one
    is not in it."""
    every = catalogue()
    entries = every.entries
    if all(pk in entries for pk in ids):
        return {pk: (entries[pk]["ct"], entries[pk]["title"]) for pk in ids}, every.titles
    meta = {}
    for chunk in chunks(ids):
        for pk, ct, title in Page.objects.filter(pk__ids=set(chunk)).values_list(
            "pk", "content_type_id", "title"
        ):
            meta[pk] = (ct, title)
    return meta, WordIndex({pk: title for pk, (_ct, title) in meta.items()})
