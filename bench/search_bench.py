"""Search benchmark: latency of plain, filtered, faceted, multiword, expanded and
autocomplete queries (100 distinct ones of each, cold), and `update_index` throughput, at
10,000 generated practice pages (not part of the test suite).

    python bench/search_bench.py                       # database backend of DATABASE_URL
    python bench/search_bench.py --backend opensearch  # OpenSearch (osmem-server, started here)

The database defaults to a SQLite file of its own in the temp folder, so the
benchmark never touches db.sqlite3; set DATABASE_URL for PostgreSQL. The first run
migrates and seeds (`seed_demo --practices N`), later runs reuse it. Figures go to
bench/results/search-<backend>.json and .md.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

# Filters a person picks after a first search, cycled over the queries.
FILTERS = [
    {"domein": ["onderwijs"]},
    {"domein": ["jeugd"], "type": ["practicepage"]},
    {"leeftijd": ["4-12"]},
    {"domein": ["zorg", "jeugd"], "leeftijd": ["12-18"]},
]
DISTINCT = 100


def distinct_queries(count=DISTINCT, seed=7):
    """`count` distinct queries of each kind, drawn from the seeded pages and the
    concept vocabulary (not from a list that fits the ranking): plain (1-3 words of a
    title), multiword (4-8 words of a summary), expanded (a concept term, with a word
    of a title), and autocomplete prefixes (3-6 letters of a title word)."""
    import random

    from practices.models import PracticePage
    from search import dutch
    from search.vocabulary import tokenize
    from taxonomy.models import ConceptTerm

    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    rows = list(PracticePage.objects.values_list("title", "summary").order_by("pk"))
    rng.shuffle(rows)

    def content(text):
        return [w for w in tokenize(text) if len(w) > 3 and not dutch.is_stop_word(w)]

    kinds = {"plain": [], "multiword": [], "expanded": [], "autocomplete": []}
    terms = sorted({t.lower() for t in ConceptTerm.objects.values_list("term", flat=True)})
    rng.shuffle(terms)
    for index, (title, summary) in enumerate(rows):
        words, long = content(title), tokenize(summary)
        if words:
            start = rng.randrange(len(words))
            kinds["plain"].append(" ".join(words[start : start + rng.randint(1, 3)]))
            word = rng.choice(words)
            kinds["autocomplete"].append(word[: rng.randint(3, min(6, len(word)))])
        if len(long) >= 8:
            size = rng.randint(4, 8)
            start = rng.randrange(len(long) - size + 1)
            kinds["multiword"].append(" ".join(long[start : start + size]))
        if terms and words:
            kinds["expanded"].append(f"{terms[index % len(terms)]} {rng.choice(words)}")
        if all(len(set(values)) >= count for values in kinds.values()):
            break
    return {kind: list(dict.fromkeys(values))[:count] for kind, values in kinds.items()}


def percentile(values, pct):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn, runs):
    samples = []
    for i in range(runs):
        started = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - started) * 1000)
    return {
        "runs": runs,
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(percentile(samples, 95), 1),
        "max_ms": round(max(samples), 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["database", "opensearch"], default="database")
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=DISTINCT, help="distinct queries per kind")
    parser.add_argument("--skip-reindex", action="store_true")
    parser.add_argument("--skip-migrate", action="store_true")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    default_db = Path(tempfile.gettempdir()) / "mao-search-bench.sqlite3"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{default_db}")
    # Every query cold: no result cache (docs/search.md), which would answer the repeats.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    server = None
    if args.backend == "opensearch":
        from osmem_server import OsmemServer

        server = OsmemServer.start(japanese=False)
        os.environ["OPENSEARCH_URL"] = server.url
        os.environ.setdefault("SEARCH_TIMEOUT", "30")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page

    from practices.models import PracticePage
    from search import service

    if not args.skip_migrate:
        call_command("migrate", verbosity=0)
    if not Page.objects.filter(depth=2).exists():
        call_command("seed_demo", stdout=StringIO())
    have = PracticePage.objects.count()
    if have < args.practices:
        started = time.perf_counter()
        call_command("seed_demo", practices=args.practices - have, stdout=StringIO())
        print(f"seeded {args.practices - have} practices in {time.perf_counter() - started:.0f} s")

    pages = Page.objects.count()
    index = {}
    if not args.skip_reindex or server is not None:
        out = StringIO()
        started = time.perf_counter()
        call_command("update_index", backend_name="default", stdout=out)
        seconds = time.perf_counter() - started
        index = {
            "documents": pages,
            "seconds": round(seconds, 1),
            "docs_per_second": round(pages / seconds),
        }
        print(f"update_index: {pages} documents in {seconds:.1f} s")

    draws = distinct_queries()
    plain, multiword = draws["plain"], draws["multiword"]
    expanded, prefixes = draws["expanded"], draws["autocomplete"]
    queries = {
        "plain": lambda i: service.search(plain[i], expand=False),
        "filtered": lambda i: service.search(plain[i], filters=FILTERS[i % len(FILTERS)]),
        "faceted_sorted_page2": lambda i: service.search(
            plain[i], filters=FILTERS[i % len(FILTERS)], sort="datum", page=2
        ),
        "multiword": lambda i: service.search(multiword[i]),
        "expanded": lambda i: service.search(expanded[i]),
        "autocomplete": lambda i: service.autocomplete(prefixes[i]),
    }
    # What is the same for everyone is built once per generation (the words of the
    # typo correction and the compounds, the catalogue of the live pages): timed apart,
    # then every query is cold.
    started = time.perf_counter()
    service.search("warm")
    once = round((time.perf_counter() - started) * 1000, 1)
    runs = min(args.runs, *(len(v) for v in draws.values()))
    latency = {name: timed(fn, runs) for name, fn in queries.items()}
    totals = {q: service.search(q).total for q in plain[:5]}

    label = "opensearch3-osmem" if server else f"database-{connection.vendor}"
    result = {
        "backend": label,
        "practices": PracticePage.objects.count(),
        "pages": pages,
        "max_hits": service.MAX_HITS,
        "update_index": index,
        "latency_ms": latency,
        "once_per_generation_ms": once,
        "distinct_queries": runs,
        "result_counts": totals,
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cpus, Python {platform.python_version()}, "
            f"load average {os.getloadavg()[1]:.1f} over the last 5 minutes"
        ),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"search-{label}.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        f"# Search benchmark: {label}",
        "",
        f"{result['practices']} practices, {pages} pages; {result['machine']}; {result['date']}.",
        "",
        f"Every query distinct and cold (no result cache); {runs} per kind. Built once per "
        f"cache generation before the first search (the viewer's words for corrections "
        f"and compounds, the catalogue of the live pages): {once} ms.",
        "",
        "| query | runs | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {name} | {v['runs']} | {v['p50_ms']} | {v['p95_ms']} | {v['max_ms']} |"
        for name, v in latency.items()
    ]
    if index:
        lines += [
            "",
            f"update_index: {index['documents']} documents in {index['seconds']} s"
            f" = {index['docs_per_second']} documents/s",
        ]
    (RESULTS / f"search-{label}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if server is not None:
        server.close()


if __name__ == "__main__":
    main()
