"""static/css/site.css defines each selector once per scope.

A second rule for the same selector, further down, silently overrides the first: that is
how `.messages__item` once ended in an off-palette blue. Scopes are the top level and
each at-rule condition (all `@media (min-width: 48em)` blocks together form one scope).
Within a scope a selector may have one rule of its own, and may also stand in grouped
rules (`.a, .b { ... }`) as long as no two rules set the same property for it.
"""

import re
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

SITE_CSS = Path(settings.BASE_DIR) / "static" / "css" / "site.css"
TOP_LEVEL = "(top level)"


def top_level_blocks(text):
    """[(prelude, body)] of the `prelude { body }` blocks at the outer level of `text`."""
    blocks, depth, start, prelude_start = [], 0, 0, 0
    for index, char in enumerate(text):
        if char == "{":
            if depth == 0:
                prelude, start = text[prelude_start:index].strip(), index + 1
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                blocks.append((prelude, text[start:index]))
                prelude_start = index + 1
    if depth != 0:
        raise ValueError("unbalanced braces")
    return blocks


def split_selectors(prelude):
    """'.a, .b:is(.c, .d)' -> ['.a', '.b:is(.c, .d)'], whitespace normalised."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [" ".join(part.split()) for part in parts if part.strip()]


def properties(body):
    return [decl.split(":", 1)[0].strip().lower() for decl in body.split(";") if ":" in decl]


def rules(text, scope=TOP_LEVEL):
    """(scope, [selectors], [properties]) of every style rule, at-rules opened."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for prelude, body in top_level_blocks(text):
        if prelude.startswith("@"):
            yield from rules(body, " ".join(prelude.split()))
        else:
            yield scope, split_selectors(prelude), properties(body)


def duplicates(text):
    """Messages naming each selector defined twice in one scope."""
    own_rules = defaultdict(int)
    setters = defaultdict(list)
    for scope, selectors, props in rules(text):
        if len(selectors) == 1:
            own_rules[(scope, selectors[0])] += 1
        for selector in selectors:
            for prop in props:
                setters[(scope, selector, prop)].append(", ".join(selectors))
    found = [
        f"{scope}: `{selector}` has {count} rules of its own"
        for (scope, selector), count in own_rules.items()
        if count > 1
    ]
    found += [
        f"{scope}: `{selector}` gets `{prop}` from {len(where)} rules ({' | '.join(where)})"
        for (scope, selector, prop), where in setters.items()
        if len(where) > 1
    ]
    return found


class TestSiteCss(SimpleTestCase):
    def test_no_selector_is_defined_twice_in_one_scope(self):
        found = duplicates(SITE_CSS.read_text())
        self.assertEqual(found, [], "merge these rules into one:\n" + "\n".join(found))

    def test_the_check_finds_a_second_definition(self):
        css = """
            .a { color: red; }
            .b, .c { margin: 0; }
            .c { padding: 0; }
            @media (min-width: 48em) { .a { color: blue; } }
            @media print { .x { display: none; } }
            @media print { .x { display: block; } }
            .a { border: 0; }
            .b { margin: 1rem; }
        """
        self.assertCountEqual(
            duplicates(css),
            [
                "(top level): `.a` has 2 rules of its own",
                "@media print: `.x` has 2 rules of its own",
                "@media print: `.x` gets `display` from 2 rules (.x | .x)",
                "(top level): `.b` gets `margin` from 2 rules (.b, .c | .b)",
            ],
        )

    def test_the_sections_come_in_order(self):
        text = SITE_CSS.read_text()
        headings = re.findall(r"^   (\d)\. (\w+)", text, flags=re.M)
        self.assertEqual(
            [name for _number, name in headings],
            ["Tokens", "Base", "Layout", "Components", "Pages", "Print"],
        )
