"""The search app's signal wiring, connected in `SearchConfig.ready` (`connect()`)."""

from django.db.models.signals import post_delete, post_save

from search.vocabulary import clear_cache
from taxonomy.models import Concept, ConceptTerm


def connect():
    """A changed or deleted concept or term empties the cached synonym vocabulary."""
    for model in (Concept, ConceptTerm):
        post_save.connect(clear_cache, sender=model, dispatch_uid=f"search-vocab-{model}")
        post_delete.connect(clear_cache, sender=model, dispatch_uid=f"search-vocab-d-{model}")
