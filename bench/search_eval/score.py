"""Score search on an evaluation set written by someone who had not seen the ranking.

    .venv/bin/python bench/search_eval/score.py [--set independent|dev|dev2] [--output FILE]

Makes a throw-away test database (SQLite in memory, or PostgreSQL with DATABASE_URL),
imports the set's practices through `import_practices` (the importer people use),
indexes them, asks every query through the platform's search (`search.service.search`,
as an anonymous visitor) and through Wagtail's default search on the same pages
(`PracticePage.objects.live().search(query)`), and reports per query kind:

* recall@10: the share of the query's relevant practices (grade 2 or 3) in the first
  ten practice hits, averaged over queries;
* nDCG@10: with gains 2^grade - 1 over every judged practice (grades 1-3).

Only practice hits count (the set holds practices only). The `independent` set is for
scoring only, never for tuning: tune on `dev` and `dev2` (see the set's README.md).
"""

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import defaultdict
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = Path(__file__).resolve().parent / "independent"
FILES = {
    "independent": ("practices.jsonl", "queries.jsonl"),
    "dev": ("dev_practices.jsonl", "dev_queries.jsonl"),
    "dev2": ("dev2_practices.jsonl", "dev2_queries.jsonl"),
}
DOMAINS = ["Onderwijs", "Zorg", "Jeugd", "Kinderopvang", "Gemeente", "Ouders"]
AGE_GROUPS = {"0-4": (0, 4), "4-12": (4, 12), "12-18": (12, 18), "18-23": (18, 23)}


CONCEPT_SOURCES = {
    "independent": "the set's own, `independent/concepts.json`",
    "shipped": "the platform's default, `taxonomy.vocabularies`",
    "none": "no concepts",
}


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def recall_at_10(ranked, judgments):
    relevant = {pid for pid, grade in judgments.items() if grade >= 2}
    if not relevant:
        return None
    return len(relevant & set(ranked[:10])) / len(relevant)


def ndcg_at_10(ranked, judgments):
    def dcg(grades):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))

    ideal = dcg(sorted(judgments.values(), reverse=True)[:10])
    return dcg([judgments.get(pid, 0) for pid in ranked[:10]]) / ideal if ideal else 0.0


def load_concepts(source):
    """The editors' cross-domain vocabulary: `independent` the set's own concept list
    (`concepts.json`, written without the queries or the ranking code, see
    CONCEPTS.md), `shipped` the platform's default (`taxonomy.vocabularies`), `none`
    no concepts. Returns the number of concepts."""
    from taxonomy.models import Concept, ConceptTerm, Domain

    if source == "none":
        return 0
    if source == "shipped":
        from taxonomy.vocabularies import CONCEPTS

        data = [{"name": c.name, "description": c.description, "terms": c.terms} for c in CONCEPTS]
    else:
        data = json.loads((SETS / "concepts.json").read_text(encoding="utf-8"))
    domains = {domain.slug: domain for domain in Domain.objects.all()}
    for item in data:
        concept = Concept.objects.create(name=item["name"], description=item.get("description", ""))
        order = 0
        for slug, terms in item["terms"].items():
            for term in dict.fromkeys(terms):
                if slug not in domains:
                    domains[slug] = Domain.objects.create(name=slug.capitalize(), slug=slug)
                ConceptTerm.objects.create(
                    concept=concept, domain=domains[slug], term=term, sort_order=order
                )
                order += 1
    return len(data)


def load_world(practices_file, concepts="independent"):
    from django.core.management import call_command

    from core.factories import get_home_page
    from practices.factories import get_practice_index
    from taxonomy.models import AgeGroup, Domain

    get_home_page()
    get_practice_index()
    for order, name in enumerate(DOMAINS):
        Domain.objects.get_or_create(
            name=name, defaults={"slug": name.lower(), "sort_order": order}
        )
    for label, (low, high) in AGE_GROUPS.items():
        AgeGroup.objects.get_or_create(label=label, defaults={"min_age": low, "max_age": high})
    load_concepts(concepts)
    call_command("import_practices", str(practices_file), stdout=StringIO())
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


def ours(query):
    from practices.models import PracticePage
    from search import service

    response = service.search(query, page_size=50)
    ids = []
    for result in response.results:
        page = result.page.specific if hasattr(result.page, "specific") else result.page
        if isinstance(page, PracticePage) and page.external_id:
            ids.append(page.external_id)
    return ids[:10]


def wagtail_default(query):
    from practices.models import PracticePage

    return [p.external_id for p in PracticePage.objects.live().search(query)[:10]]


def score(queries, engine):
    rows = defaultdict(list)
    took = []
    for q in queries:
        started = time.perf_counter()
        ranked = engine(q["query"])
        took.append(time.perf_counter() - started)
        judgments = q["judgments"]
        rows[q["kind"]].append((recall_at_10(ranked, judgments), ndcg_at_10(ranked, judgments)))
        rows["all"].append(rows[q["kind"]][-1])
    summary = {}
    for kind, values in rows.items():
        recalls = [r for r, _ in values if r is not None]
        summary[kind] = (
            len(values),
            sum(recalls) / len(recalls) if recalls else 0.0,
            sum(n for _, n in values) / len(values),
        )
    return summary, sorted(took)


def report(set_name, vendor, results, concepts):
    kinds = ["plain", "stemming", "cross_domain", "typo", "multiword", "parent", "all"]
    lines = [
        f"# Search on the `{set_name}` set, {vendor} database backend",
        "",
        f"Scored by `bench/search_eval/score.py` on {time.strftime('%Y-%m-%d')}: "
        "recall@10 (grade ≥ 2) and nDCG@10 (grades 1-3), practice hits only, anonymous "
        f"visitor. Concept list: `{concepts}` ({CONCEPT_SOURCES[concepts]}).",
        "",
        "| kind | queries | ours recall@10 | ours nDCG@10 | Wagtail default recall@10 "
        "| Wagtail default nDCG@10 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    ours_summary, ours_took = results["ours"]
    default_summary, _ = results["default"]
    for kind in kinds:
        if kind not in ours_summary:
            continue
        n, recall, ndcg = ours_summary[kind]
        _, d_recall, d_ndcg = default_summary[kind]
        label = f"**{kind}**" if kind == "all" else kind
        lines.append(
            f"| {label} | {n} | {recall:.2f} | {ndcg:.2f} | {d_recall:.2f} | {d_ndcg:.2f} |"
        )
    p50 = ours_took[len(ours_took) // 2] * 1000
    p95 = ours_took[int(len(ours_took) * 0.95) - 1] * 1000
    lines += [
        "",
        f"Our search per query (warm process, small set): p50 {p50:.0f} ms, p95 {p95:.0f} ms.",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(FILES), default="dev")
    parser.add_argument(
        "--concepts",
        choices=sorted(CONCEPT_SOURCES),
        default="independent",
        help="the editors' vocabulary to load",
    )
    parser.add_argument("--output", help="also write the report to this file")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="mao-eval-media-"))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        practices_file, queries_file = (SETS / name for name in FILES[args.set])
        load_world(practices_file, args.concepts)
        queries = read_jsonl(queries_file)
        results = {"ours": score(queries, ours), "default": score(queries, wagtail_default)}
        text = report(args.set, connection.vendor, results, args.concepts)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(text)  # noqa: T201
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
