"""Import practice examples from JSON Lines (one practice per line); see docs/import.md.

`validate(lines)` checks every line before anything is written and returns the
valid records with one Dutch message per bad line; `write(records)` writes them all
in one transaction. A record with an `external_id` that exists updates that practice:
importing the same file twice changes nothing new. `manage.py import_practices` and
the demo site (`demo/data/practices.jsonl`, read by `seed_demo`) both come this way.
"""

import html
import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_unicode_slug
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify

from cop.models import CommunityPage, DialoguePage, FieldlabPage
from taxonomy.models import Advice, AgeGroup, Ambition, Domain, EvidenceLevel, Theme

from .models import PracticeIndexPage, PracticePage, PreventionLevel

logger = logging.getLogger(__name__)

MAX_LINE_CHARS = 100_000
INDEX_BATCH = 200
MAX_TITLE = 255
MAX_SLUG = 255
MAX_SHORT = {"target_group": 200, "place": 120, "contact_name": 120, "contact_organisation": 120}
REQUIRED = ["external_id", "title", "summary"]
TEXT_SECTIONS = ["problem", "approach", "results", "measurement", "lessons"]
KNOWN_KEYS = {
    *REQUIRED,
    *TEXT_SECTIONS,
    *MAX_SHORT,
    "contact_email",
    "prevention_level",
    "evidence_level",
    "domains",
    "themes",
    "age_groups",
    "advices",
    "ambitions",
    "region",
    "space",
    "slug",
    "publish",
}


@dataclass
class Record:
    line: int
    data: dict
    relations: dict = field(default_factory=dict)


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self):
        return f"Regel {self.line}: {self.message}"


def _text(line):
    return html.escape(line.strip(), quote=False)  # text between tags: & < > suffice


