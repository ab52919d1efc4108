"""What search knows of every live page, the same for everyone: read once per cache
generation in each process (`core.cache.kept_in_process`), not once per query.

For each live page below the root (`cop.permissions.public_pages` with no hidden
subtree): its content type, tree path, first publication date, title and facet values
(type, domain, theme, age group, region, evidence level, space) as internal values
(ids), and one `WordIndex` of all the titles. A query then reads its hits' entries from
memory: `docs` keeps the viewer's rule (`cop.permissions.hidden_path_test`) and reads
a hit that is not in the catalogue (saved since, without a new generation) from the
database, the old way.

Every change that shows on a page starts a new generation (`core.cache`): a publish,
an unpublish, a move, a changed view restriction, any saved object of our apps (a
theme, a practice's tags). The entries are shared, never changed: read them only.
"""

import bisect

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cop.permissions import hidden_path_test, public_pages
from core.cache import kept_in_process
from search import dutch
from search.facets import FACETS
from search.pages import chunks, model_field

FACET_NAMES = tuple(FACETS)


class WordIndex:
    """The words of a few texts ({id: text}: the titles or summaries of the hits),
    to find the texts that hold a form of a word as the database index would, in
    Python: one read for all the words and concept terms of a query."""

    def __init__(self, texts):
        from search.vocabulary import tokenize

        self.ids = {}
        for pk, text in texts.items():
            for word in tokenize(text or ""):
                self.ids.setdefault(word, set()).add(pk)
        self.words = sorted(self.ids)

    def find(self, word, more=(), parts=()):
        """The ids whose text holds a form of `word` (`dutch.forms`), one of the whole
        words `more`, or all of `parts`."""
        whole, prefixes = dutch.patterns(word, more)
        found = set()
        for form in whole:
            found |= self.ids.get(form, set())
        for root in prefixes:
            at = bisect.bisect_left(self.words, root)
            while at < len(self.words) and self.words[at].startswith(root):
                found |= self.ids[self.words[at]]
                at += 1
        if parts:
            found |= set.intersection(*(self.find(part) for part in parts))
        return found

    def find_term(self, term, heads=None, parts=None):
        """As `fts_term` without `phrase`: one word in its forms, several words all of
        them but the stop words."""
        heads, parts = heads or {}, parts or {}
        words = term.split()
        if len(words) == 1:
            return self.find(term, heads.get(term, ()), parts.get(term, ()))
        content = dutch.content_words(words)
        if len(content) > 1:
            words = content
        return set.intersection(*(self.find(word, heads.get(word, ())) for word in words))


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


def _page_content_types():
    from modelsearch.utils import get_descendants_content_types_pks

    return set(get_descendants_content_types_pks(Page))


def _entry_pages(entries):
    """{database index entry id: page id, or None for an entry of another model}."""
    page_cts = _page_content_types()
    return {
        pk: int(object_id) if ct in page_cts else None
        for pk, ct, object_id in entries.values_list("pk", "content_type_id", "object_id")
    }


class Catalogue:
    """Every live page below the root: `entries` ({id: entry}, see `read`), `titles`
    (a `WordIndex` of their titles), and `entry_pages`: which page each entry of the
    database search index is (`_entry_pages`), so a statement over the full text index
    needs no join; `indexed_pages`, how many entries are pages (idf's page count)."""

    def __init__(self):
        from wagtail.search.models import IndexEntry

        self.entries = read(public_pages(Page.objects.all(), None, []))
        self.titles = WordIndex({pk: doc["title"] for pk, doc in self.entries.items()})
        self.entry_pages = _entry_pages(IndexEntry.objects.all())
        self.indexed_pages = sum(page is not None for page in self.entry_pages.values())


def catalogue():
    """This generation's `Catalogue`, built once per process."""
    return kept_in_process("search:catalogue", Catalogue)


def docs(ids, viewer_paths):
    """The entries of the hits `ids` the viewer may see (hidden subtrees
    `viewer_paths`); a hit not in the catalogue is read from the database."""
    entries = catalogue().entries
    hidden = hidden_path_test(viewer_paths)
    out = {}
    missing = []
    for pk in ids:
        doc = entries.get(pk)
        if doc is None:
            missing.append(pk)
        elif not hidden(doc["path"]):
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


def entry_pages(entry_ids):
    """{entry id: page id} of the database index entries `entry_ids` that are pages
    (any page: live or not, visible or not); an entry not in the catalogue (indexed
    since, without a new generation) is read from the database."""
    from wagtail.search.models import IndexEntry

    known = catalogue().entry_pages
    out, missing = {}, []
    for pk in entry_ids:
        if pk not in known:
            missing.append(pk)
        elif known[pk] is not None:
            out[pk] = known[pk]
    for chunk in chunks(missing):
        found = _entry_pages(IndexEntry.objects.filter(pk__ids=set(chunk)))
        out.update((pk, page) for pk, page in found.items() if page is not None)
    return out
