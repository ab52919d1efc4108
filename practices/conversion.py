"""Turn a finished fieldlab into a draft practice example, pre-filled from its cycle."""

from django.db import transaction
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import PracticeIndexPage, PracticePage


def paragraphs(text):
    """Plain text as safe rich text: escaped, one <p> per paragraph."""
    parts = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in part.split("\n")))
        for part in parts
    )


def practice_from_fieldlab(fieldlab):
    """An unsaved PracticePage with the fieldlab's cycle in the practice's sections."""
    rounds = list(fieldlab.measurements.all())
    measured = "".join(
        "<li>{}: {}</li>".format(escape(date_format(r.date, "j F Y")), escape(r.measured))
        for r in rounds
    )
    outcomes = "".join(
        "<li>{}: {}</li>".format(escape(date_format(r.date, "j F Y")), escape(r.outcome))
        for r in rounds
    )
    lessons = fieldlab.reflection or ""
    if fieldlab.next_step:
        lessons += "<h3>{}</h3>{}".format(escape(_("Volgende stap")), fieldlab.next_step)
    summary = (fieldlab.question or fieldlab.title).strip()
    page = PracticePage(
        title=fieldlab.title,
        summary=summary,
        problem=paragraphs(fieldlab.question),
        approach=fieldlab.intervention or "",
        measurement=f"<ul>{measured}</ul>" if measured else "",
        results=f"<ul>{outcomes}</ul>" if outcomes else "",
        lessons=lessons,
        space=fieldlab,
        contact_name=fieldlab.contact_name,
        contact_email=fieldlab.contact_email,
        live=False,
    )
    page.domains.set(list(fieldlab.domains.all()))
    page.themes.set(list(fieldlab.themes.all()))
    return page


def existing_practice(fieldlab):
    """The practice example (draft or live) made from this fieldlab, if any."""
    return PracticePage.objects.filter(space=fieldlab).order_by("pk").first()


@transaction.atomic
def convert_fieldlab(fieldlab, user):
    """Create the draft practice (once); a second call returns the one made before."""
    existing = existing_practice(fieldlab)
    if existing is not None:
        return existing, False
    index = PracticeIndexPage.objects.first()
    if index is None:
        raise LookupError("There is no PracticeIndexPage to put the practice under.")
    page = practice_from_fieldlab(fieldlab)
    base = slugify(page.title)[:60] or "praktijkvoorbeeld"
    slug, n = base, 1
    taken = set(index.get_children().values_list("slug", flat=True))
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    page.slug = slug
    page.owner = user
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page, True