def paragraphs(text):
    """Plain text as safe rich text: HTML is escaped, a blank line starts a paragraph,
    and a paragraph whose every line starts with "- " is a bulleted list."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    out = []
    for part in parts:
        lines = part.split("\n")
        if all(line.startswith("- ") for line in lines):
            out.append("<ul>{}</ul>".format("".join(f"<li>{_text(ln[2:])}</li>" for ln in lines)))
        else:
            out.append("<p>{}</p>".format("<br/>".join(_text(line) for line in lines)))
    return "".join(out)


class Vocabulary:
    """Every taxonomy term, region and space, looked up by name (case-insensitive), and
    the slugs taken under the practice index; loaded once."""

    def __init__(self, index=None):
        self.domains = {key: d for d in Domain.objects.all() for key in (d.name, d.slug)}
        self.themes = {key: t for t in Theme.objects.all() for key in (t.name, t.slug)}
        self.age_groups = {g.label: g for g in AgeGroup.objects.all()}
        self.levels = {key: lv for lv in EvidenceLevel.objects.all() for key in (lv.name, lv.slug)}
        self.advices = self._numbered(Advice.objects.all())
        self.ambitions = self._numbered(Ambition.objects.all())
        for attr in ("domains", "themes", "levels", "age_groups"):
            setattr(self, attr, {k.casefold(): v for k, v in getattr(self, attr).items()})
        region_model = PracticePage._meta.get_field("region").related_model
        self.regions = self._pages(region_model.objects.all())
        self.spaces = self._pages(
            page
            for model in (CommunityPage, FieldlabPage, DialoguePage)
            for page in model.objects.all()
        )
        index = index or PracticeIndexPage.objects.first()
        # slug -> external_id of the practice that has it ("" for any other page)
        self.slugs = {}
        if index is not None:
            self.slugs = dict.fromkeys(index.get_children().values_list("slug", flat=True), "")
            for slug, external_id in PracticePage.objects.child_of(index).values_list(
                "slug", "external_id"
            ):
                self.slugs[slug] = external_id or ""

    @staticmethod
    def _pages(pages):
        """{slug or title, casefolded: [pages]}; more than one page means ambiguous."""
        lookup = {}
        for page in pages:
            for key in {page.slug.casefold(), page.title.casefold()}:
                lookup.setdefault(key, []).append(page)
        return lookup

    @staticmethod
    def _numbered(items):
        lookup = {}
        for item in items:
            lookup[str(item.number)] = item
            lookup[item.title.casefold()] = item
            lookup[str(item).casefold()] = item
        return lookup


LIST_FIELDS = {
    # key: (vocabulary attribute, Dutch name of one term)
    "domains": ("domains", "domein"),
    "themes": ("themes", "thema"),
    "age_groups": ("age_groups", "leeftijdsgroep"),
    "advices": ("advices", "advies"),
    "ambitions": ("ambitions", "ambitie"),
}
PAGE_FIELDS = {
    # key: (vocabulary attribute, Dutch name of one)
    "region": ("regions", "inspiratieregio"),
    "space": ("spaces", "community, fieldlab of dialoog"),
}


def _check_line(number, text, vocabulary, seen_ids, seen_slugs):
    """(Record, []) or (None, [problems]) for one line of the file."""
    problems = []

    def bad(message):
        problems.append(Problem(number, message))

    if len(text) > MAX_LINE_CHARS:
        bad(f"de regel is te lang ({len(text)} tekens; hooguit {MAX_LINE_CHARS}).")
        return None, problems
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        bad(f"geen geldige JSON ({error.msg}, teken {error.colno}).")
        return None, problems
    if not isinstance(data, dict):
        bad("elke regel moet één object zijn, tussen { en }.")
        return None, problems

    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        bad("onbekende velden: " + ", ".join(unknown) + ".")
    for key in REQUIRED:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            bad(f"het veld '{key}' ontbreekt of is leeg.")
    for key in (
        *TEXT_SECTIONS,
        *MAX_SHORT,
        *PAGE_FIELDS,
        "contact_email",
        "prevention_level",
        "slug",
    ):
        if key in data and not isinstance(data[key], str):
            bad(f"het veld '{key}' moet tekst zijn.")
    if problems:
        return None, problems

    external_id = data["external_id"].strip()
    if len(external_id) > 100:
        bad("external_id is langer dan 100 tekens.")
    elif external_id in seen_ids:
        bad(f"external_id '{external_id}' staat ook op regel {seen_ids[external_id]}.")
    else:
        seen_ids[external_id] = number
    if len(data["title"]) > MAX_TITLE:
        bad(f"de titel is langer dan {MAX_TITLE} tekens.")
    for key, limit in MAX_SHORT.items():
        if len(data.get(key, "")) > limit:
            bad(f"het veld '{key}' is langer dan {limit} tekens.")
    if data.get("contact_email"):
        try:
            validate_email(data["contact_email"])
        except ValidationError:
            bad(f"'{data['contact_email']}' is geen geldig e-mailadres.")
    level = data.get("prevention_level", "")
    if level and level not in PreventionLevel.values:
        bad(
            f"onbekend preventieniveau '{level}'; kies uit "
            + ", ".join(PreventionLevel.values)
            + "."
        )
    if "publish" in data and not isinstance(data["publish"], bool):
        bad("het veld 'publish' moet true of false zijn.")
    slug = data.get("slug", "").strip()
    if slug:
        _check_slug(slug, external_id, vocabulary, seen_slugs, number, bad)

    relations = {}
    for key, (attr, noun) in LIST_FIELDS.items():
        names = data.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str | int) for n in names):
            bad(f"het veld '{key}' moet een lijst met namen zijn.")
            continue
        lookup = getattr(vocabulary, attr)
        found = []
        for name in names:
            term = lookup.get(str(name).strip().casefold())
            if term is None:
                bad(f"onbekend {noun} '{name}'.")
            else:
                found.append(term)
        relations[key] = found
    level_name = data.get("evidence_level")
    if level_name not in (None, ""):
        level = vocabulary.levels.get(str(level_name).strip().casefold())
        if level is None:
            bad(f"onbekend bewijsniveau '{level_name}'.")
        relations["evidence_level"] = level
    for key, (attr, noun) in PAGE_FIELDS.items():
        name = data.get(key, "").strip()
        if not name:
            continue
        pages = getattr(vocabulary, attr).get(name.casefold(), [])
        if not pages:
            bad(f"onbekende {noun} '{name}'.")
        elif len({page.pk for page in pages}) > 1:
            bad(f"'{name}' past bij meer dan één {noun}; gebruik de slug.")
        else:
            relations[key] = pages[0]
    if problems:
        return None, problems
    return Record(number, data, relations), []


def _check_slug(slug, external_id, vocabulary, seen_slugs, number, bad):
    try:
        validate_unicode_slug(slug)
    except ValidationError:
        bad(f"de slug '{slug}' mag alleen letters, cijfers, - en _ bevatten.")
        return
    if len(slug) > MAX_SLUG:
        bad(f"de slug is langer dan {MAX_SLUG} tekens.")
    elif slug in seen_slugs:
        bad(f"de slug '{slug}' staat ook op regel {seen_slugs[slug]}.")
    elif vocabulary.slugs.get(slug, external_id) != external_id:
        bad(f"de slug '{slug}' is al in gebruik door een andere pagina.")
    else:
        seen_slugs[slug] = number


def validate(lines, vocabulary=None, progress=None):
    """Check every line; returns (records, problems). Blank lines are skipped."""
    vocabulary = vocabulary or Vocabulary()
    records, problems, seen_ids, seen_slugs = [], [], {}, {}
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(Problem(number, "de tekst is geen UTF-8."))
                continue
        text = raw.strip()
        if not text:
            continue
        record, line_problems = _check_line(number, text, vocabulary, seen_ids, seen_slugs)
        problems.extend(line_problems)
        if record is not None:
            records.append(record)
        if progress is not None:
            progress(number)
    return records, problems


def _unique_slug(record, title, taken):
    base = record.data.get("slug", "").strip() or slugify(title)[:60] or "praktijkvoorbeeld"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def _apply(page, record):
    data = record.data
    page.title = data["title"].strip()
    page.summary = data["summary"].strip()
    for key in TEXT_SECTIONS:
        setattr(page, key, paragraphs(data.get(key, "")))
    for key in MAX_SHORT:
        setattr(page, key, data.get(key, "").strip())
    page.contact_email = data.get("contact_email", "").strip()
    page.prevention_level = data.get("prevention_level", "")
    page.evidence_level = record.relations.get("evidence_level")
    page.region = record.relations.get("region")
    page.space = record.relations.get("space")
    page.domains.set(record.relations["domains"])
    page.age_groups.set(record.relations["age_groups"])
    page.advices.set(record.relations["advices"])
    page.ambitions.set(record.relations["ambitions"])
    page.themes.set(record.relations["themes"])


@contextmanager
def _index_once_at_the_end():
    """Saving a new page with a revision and publishing it saves it three times, and
    each save would update the search index and Wagtail's reference index: two thirds
    of an import's time. Inside this block they wait; `_index` then does both once per
    page. The search signal is switched off for PracticePage in this process only, so
    call `write` from a command or a task, not a web request.
    """
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import disable_reference_index_auto_update

    connected = post_save.disconnect(post_save_signal_handler, sender=PracticePage)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if connected:
            post_save.connect(post_save_signal_handler, sender=PracticePage)


def _index(page_ids):
    from modelsearch.backends import get_search_backends_with_name
    from wagtail.models import ReferenceIndex

    for start in range(0, len(page_ids), INDEX_BATCH):
        pages = list(
            PracticePage.get_indexed_objects().filter(pk__in=page_ids[start : start + INDEX_BATCH])
        )
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(PracticePage, pages)
            except Exception:
                # As Wagtail does for one page: the import stands, the index catches up
                # with `manage.py update_index`.
                logger.exception("Search backend '%s' failed to index imported practices", name)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)


@transaction.atomic
def write(records, index=None, progress=None, user=None, before_save=None):
    """Create or update every record, all or nothing. Returns (created, updated).

    `user` becomes the owner of new pages and the author of every revision and entry in
    the page history (none by default). `before_save(page, record)`, if given, is called
    for every page just before it is saved, for what a file cannot say (the demo site
    adds its drawn images and attachments that way).
    """
    index = index or PracticeIndexPage.objects.first()
    if index is None:
        raise LookupError("Er is geen overzicht 'Wat werkt' (PracticeIndexPage).")
    with _index_once_at_the_end():
        created, updated, page_ids = _write(records, index, progress, user, before_save)
    _index(page_ids)
    return created, updated


def _write(records, index, progress, user, before_save):
    existing = {
        p.external_id: p
        for p in PracticePage.objects.filter(
            external_id__in=[r.data["external_id"].strip() for r in records]
        )
    }
    taken = set(index.get_children().values_list("slug", flat=True))
    created = updated = 0
    page_ids = []
    for done, record in enumerate(records, start=1):
        external_id = record.data["external_id"].strip()
        publish = record.data.get("publish", True)
        page = existing.get(external_id)
        if page is None:
            page = PracticePage(external_id=external_id, live=publish, owner=user)
            _apply(page, record)
            page.slug = _unique_slug(record, page.title, taken)
            if before_save is not None:
                before_save(page, record)
            index.add_child(instance=page)  # Wagtail logs "created" (by the owner)
            revision = page.save_revision(user=user, log_action=False, clean=False)
            if publish:
                revision.publish(user=user, log_action=True, skip_permission_checks=True)
            created += 1
        else:
            page = page.get_latest_revision_as_object()
            _apply(page, record)
            if before_save is not None:
                before_save(page, record)
            revision = page.save_revision(user=user, log_action=True, clean=False)
            if publish or page.live:
                revision.publish(user=user, log_action=True, skip_permission_checks=True)
            updated += 1
        page_ids.append(page.pk)
        if progress is not None:
            progress(done)
    return created, updated, page_ids
