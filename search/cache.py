"""What search keeps in the shared cache, and under which key.

Both entries live no longer than the page cache's generation (`core.cache`: a
publish, an unpublish, a move or a changed view restriction starts a new one) and are
keyed by the viewer's hidden subtrees: viewers who may see the same pages share them,
no one gets another's.

* `hits`: the ranked hits of a query with their facet values and labels, everything a
  results page needs before filters, sort and paging. So paging, sorting and narrowing
  by facets, and the searches many people make, skip the backend and the facet reading.
  An answer from the fallback backend is not kept: the engine is asked again on the
  next request.
* `per_viewer`: a value built from what one viewer may see, for a number of seconds
  (the words of the typo correction, `suggestions.viewer_words`).
"""

import hashlib
import json

from django.core.cache import cache
from django.utils import translation

from core.cache import cached_per_generation, generation
from search import facets, ranking


def digest(value):
    return hashlib.sha256(json.dumps(value).encode()).hexdigest()


def hits(tokens, extra, viewer_paths, compounds=dict):
    """{"ids", "scores", "backend", "fallback", "docs", "maps", "labels"} of the words
    `tokens` (with the compounds they head: `compounds()`, asked on a miss only) and
    concept terms `extra` as the viewer may see them (`ranking.run_backend`,
    `facets.read_docs`, `facets.value_names`), under the words, the expansions, the
    viewer's hidden subtrees and the language."""

    def build():
        ids, scores, backend, fallback = ranking.run_backend(
            tokens, extra, viewer_paths, compounds=compounds()
        )
        docs = facets.read_docs(ids, viewer_paths)
        public, labels = facets.value_names(docs)
        return {
            "ids": ids,
            "scores": scores,
            "backend": backend,
            "fallback": fallback,
            "docs": docs,
            "maps": public,
            # Labels as text in the language of the request (lazy strings do not pickle).
            "labels": {
                facet: {value: str(label) for value, label in values.items()}
                for facet, values in labels.items()
            },
        }

    key = digest([tokens, extra, viewer_paths, translation.get_language()])
    return cached_per_generation(f"search:{key}", build, keep=lambda hits: not hits["fallback"])


def per_viewer(name, viewer_paths, build, seconds):
    """`build()`, kept `seconds` under `name`, the generation and the viewer's hidden
    subtrees."""
    key = f"{name}:{generation()}:{digest(viewer_paths)}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, seconds)
    return value
