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
  (the words of the typo correction, `suggestions.viewer_words`), also kept in the
  process.
"""

import hashlib
import json
import time

from django.core.cache import cache
from django.utils import translation

from core.cache import cached_per_generation, generation
from search import catalogue, facets, ranking


def digest(value):
    return hashlib.sha256(json.dumps(value).encode()).hexdigest()


def hits(tokens, extra, viewer_paths, compounds=dict):
    """{"ids", "scores", "backend", "fallback", "docs", "maps", "labels"} of the words
    `tokens` (with the compounds they head: `compounds()`, asked on a miss only) and
    concept terms `extra` as the viewer may see them (`ranking.run_backend`,
    `catalogue.docs`, `facets.value_names`), under the words, the expansions, the
    viewer's hidden subtrees and the language."""

    def build():
        ids, scores, backend, fallback = ranking.run_backend(
            tokens, extra, viewer_paths, compounds=compounds()
        )
        docs = catalogue.docs(ids, viewer_paths)
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


# Values of `per_viewer` this process has built or read, by key (which holds the
# generation, so an old one is never used): the words of the typo correction are
# read on most searches, and unpickling them from the shared cache each time costs
# more than the rest of a cached search.
_local = {}
LOCAL_ENTRIES = 16


def per_viewer(name, viewer_paths, build, seconds, shared=True):
    """`build()`, kept `seconds` under `name`, the generation and the viewer's hidden
    subtrees: in this process, and (`shared`) in the shared cache for the others."""
    key = f"{name}:{generation()}:{digest(viewer_paths)}"
    expires, value = _local.get(key, (0, None))
    if expires < time.monotonic():
        value = cache.get(key) if shared else None
        if value is None:
            value = build()
            if shared:
                cache.set(key, value, seconds)
        if len(_local) >= LOCAL_ENTRIES:
            _local.pop(next(iter(_local)))
        _local[key] = (time.monotonic() + seconds, value)
    return value
