"""Every path and dotted name the docs mention exists (issue 13, "Docs that stay true").

What is read:

- `README.md` and `docs/*.md`: inline code spans (`...`, also across a line break) and
  the targets of relative links `[text](target)`, which must exist relative to the file
  (as GitHub resolves them). Fenced code blocks are not read, except for
  `manage.py <command>` (rule 5), which is looked for in the whole file.
- The module docstring of every Python file of the project's packages (migrations
  excepted), as plain text: a docstring has no code spans, so every word is a candidate;
  there a word with `/` and no file extension is a path only if it ends in `/` (so
  "members/cop" in a sentence is prose).

A candidate is split on white space and quotes; an argument list written right after a
name (`f()`, `f(user, event)`) is removed first, brackets and punctuation around a word are
stripped, `{a,b}` is expanded to both words. Then one rule applies, the first that fits:

1. Not a reference: a URL (`https://...`), a URL path (starts with `/`: `/wat-werkt/`), a
   query (`?archief=1`), an option (`--dry-run`), anything else with characters a path
   or a Python name cannot have (settings keys such as `MAO_RETENTION["x.y"]`), and the
   few names in `NOT_REFERENCES`.
2. A path: a word with `/` whose first part is a folder of the repository (`ROOTS`), or
   a word ending in one of `EXTENSIONS`. It must exist relative to the repository, to the
   folder of the file that names it, or to `templates/` (template names such as
   `events/email/cancelled.txt`). `*` and `<placeholder>` are globs that must match at
   least one file. A name without `/` (`vocabularies.py`) must exist somewhere in the
   project.
   `<app>/0003` and `<app>/migrations/0003_name` are migrations of that app. What the
   tests write into a folder git ignores (`GENERATED`) is not checked: a fresh clone
   does not have it.
3. A dotted name starting with a project package (`PACKAGES`) or the label of one of
   their apps (`events`): a module, or an attribute of one (`cop.permissions.public_pages`).
   A module is only looked up, not run; one that cannot be imported here (production
   settings, an engine client not installed) is read for its top-level names.
4. Otherwise the same dotted name as a Django label: a model (`events.Registration`), a
   model's field or attribute (`members.User.email`, `home.HomePage.*`), a permission
   codename (`events.view_registration`), a migration (`cop.0006`), or a retention rule
   (a key of `settings.MAO_RETENTION`: `members.invitation`).
5. `manage.py <command>`: a management command Django knows, or one of an app that only
   production installs (`PRODUCTION_APPS`).

Everything else (plain words, `SpaceBase.group`, settings names) is not checked. The test
reports every missing reference at once, as `file:line: reference`.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib
import importlib.util
import os
import re
import warnings
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import find_commands, get_commands

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = (
    "core",
    "taxonomy",
    "members",
    "home",
    "cop",
    "practices",
    "articles",
    "agenda",
    "regions",
    "bottlenecks",
    "mao_tafel",
    "search",
    "newsletter",
    "network",
    "demo",
    "cms",
    "tests",
    "bench",
)
# Folders of the repository a path may start with (rule 2).
ROOTS = frozenset(PACKAGES) | {"docs", "templates", "static", "deploy", ".ci"}
EXTENSIONS = (".py", ".md", ".html", ".css", ".js", ".txt", ".jsonl")
# Written by the tests and ignored by git, so absent from a fresh clone: not checked.
GENERATED = ("tests/browser/artifacts/",)
SKIP_DIRS = frozenset({"migrations", "node_modules", "__pycache__", "artifacts"})

# Apps that only cms/settings/production.py installs: their commands count too (rule 5).
PRODUCTION_APPS = ("django_tasks_db",)

# Words in backticks that look like references and are not ones, with the reason.
NOT_REFERENCES = {
    "DESIGN.md": "the programme's design document, not part of this repository",
}

# References broken by a move that is still under way (issue 13), as (file, reference).
# Remove an entry when its move has landed and the doc or docstring is corrected.
PENDING: dict[tuple[str, str], str] = {}


# --- reading --------------------------------------------------------------------------

CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.DOTALL | re.MULTILINE)
LINK = re.compile(r"\]\(([^()\s]+)\)")
COMMAND = re.compile(r"manage\.py\s+([a-z][a-z0-9_]*)")
CALL = re.compile(r"(?<=[\w\]])\([^()]*\)")
BRACES = re.compile(r"\{([^{}\s]*,[^{}\s]*)\}")
PATHLIKE = re.compile(r"^[\w.*<>/-]+$")
DOTTED = re.compile(r"^[A-Za-z_]\w*(?:\.(?:\w+|\*))+$")


def _blank(match: re.Match) -> str:
    """Keeps the line numbers of what follows a removed block."""
    return "\n" * match.group(0).count("\n")


def markdown_candidates(text: str) -> list[tuple[int, str, str]]:
    """(line, kind, text) of every code span, relative link target and command."""
    found = [(_line(text, m.start()), "command", m.group(1)) for m in COMMAND.finditer(text)]
    text = FENCE.sub(_blank, text)
    for m in CODE_SPAN.finditer(text):
        found.append((_line(text, m.start()), "span", m.group(2)))
    for m in LINK.finditer(text):
        target = m.group(1).split("#")[0]
        if target and ":" not in target:
            found.append((_line(text, m.start()), "link", target))
    return sorted(found)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def words(candidate: str) -> list[str]:
    """The words of a code span or a docstring line that may be references."""
    while CALL.search(candidate):
        candidate = CALL.sub("", candidate)
    result = []
    for raw in re.split(r"[\s\"'`=;]+", candidate):
        expanded = BRACES.search(raw)
        variants = [raw]
        if expanded:
            head, tail = raw[: expanded.start()], raw[expanded.end() :]
            variants = [head + part + tail for part in expanded.group(1).split(",")]
        for variant in variants:
            word = variant.strip("([{").rstrip(")]}.,:;!?")
            if word:
                result.append(word)
    return result


# --- checking -------------------------------------------------------------------------


@cache
def prefixes() -> frozenset[str]:
    """Project packages and the labels of their apps (`events` is the app of `agenda`)."""
    labels = {c.label for c in apps.get_app_configs() if c.name.split(".")[0] in PACKAGES}
    return frozenset(PACKAGES) | labels


@cache
def project_file_names() -> frozenset[str]:
    names = {path.name for path in ROOT.iterdir() if path.is_file()}
    for top in ROOTS:
        for _folder, folders, files in os.walk(ROOT / top):
            folders[:] = [name for name in folders if name not in SKIP_DIRS]
            names.update(folders, files)
    return frozenset(names)


@cache
def commands() -> frozenset[str]:
    names = set(get_commands())
    for app in PRODUCTION_APPS:
        spec = importlib.util.find_spec(app)
        if spec and spec.origin:
            names |= set(find_commands(str(Path(spec.origin).parent / "management")))
    return frozenset(names)


def classify(word: str, prose: bool = False) -> str | None:
    """'path', 'dotted' or None (not a reference), by rules 1 to 4."""
    if word in NOT_REFERENCES or "://" in word or word[:1] in "/?#-~$=":
        return None
    if word.startswith(GENERATED):
        return None
    if PATHLIKE.match(word):
        first = word.split("/")[0]
        folder_path = "/" in word and first in ROOTS
        if prose and not word.endswith("/"):
            folder_path = False  # "members/cop" in a sentence; a file has an extension
        if folder_path or (word.endswith(EXTENSIONS) and word.rsplit(".", 1)[0].strip("./")):
            return "path"
    if DOTTED.match(word) and word.split(".")[0] in prefixes():
        return "dotted"
    return None


def path_exists(word: str, base: Path) -> bool:
    pattern = re.sub(r"<[^<>/]*>", "*", word).rstrip("/")
    migration = re.fullmatch(r"(\w+)/(?:migrations/)?(\d{4}\w*)", pattern)
    if migration:
        return _migration_exists(*migration.groups())
    if "/" not in word:
        return bool(fnmatch.filter(project_file_names(), pattern))
    for folder in (ROOT, base, ROOT / "templates"):
        if "*" in pattern:
            if any(folder.glob(pattern)):
                return True
        elif (folder / pattern).exists():
            return True
    return False


def _migration_exists(label: str, prefix: str) -> bool:
    try:
        app = apps.get_app_config(label)
    except LookupError:
        app = next((c for c in apps.get_app_configs() if c.name == label), None)
    return bool(app) and any(Path(app.path, "migrations").glob(f"{prefix}*.py"))


def dotted_exists(name: str) -> bool:
    parts = name.removesuffix(".*").split(".")
    return _importable(parts) or _label_exists(parts)


def _importable(parts: list[str]) -> bool:
    """The longest importable prefix is a module, the rest attributes of it."""
    for i in range(len(parts), 0, -1):
        module_name = ".".join(parts[:i])
        try:
            spec = importlib.util.find_spec(module_name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        if i == len(parts):
            return True  # a module: found, not run (cms.wsgi, bench.run)
        try:
            obj = importlib.import_module(module_name)
        except Exception:
            # Not importable here (production settings, an engine client not installed):
            # read its top-level names instead.
            return len(parts) == i + 1 and parts[i] in _names(spec)
        for attribute in parts[i:]:
            if not hasattr(obj, attribute):
                return False
            obj = getattr(obj, attribute)
        return True
    return False


def _names(spec) -> set[str]:
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        else:
            names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return names


def _label_exists(parts: list[str]) -> bool:
    label, rest = parts[0], parts[1:]
    if ".".join(parts) in settings.MAO_RETENTION:
        return True
    try:
        app = apps.get_app_config(label)
    except LookupError:
        return False
    if len(rest) == 1 and rest[0][:4].isdigit():
        return _migration_exists(label, rest[0])
    try:
        model = app.get_model(rest[0])
    except LookupError:
        codenames = set()
        for meta in (m._meta for m in app.get_models()):
            codenames |= {f"{action}_{meta.model_name}" for action in meta.default_permissions}
            codenames |= {codename for codename, _ in meta.permissions}
        return len(rest) == 1 and rest[0] in codenames
    obj = model
    for attribute in rest[1:]:
        if not hasattr(obj, attribute):
            try:
                model._meta.get_field(attribute)
            except Exception:
                return False
            return True
        obj = getattr(obj, attribute)
    return True


def missing(candidates, origin: Path) -> list[str]:
    """`file:line: reference` for each reference among candidates that does not exist."""
    relative = origin.relative_to(ROOT) if origin.is_relative_to(ROOT) else origin
    problems = []
    for line, kind, text in candidates:
        if kind == "command":
            checks = [(text, text in commands())]
        elif kind == "link":
            checks = [(text, (origin.parent / text).exists())]
        else:
            checks = []
            for word in words(text):
                what = classify(word, prose=kind == "prose")
                if what == "path":
                    checks.append((word, path_exists(word, origin.parent)))
                elif what == "dotted":
                    checks.append((word, dotted_exists(word)))
        for word, ok in checks:
            if not ok:
                problems.append(f"{relative}:{line}: {word}")
    return problems


# --- sources --------------------------------------------------------------------------


def markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def python_files() -> list[Path]:
    files = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if not SKIP_DIRS.intersection(path.relative_to(ROOT).parts):
                files.append(path)
    return files


def docstring_candidates(source: str) -> list[tuple[int, str, str]]:
    """(line, 'prose', text) per line of the module docstring."""
    body = ast.parse(source).body
    if not (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        return []
    start = body[0].lineno
    return [(start + n, "prose", line) for n, line in enumerate(body[0].value.value.splitlines())]


def _without_pending(problems: list[str]) -> list[str]:
    pending = {f"{file}: {reference}" for file, reference in PENDING}
    return [p for p in problems if re.sub(r":\d+:", ":", p, count=1) not in pending]


def _report(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what} name a path or Python name that does not exist:\n" + (
        "\n".join(problems)
    )


# --- tests ----------------------------------------------------------------------------


def test_every_reference_in_the_docs_exists():
    problems = []
    for path in markdown_files():
        problems += missing(markdown_candidates(path.read_text(encoding="utf-8")), path)
    problems = _without_pending(problems)
    assert not problems, _report(problems, "places in README.md and docs/")


def test_every_reference_in_module_docstrings_exists():
    problems = []
    for path in python_files():
        problems += missing(docstring_candidates(path.read_text(encoding="utf-8")), path)
    problems = _without_pending(problems)
    assert not problems, _report(problems, "module docstrings")


def test_pending_entries_are_still_needed():
    """An entry of PENDING whose reference resolves again is only a warning, not a failure."""
    for (file, reference), reason in PENDING.items():
        word = reference
        ok = path_exists(word, (ROOT / file).parent) if classify(word) == "path" else None
        if ok is None and classify(word) == "dotted":
            ok = dotted_exists(word)
        if ok:
            warnings.warn(
                f"PENDING entry resolves now, remove it: {file}: {reference} ({reason})",
                stacklevel=1,
            )


def test_a_made_up_reference_is_reported():
    text = (
        "See `core/does_not_exist.py`, `cop.permissions.nope()` and [x](nope.md);\n"
        "run `manage.py no_such_command`. Fine: `cop.permissions.public_pages(qs, user)`,\n"
        '`/wat-werkt/`, `/admin/...`, `MAO_RETENTION["events.registration"]`,\n'
        "`events.Registration`, `events.view_registration`, `members.User.email`,\n"
        "`tests/*/test_*.py`, `templates/`, `includes/form_fields.html`, `cop.0006`,\n"
        "`members/0003`, `search.backends.{elasticsearch8,opensearch3}`, `permissions.md`,\n"
        "`members.invitation`, `feed/rss/`, `?archief=1`, `home.HomePage.*`.\n"
        "```\nmanage.py apply_retention `core/inside_a_fence.py`\n```\n"
    )
    problems = missing(markdown_candidates(text), ROOT / "docs" / "made_up.md")
    assert sorted(problems) == [
        "docs/made_up.md:1: cop.permissions.nope",
        "docs/made_up.md:1: core/does_not_exist.py",
        "docs/made_up.md:1: nope.md",
        "docs/made_up.md:2: no_such_command",
    ]


def test_a_made_up_reference_in_a_docstring_is_reported():
    source = (
        '"""Connected in `core.apps.nope` (see core/nope.py, docs/agenda.md).\n\n'
        'Moving members/cop code; the rule is cop.permissions.public_pages."""\n'
    )
    problems = missing(docstring_candidates(source), ROOT / "core" / "made_up.py")
    assert sorted(problems) == [
        "core/made_up.py:1: core.apps.nope",
        "core/made_up.py:1: core/nope.py",
    ]
