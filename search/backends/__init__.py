"""Elasticsearch and OpenSearch backends with Dutch analysis and Concept synonyms.

`index_settings()` builds the index settings: every text field is analysed with a
Dutch analyzer (lowercase, ASCII folding, Dutch stop words, the Dutch stemmer); at
query time a synonym filter built from the Concepts (DESIGN.md §3) joins each
concept's words across domains. The settings are computed when an index is created
(`update_index`), so a rebuilt index carries the Concepts of that moment.

The backend modules (`search.backends.elasticsearch8`, `...elasticsearch9`,
`...opensearch3`) import their client; this module does not, so the settings can be
tested on a machine without any of them.
"""

import importlib.util
import sys
from importlib import metadata

from search.vocabulary import synonym_rules

DUTCH_ANALYZER = "mao_dutch"
DUTCH_SEARCH_ANALYZER = "mao_dutch_search"
SYNONYM_FILTER = "mao_concept_synonyms"


def index_settings(synonyms=None):
    """The `settings.analysis` part that makes the index Dutch and concept-aware."""
    if synonyms is None:
        synonyms = synonym_rules()
    dutch_chain = ["lowercase", "asciifolding", "mao_dutch_stop", "mao_dutch_stemmer"]
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "mao_dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                    "mao_dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                    SYNONYM_FILTER: {
                        "type": "synonym_graph",
                        "synonyms": list(synonyms) or ["mao_no_synonyms"],
                        "lenient": True,
                    },
                },
                "analyzer": {
                    DUTCH_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": dutch_chain,
                    },
                    DUTCH_SEARCH_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", SYNONYM_FILTER, *dutch_chain[2:]],
                    },
                    # Fields without an analyzer of their own use these.
                    "default": {"type": "custom", "tokenizer": "standard", "filter": dutch_chain},
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", SYNONYM_FILTER, *dutch_chain[2:]],
                    },
                },
            }
        }
    }


def deep_merge(base, extra):
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class DutchIndexMixin:
    """Mixed into a backend's index class: creates the index with the Dutch settings."""

    def put(self):
        backend_settings = self.backend.settings
        self.backend.settings = deep_merge(backend_settings, index_settings())
        try:
            super().put()
        finally:
            self.backend.settings = backend_settings


def import_opensearch_client():
    """Import opensearch-py despite our `events` app.

    opensearch-py does `from events import Events` (the PyPI package "Events"), and this
    project has a Django app called `events` on the path, which wins. So the PyPI
    package is loaded from its own file for the length of the import, and our app is
    put back afterwards.
    """
    if "opensearchpy" in sys.modules:
        return
    ours = {
        name: sys.modules.pop(name)
        for name in list(sys.modules)
        if name == "events" or name.startswith("events.")
    }
    try:
        init = metadata.distribution("Events").locate_file("events/__init__.py")
        spec = importlib.util.spec_from_file_location(
            "events", init, submodule_search_locations=[str(init.parent)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["events"] = module
        spec.loader.exec_module(module)
        import opensearchpy  # noqa: F401
    finally:
        for name in [n for n in sys.modules if n == "events" or n.startswith("events.")]:
            del sys.modules[name]
        sys.modules.update(ours)
