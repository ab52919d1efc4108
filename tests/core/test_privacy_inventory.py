"""The personal-data inventory (docs/privacy.md) covers every text-like field we store.

A field counts when it can hold text a person typed or that identifies someone: char,
text (rich text included), email, URL, slug, IP address, JSON and StreamField fields,
declared on a model of one of our own apps (every app in the project folder, so a new
app is covered without editing this test). The page must mention it as
`app.Model.field`, or the whole model as `app.Model.*`, either as personal data (with
why and how long) or in the list of fields checked and found not personal.
"""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.test import SimpleTestCase
from wagtail.fields import StreamField

from core.retention import rules

INVENTORY = Path(settings.BASE_DIR) / "docs" / "privacy.md"
TEXT_LIKE = (models.CharField, models.TextField, models.GenericIPAddressField, models.JSONField)
MENTION = re.compile(r"`([a-z_]+)\.([A-Za-z]+)\.([a-z_0-9]+|\*)`")
ENFORCED = re.compile(r"\(apply_retention: `([a-z_]+\.[a-z_]+)`\)")


def our_app_configs():
    base = str(settings.BASE_DIR)
    return [
        config
        for config in apps.get_app_configs()
        if str(config.path).startswith(base) and ".venv" not in str(config.path)
    ]


def stored_text_fields():
    for config in our_app_configs():
        for model in config.get_models():
            for field in model._meta.local_fields:
                if isinstance(field, (*TEXT_LIKE, StreamField)):
                    yield f"{model._meta.label}.{field.name}"


def mentioned():
    return {match.groups() for match in MENTION.finditer(INVENTORY.read_text())}


class TestPrivacyInventory(SimpleTestCase):
    def test_every_text_field_of_our_models_is_in_the_inventory(self):
        listed = mentioned()
        missing = []
        for label in stored_text_fields():
            app_label, model, field = label.split(".")
            if (app_label, model, field) not in listed and (app_label, model, "*") not in listed:
                missing.append(label)
        self.assertEqual(
            missing,
            [],
            "docs/privacy.md does not say whether these fields hold personal data "
            "(add them to a table, with why and how long, or to the list of fields "
            "checked and not personal): " + ", ".join(missing),
        )

    def test_the_inventory_names_no_field_that_does_not_exist(self):
        existing = set(stored_text_fields())
        models_by_label = {
            model._meta.label for config in our_app_configs() for model in config.get_models()
        }
        stale = []
        for app_label, model, field in mentioned():
            label = f"{app_label}.{model}"
            if field == "*":
                if label not in models_by_label:
                    stale.append(f"{label}.*")
            elif f"{label}.{field}" not in existing:
                stale.append(f"{label}.{field}")
        self.assertEqual(stale, [], "docs/privacy.md names fields that no longer exist")

    def test_the_core_personal_fields_are_listed_as_personal(self):
        text = INVENTORY.read_text()
        personal = text.split("## Personal data in other components")[0]
        for label in ("members.User.email", "events.Registration.email"):
            self.assertIn(f"`{label}`", personal)

    def test_every_period_said_to_be_enforced_has_its_rule_and_its_days(self):
        registered = {rule.key: rule for rule in rules()}
        named = set()
        for row in INVENTORY.read_text().splitlines():
            if not row.startswith("|") or "apply_retention" not in row:
                continue
            keys = ENFORCED.findall(row)
            self.assertTrue(keys, f"say which rule, as (apply_retention: `app.rule`): {row}")
            for key in keys:
                self.assertIn(key, sorted(registered), f"no retention rule {key!r} is registered")
                days = registered[key].period.days
                self.assertIn(
                    f"{days} days", row, f"{key} keeps {days} days (MAO_RETENTION): {row}"
                )
            named.update(keys)
        self.assertEqual(
            sorted(set(registered) - named),
            [],
            "docs/privacy.md does not say what these retention rules remove",
        )
