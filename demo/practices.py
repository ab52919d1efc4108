"""The demo's practice examples: `data/practices.jsonl`, in the format of
`manage.py import_practices` (docs/import.md), written by the same importer, so every
fresh demo site also tests the import path.

What a file cannot say stays here: which examples get one of the drawn images
(`core.sample_media`) and which carry a document. `generated(n)` varies the examples in
the file for `seed_demo --practices N` (bulk, for benchmarks): the same story in
another place, told by another contact person.
"""

import json
import random
import re
from functools import cache
from pathlib import Path

from django.utils.text import slugify

from practices import importer
from practices.models import PracticeAttachment, PracticePage

DATA = Path(__file__).resolve().parent / "data" / "practices.jsonl"
PREFIX = "demo-"  # every external_id in the file is "demo-<approach>-<1, 2, ...>"

# Practice examples (by approach) that carry a document as attachment.
ATTACHMENTS = {
    "thuiszittersoverleg": "werkwijze-thuiszittersoverleg",
    "jeugdprofessional-school": "evaluatie-jeugdprofessional",
    "ervaringsdeskundige-ouders": "handreiking-ouders",
    "ouderplatform": "handreiking-ouders",
}

PLACES = [
    "Enschede", "Zaanstad", "Amersfoort", "Dordrecht", "Middelburg", "Tilburg",
    "Sittard-Geleen", "Arnhem", "Emmen", "Het Hogeland", "Sneek", "Almere", "Hengelo",
    "Purmerend", "Leusden", "Zwijndrecht", "Vlissingen", "Waalwijk", "Venlo", "Nijmegen",
    "Assen", "Groningen", "Leeuwarden", "Lelystad", "Deventer", "Haarlem", "Utrecht",
    "Gouda", "Goes", "Eindhoven", "Heerlen", "Apeldoorn", "Almelo", "Den Helder",
    "Rotterdam-Zuid", "Oss", "Ede", "Capelle aan den IJssel", "Veenendaal", "Helmond",
]  # fmt: skip
DISTRICTS = [
    "Noord", "Oost", "Zuid", "West", "Centrum", "de Binnenstad", "het Oude Dorp", "Nieuw-West",
]  # fmt: skip
FIRST_NAMES = [
    "Annelies", "Bram", "Fatima", "Joost", "Marieke", "Yusuf", "Sanne", "Pieter", "Ilse",
    "Mohamed", "Esther", "Ruud", "Noor", "Kees", "Linda", "Ahmet", "Femke", "Jeroen",
    "Hanneke", "Sem",
]  # fmt: skip
LAST_NAMES = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "El Amrani", "Yılmaz", "Koster", "Postma",
]  # fmt: skip
PLACED = ["title", "summary", "problem", "approach", "results", "contact_organisation"]


def approach_of(external_id):
    """'demo-thuiszittersoverleg-2' -> 'thuiszittersoverleg'."""
    return external_id.removeprefix(PREFIX).rsplit("-", 1)[0]


@cache
def examples():
    """The examples in the file, as dicts, in file order."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def import_examples(index, user, images, documents):
    """Import the examples not on the site yet (by external_id, or by slug for a site
    seeded before the examples were data). Returns (created, already there)."""
    lines = DATA.read_text(encoding="utf-8").splitlines()
    there = set(PracticePage.objects.child_of(index).values_list("slug", flat=True))
    there |= set(
        PracticePage.objects.exclude(external_id=None).values_list("external_id", flat=True)
    )
    missing = [
        line
        for line, data in zip(lines, examples(), strict=True)
        if data["external_id"] not in there and data["slug"] not in there
    ]
    if not missing:
        return 0, len(lines)
    records, problems = importer.validate(missing, vocabulary=importer.Vocabulary(index))
    if problems:
        raise ValueError("demo/data/practices.jsonl: " + "; ".join(map(str, problems)))
    order = {data["external_id"]: n for n, data in enumerate(examples())}
    images = list(images)

    def before_save(page, record):
        n = order[page.external_id]
        page.image = images[n % len(images)] if n % 3 != 2 else None
        document = ATTACHMENTS.get(approach_of(page.external_id))
        if document:
            page.attachments = [PracticeAttachment(document=documents[document])]

    created, _updated = importer.write(records, index=index, user=user, before_save=before_save)
    return created, len(lines) - created


def _names(rng):
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    email = ".".join(slugify(part.replace("ı", "i")).replace("-", "") for part in (first, last))
    return f"{first} {last}", f"{email}@example.org"


def generated(n):
    """The n-th generated example (n at or past the number in the file): an example from
    the file in another place. Text fields as rich text; taxonomy, region and space as
    the file names them."""
    base = examples()
    template = base[n % len(base)]
    round_ = n // len(base)
    place = PLACES[(n * 7 + round_) % len(PLACES)]
    old = re.compile(rf"\b{re.escape(template['place'])}\b")
    spec = {**template, **{key: old.sub(place, template[key]) for key in PLACED}}
    if round_ >= 2:
        spec["title"] += f"-{DISTRICTS[(round_ + n) % len(DISTRICTS)]}"
    for key in importer.TEXT_SECTIONS:
        spec[key] = importer.paragraphs(spec.get(key, ""))
    rng = random.Random(f"mao-practice-{n}")  # noqa: S311 - repeatable demo text
    spec["contact_name"], spec["contact_email"] = _names(rng)
    spec.update(
        place=place, slug=slugify(spec["title"]), approach_key=approach_of(template["external_id"])
    )
    spec.pop("region", None)  # found from the place, as the caller knows the regions
    return spec
