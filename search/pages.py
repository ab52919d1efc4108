"""What the search modules share about pages: ids read in chunks, a model's field (or
None), and a page type's name as a reader would say it."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

ID_CHUNK = 500

# Page types as a reader would call them (the facet "Soort" and each result's label),
# where the model's own name is an editor's word.
READER_TYPE_LABELS = {
    "page": _("Informatie"),
    "homepage": _("Informatie"),
    "standardpage": _("Informatie"),
    "spacepage": _("Pagina van een community"),
    "spaceindexpage": _("Overzicht"),
    "practiceindexpage": _("Overzicht"),
    "articleindexpage": _("Overzicht"),
    "eventindexpage": _("Agenda"),
    "regionindexpage": _("Overzicht"),
    "bottleneckindexpage": _("Overzicht"),
    "coveragematrixpage": _("Overzicht"),
}


def type_label(model):
    name = model._meta.model_name
    return READER_TYPE_LABELS.get(name) or capfirst(model._meta.verbose_name)


def chunks(ids):
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:
        return None
