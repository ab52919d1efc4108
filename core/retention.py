"""Retention of personal data (docs/privacy.md).

Each app says in its own `retention.py` what it removes, and when, by calling
`register(...)`; `manage.py apply_retention` runs every registered rule. How long is a
setting, `MAO_RETENTION` (days per rule key), so that the programme office can change
a period without a code change.

A rule is two functions: `expired(cutoff)` returns the rows whose period ended before
`cutoff` and that still hold personal data (so a second run finds nothing), and
`apply(rows)` deletes or anonymises those rows and returns how many it handled.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.utils.module_loading import autodiscover_modules

# Anonymised rows get this address where a row needs one (the domain cannot exist).
ERASED_DOMAIN = "verwijderd.invalid"
ERASED_EMAIL = f"verwijderd@{ERASED_DOMAIN}"


@dataclass(frozen=True)
class Rule:
    key: str  # the key in settings.MAO_RETENTION, e.g. "events.registration"
    what: str  # plain English for the command's output, e.g. "registrations of ended events"
    action: str  # "delete" or "anonymise"
    expired: Callable[..., QuerySet]
    apply: Callable[[QuerySet], int]

    @property
    def period(self):
        return settings.MAO_RETENTION[self.key]


_rules: dict[str, Rule] = {}


def register(key, what, *, action, expired, apply=None):
    """Register a rule; `apply` defaults to deleting the rows."""
    if action not in ("delete", "anonymise"):
        raise ValueError(f"action must be 'delete' or 'anonymise', not {action!r}")
    _rules[key] = Rule(key, what, action, expired, apply or delete)
    return _rules[key]


def rules():
    """Every registered rule, in a stable order."""
    autodiscover_modules("retention")
    return [_rules[key] for key in sorted(_rules)]


def delete(rows):
    """Delete `rows`; returns how many rows of their own model went (not the cascade)."""
    return rows.delete()[1].get(rows.model._meta.label, 0)
