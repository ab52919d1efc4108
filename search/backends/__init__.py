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
