"""The layers of docs/conventions.md hold: each app depends only on apps below it.

A dependency is what a newcomer would have to read to understand a module: an import
(also one inside a function, also a relative one), a model named by its label as a
string ("cop.SpacePage", `apps.get_model("members", "Membership")`), an app config
looked up by label, or a dotted path to another app's code in a string
("home.factories.HomePageFactory"). Migrations are left out: they repeat what the
models say. `cms` (settings and URLs, which compose every app) and `tests`/`bench`
sit above everything and are not checked.
"""

import ast
from pathlib import Path

from django.apps import apps
from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[1]

# Bottom to top; the same list, as a picture, is in docs/conventions.md.
LAYERS = [
    "core",
    "taxonomy",
    "members",
    "cop",
    "regions",
    "bottlenecks",
    "articles",
    "agenda",
    "practices",
    "mao_tafel",
    "conversation",
    "newsletter",
    "search",
    "network",
    "home",
    "demo",
]


def package_of_label():
    """App label -> Python package ("events" -> "agenda"), for the project's apps."""
    return {
        config.label: config.name.split(".")[0]
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in LAYERS
    }


def model_names(label):
    try:
        return {model._meta.model_name for model in apps.get_app_config(label).get_models()}
    except LookupError:
        return set()


def _resolve_relative(module, level, name):
    parts = module.split(".")
    base = parts[: len(parts) - level]
    return ".".join(base + ([name] if name else []))


def dependencies(package, source, module):
    """[(package it depends on, line, what)] for one module's source."""
    labels = package_of_label()
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                targets = [_resolve_relative(module, node.level, node.module)]
            else:
                targets = [node.module]
        for target in targets:
            top = target.split(".")[0]
            if top in LAYERS:
                found.append((top, node.lineno, f"import {target}"))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.attr in ("get_model", "get_app_config") and args:
                label = str(args[0]).split(".")[0]
                if label in labels:
                    found.append((labels[label], node.lineno, f"{node.func.attr}({args[0]!r})"))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if " " in text or "." not in text or len(text) > 120:
                continue
            head, _, rest = text.partition(".")
            if head in labels and rest.lower() in model_names(head):
                found.append((labels[head], node.lineno, f"model label {text!r}"))
            elif head in LAYERS and rest and rest.split(".")[0].isidentifier():
                first = rest.split(".")[0]
                if (ROOT / head / f"{first}.py").exists() or (ROOT / head / first).is_dir():
                    found.append((head, node.lineno, f"dotted path {text!r}"))
    return [(dep, line, what) for dep, line, what in found if dep != package]


def project_modules():
    for package in LAYERS:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            relative = path.relative_to(ROOT).with_suffix("")
            parts = list(relative.parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield package, path, ".".join(parts)


def dependency_graph():
    """{package: [(dependency, "file:line what")]}"""
    graph = {package: [] for package in LAYERS}
    for package, path, module in project_modules():
        for dep, line, what in dependencies(package, path.read_text(), module):
            graph[package].append((dep, f"{path.relative_to(ROOT)}:{line} {what}"))
    return graph


def violations(graph):
    rank = {package: index for index, package in enumerate(LAYERS)}
    return [
        f"{package} -> {dep}: {where}"
        for package, edges in graph.items()
        for dep, where in edges
        if rank[dep] > rank[package]
    ]


class TestLayers(SimpleTestCase):
    def test_every_project_app_has_a_layer(self):
        ours = {
            config.name.split(".")[0]
            for config in apps.get_app_configs()
            if (ROOT / config.name.split(".")[0]).is_dir() and config.name != "cms"
        }
        self.assertEqual(ours - set(LAYERS), set(), "add the new app to LAYERS and the docs")

    def test_apps_depend_only_downward(self):
        problems = violations(dependency_graph())
        self.assertEqual(problems, [], "\n" + "\n".join(problems))

    def test_core_and_taxonomy_depend_on_no_feature_app(self):
        graph = dependency_graph()
        self.assertEqual({dep for dep, _ in graph["core"]}, set())
        self.assertLessEqual({dep for dep, _ in graph["taxonomy"]}, {"core"})

    def test_the_layers_are_written_down(self):
        conventions = (ROOT / "docs" / "conventions.md").read_text()
        section = conventions.split("## Layers", 1)[1].split("\n## ", 1)[0]
        picture = [line.split()[0] for line in section.splitlines() if line.startswith("    ")]
        self.assertEqual(
            picture, list(reversed(LAYERS)), "docs/conventions.md draws the layers top down"
        )


class TestTheCheckCanFail(SimpleTestCase):
    """The detector sees each kind of dependency (so a green run means something)."""

    def test_it_sees_imports_labels_and_dotted_paths(self):
        source = (
            "from cop.permissions import is_space\n"
            "def f():\n"
            "    from practices import models\n"
            "    from django.apps import apps\n"
            "    apps.get_model('members', 'Membership')\n"
            "    return 'home.HomePage', 'events.Registration', 'demo.builder.Builder'\n"
        )
        found = {dep for dep, _, _ in dependencies("core", source, "core.x")}
        self.assertEqual(found, {"cop", "practices", "members", "home", "agenda", "demo"})
        self.assertEqual(dependencies("core", "from . import mail\n", "core.x"), [])
        self.assertEqual(dependencies("core", "x = 'een zin. Met punt'\n", "core.x"), [])

    def test_an_upward_dependency_is_a_violation(self):
        graph = {package: [] for package in LAYERS}
        graph["members"] = [("cop", "members/x.py:1 import cop")]
        self.assertEqual(violations(graph), ["members -> cop: members/x.py:1 import cop"])
