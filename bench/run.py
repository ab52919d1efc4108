"""`make bench`: how fast is the production stack, measured against a static file.

    python -m bench.run --pages 10000 --duration 10 --output bench/results/latest.md

1. Starts PostgreSQL and a Redis instance of its own from Debian packages
   (deploy/services.sh), recreates the database `mao_bench`, migrates, builds the demo
   site plus generated practice examples up to `--pages`, indexes it for search and
   collects the static files. Production settings throughout (cms.settings.production,
   plain http on 127.0.0.1, no SSL redirect).
2. In this process: adds spaces up to 50 and members of 1, 10 and 50 spaces, logs them
   in (sessions in Redis and the database, as a login would), counts the queries of
   every request with Django's test client, and writes a static file of the same size
   as each page into STATIC_ROOT.
3. Starts gunicorn (2 workers) on 127.0.0.1 and runs the load generator
   (bench/load.py) in a second process: per page type, uncached (every request misses
   the page cache), cached and logged in, and the static file of the same size.
4. Writes the report: throughput, p50/p95/p99, ratio to the static file, queries, and
   the admin explorer for members of 1, 10 and 50 spaces against a superuser.

Exits non-zero when a request failed (the CI's short run checks exactly that); timings
never fail it.
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".bench"
DATABASE = "mao_bench"
REDIS_PORT = "6391"
PAGE_TYPES = [
    "home",
    "practice index (filtered)",
    "practice page",
    "space page",
    "article page",
    "search",
]


def log(message):
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(port):
    STATE.mkdir(exist_ok=True)
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"127.0.0.1,localhost,testserver,127.0.0.1:{port}",
        "DATABASE_URL": f"postgres://mao:mao@127.0.0.1:5432/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "STATIC_ROOT": str(STATE / "static"),
        "MEDIA_ROOT": str(STATE / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        # Indexing happens in bulk after seeding; no worker is needed during the run.
        "TASKS_BACKEND": "immediate",
        "SITE_URL": f"http://127.0.0.1:{port}",
    }


def sh(*command, env=None):
    subprocess.run(command, cwd=ROOT, env={**os.environ, **(env or {})}, check=True)  # noqa: S603


def manage(*args, env):
    sh(sys.executable, "manage.py", *args, env=env)


def prepare_database(env, pages):
    sh("deploy/services.sh", "start", env={"PG_DATABASE": "postgres", "REDIS_PORT": REDIS_PORT})
    import psycopg

    with psycopg.connect(
        "postgresql://mao:mao@127.0.0.1:5432/postgres", autocommit=True
    ) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    subprocess.run(  # noqa: S603
        ["redis-cli", "-p", REDIS_PORT, "flushall"],  # noqa: S607
        check=True,
        capture_output=True,
    )
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("seed_demo", env=env)
    manage("seed_demo", "--practices", str(pages), env=env)
    manage("collectstatic", "--noinput", "-v", "0", env=env)


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def make_people():
    """A superuser and members of 1, 10 and 50 spaces, each with a logged-in session."""
    from django.test import Client

    from cop.factories import CommunityPageFactory, get_space_index
    from cop.models import CommunityPage
    from members.factories import SuperUserFactory, UserFactory

    index = get_space_index("cop")
    spaces = list(CommunityPage.objects.child_of(index).order_by("path"))
    for n in range(len(spaces), 50):
        spaces.append(CommunityPageFactory(parent=index, title=f"Bench-community {n + 1}"))
    people = {"superuser": SuperUserFactory(email="bench-admin@example.org")}
    how = "memberships (members.Membership)"
    for count in (1, 10, 50):
        user = UserFactory(email=f"bench-lid-{count}@example.org")
        how = join_spaces(user, spaces[:count])
        people[f"member of {count}"] = user
    cookies = {}
    for name, user in people.items():
        client = Client()
        client.force_login(user)
        cookies[name] = f"sessionid={client.cookies['sessionid'].value}"
    return index, people, cookies, how


def join_spaces(user, spaces):
    try:
        from members.factories import MembershipFactory

        for space in spaces:
            if not user.memberships.filter(space=space).exists():
                MembershipFactory(user=user, space=space, status="active")
        return "memberships (members.Membership)"
    except (ImportError, LookupError):
        from django.contrib.auth.models import Group, Permission
        from wagtail.models import GroupPagePermission

        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        for space in spaces:
            group, _ = Group.objects.get_or_create(name=f"bench {space.pk}")
            for codename in ("add_page", "change_page"):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=space, permission=Permission.objects.get(codename=codename)
                )
            user.groups.add(group)
        return "GroupPagePermissions given directly (no Membership model yet)"


def pick_urls():
    from articles.models import ArticlePage
    from cop.models import CommunityPage
    from practices.models import PracticeIndexPage, PracticePage
    from taxonomy.models import Theme

    practice_index = PracticeIndexPage.objects.live().first()
    theme = Theme.objects.order_by("pk").first()
    practices = PracticePage.objects.live().public().order_by("path")
    total = practices.count()
    return {
        "home": "/",
        "practice index (filtered)": f"{practice_index.url}?thema={theme.slug}",
        "practice page": practices[total // 2].url,
        "space page": CommunityPage.objects.live().public().order_by("path").first().url,
        "article page": ArticlePage.objects.live().public().order_by("path").first().url,
        "search": "/zoeken/?q=thuiszitters",
    }, total


def count_queries(url, user=None):
    """Queries and size of one uncached request, through Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    if user is not None:
        client.force_login(user)
    client.get(url + ("&" if "?" in url else "?") + "warm=1")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url + ("&" if "?" in url else "?") + f"q{time.time_ns()}=1")
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code} in the test client")
    return len(queries), len(response.content)


def explorer_landing(url, user):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    response = client.get(url)
    return response["Location"] if response.status_code == 302 else url


def write_static_files(sizes):
    folder = STATE / "static" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, size in sizes.items():
        filename = f"{name.split()[0]}-{size}.html"
        (folder / filename).write_bytes(b"<!DOCTYPE html>" + b"x" * max(0, size - 15))
        paths[name] = f"/static/bench/{filename}"
    return paths


def start_gunicorn(env, port):
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env={**os.environ, **env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def run_load(port, runs):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bench.load"],
        cwd=ROOT,
        input=json.dumps({"host": "127.0.0.1", "port": port, "runs": runs}),
        capture_output=True,
        text=True,
        check=True,
    )
    return {item["name"]: item for item in json.loads(result.stdout)}


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{int(memory) // 1024 // 1024 + 1} GB"
    except (OSError, StopIteration):
        memory = "?"
    versions = {}
    for name, command in {
        "PostgreSQL": ["psql", "--version"],
        "Redis": ["redis-server", "--version"],
    }.items():
        try:
            versions[name] = subprocess.run(  # noqa: S603
                command, capture_output=True, text=True, check=False
            ).stdout.split("\n")[0]
        except OSError:
            versions[name] = "?"
    return cpu, os.cpu_count(), memory, versions


def report(args, results, queries, urls, statics, explorer, how, total, load_before, load_after):
    cpu, cores, memory, versions = machine()
    import django
    import gunicorn
    import wagtail

    lines = [
        "# Benchmark: the production stack against a static file",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Command: `{' '.join(['python -m bench.run', *sys.argv[1:]])}`"
        + (" (`make bench`)" if args.pages == 10000 else ""),
        f"- Machine: {cpu}, {cores} cores, {memory} RAM, {platform.platform()}",
        f"- Stack: Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, gunicorn {gunicorn.__version__} (2 sync workers), "
        f"{versions['PostgreSQL']}, {versions['Redis']} (the shared cache), WhiteNoise for "
        "static files, Wagtail's database search backend (PostgreSQL, `dutch`)",
        f"- Content: {total} live practice pages plus the demo site",
        f"- Load: keep-alive connections from a second process (bench/load.py, Python "
        f"threads) on 127.0.0.1: {args.concurrency} for the static and cached rows "
        f"(throughput: more connections than workers keep the server saturated), "
        f"{args.latency_concurrency} for the uncached and member rows (latency: one per "
        "gunicorn worker, so p95 is the time a request takes, not the time it queues "
        f"behind others); {args.duration} s or {args.max_requests} requests per row, "
        "whichever ends first",
        f"- Load average before / after: {load_before} / {load_after}",
        *contention_note(load_before, cores),
        "",
        "**Uncached** means every request misses the page cache (a counter in the query "
        "string); Wagtail's per-process caches and PostgreSQL's buffers are warm. "
        "**Cached** is an anonymous visitor served from Redis. **Member** is logged in "
        "(never cached). **Static** is a file of the same size as the anonymous page, "
        "served by the same gunicorn through WhiteNoise in the same run; *ratio* is the "
        "row's throughput divided by that static file's. Queries are counted per request "
        "with Django's test client (uncached).",
        "",
        "| page | mode | req/s | p50 ms | p95 ms | p99 ms | ratio to static | queries | bytes "
        "| errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in PAGE_TYPES:
        static = results[f"{page} / static"]
        for mode in ("static", "uncached", "cached", "member"):
            row = results[f"{page} / {mode}"]
            ratio = row["throughput"] / static["throughput"] if static["throughput"] else 0
            query = queries.get((page, mode), "")
            lines.append(
                f"| {page} | {mode} | {row['throughput']:.0f} | {row['p50_ms']:.1f} | "
                f"{row['p95_ms']:.1f} | {row['p99_ms']:.1f} | "
                f"{'' if mode == 'static' else f'{ratio:.2f}'} | {query} | {row['bytes']} | "
                f"{row['errors']} |"
            )
    lines += [
        "",
        f"URLs: {', '.join(f'{name} `{url}`' for name, url in urls.items())}.",
        "",
        "The search rows repeat one query: after its first request the hits come from the "
        "result cache (docs/search.md), as they do for a query many people make; what the "
        "page still costs is filtering, paging and rendering. A query nobody made since "
        "the last publish costs more: `make bench-search` measures 60 distinct ones "
        "(bench/results/search-*.md).",
        "",
        "## Admin explorer",
        "",
        f"The page listing of the communities index (`{explorer['url']}`; a member of one "
        "space lands on that space, Wagtail's explorable root), sequential requests over "
        f"one connection. Members reach their spaces through {how}.",
        "",
        "| who | URL | p50 ms | p95 ms | queries | × superuser (p50) | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    base = results["explorer / superuser"]["p50_ms"] or 1
    for who in ("superuser", "member of 1", "member of 10", "member of 50"):
        row = results[f"explorer / {who}"]
        lines.append(
            f"| {who} | `{explorer['urls'][who]}` | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | "
            f"{explorer['queries'][who]} | {row['p50_ms'] / base:.2f} | {row['errors']} |"
        )
    errors = [
        f"- {name}: {sample}" for name, row in results.items() for sample in row["error_samples"]
    ]
    lines += ["", "## Targets (2 cores)", ""]
    lines += targets(results)
    if errors:
        lines += ["", "## Errors", "", *errors]
    return "\n".join(lines) + "\n", bool(errors)


def contention_note(load_average, cores):
    try:
        busy = float(load_average.split()[0]) > (cores or 1)
    except (ValueError, IndexError):
        busy = False
    if not busy:
        return []
    return [
        "",
        "**The machine was shared with other work during this run** (load average above "
        "the number of cores): absolute timings are pessimistic, the uncached ones most "
        "(each request waits for CPU several times: app, PostgreSQL, Redis). Ratios within "
        "the run (cached against static, member against superuser) are fairer than the "
        "absolute figures. Run `make bench` on an idle machine for the real numbers.",
    ]


def targets(results):
    rows = []
    cached = [
        results[f"{p} / cached"]["throughput"] / results[f"{p} / static"]["throughput"]
        for p in PAGE_TYPES
    ]
    rows.append(
        f"- Cached anonymous pages at least half the static throughput: "
        f"lowest ratio {min(cached):.2f} ({'met' if min(cached) >= 0.5 else 'not met'})."
    )
    p95 = max(results[f"{p} / uncached"]["p95_ms"] for p in PAGE_TYPES)
    rows.append(
        f"- Uncached p95 under 150 ms: highest {p95:.0f} ms ({'met' if p95 < 150 else 'not met'})."
    )
    ratio = (results["explorer / member of 50"]["p50_ms"] or 0) / (
        results["explorer / superuser"]["p50_ms"] or 1
    )
    rows.append(
        f"- Member of 50 spaces within 2× a superuser in the explorer: {ratio:.2f}× "
        f"({'met' if ratio <= 2 else 'not met'})."
    )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per row")
    parser.add_argument("--max-requests", type=int, default=20000, help="requests per row")
    parser.add_argument("--concurrency", type=int, default=4, help="static and cached rows")
    parser.add_argument(
        "--latency-concurrency",
        type=int,
        default=2,
        help="uncached and member rows (default: one per gunicorn worker)",
    )
    parser.add_argument("--output", default="bench/results/latest.md")
    parser.add_argument("--keep", action="store_true", help="keep the database after the run")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database of a --keep run, no seeding"
    )
    args = parser.parse_args()
    if not shutil.which("redis-server") or not shutil.which("pg_ctlcluster"):
        raise SystemExit(
            "make bench needs PostgreSQL and Redis: apt-get install postgresql redis-server"
        )

    port = free_port()
    env = production_env(port)
    log(f"seeding {args.pages} practice pages into {DATABASE}")
    if args.reuse:
        sh("deploy/services.sh", "start", env={"PG_DATABASE": DATABASE, "REDIS_PORT": REDIS_PORT})
        manage("collectstatic", "--noinput", "-v", "0", env=env)
    else:
        prepare_database(env, args.pages)
    setup_django(env)

    log("members, sessions, query counts")
    index, people, cookies, how = make_people()
    urls, total = pick_urls()
    queries, sizes = {}, {}
    for page, url in urls.items():
        queries[(page, "uncached")], sizes[page] = count_queries(url)
        queries[(page, "member")], _size = count_queries(url, people["member of 10"])
        queries[(page, "cached")] = 0
    statics = write_static_files(sizes)
    explorer_url = f"/admin/pages/{index.pk}/"
    explorer = {"url": explorer_url, "urls": {}, "queries": {}}
    for who, user in people.items():
        # Someone with one space lands on that space: Wagtail's explorable root.
        url = explorer_landing(explorer_url, user)
        explorer["urls"][who] = url
        explorer["queries"][who] = count_queries(url, user)[0]
    from django.db import connections

    connections.close_all()

    log(f"gunicorn on 127.0.0.1:{port}")
    server = start_gunicorn(env, port)
    common = {
        "concurrency": args.concurrency,
        "duration": args.duration,
        "max_requests": args.max_requests,
    }
    runs = []
    for page, url in urls.items():
        runs += [
            {"name": f"{page} / warm-up", "paths": [url], **{**common, "max_requests": 20}},
            {"name": f"{page} / static", "paths": [statics[page]], **common},
            {
                "name": f"{page} / uncached",
                "paths": [url],
                "unique": True,
                **{**common, "concurrency": args.latency_concurrency},
            },
            {"name": f"{page} / cached", "paths": [url], **common},
            {
                "name": f"{page} / member",
                "paths": [url],
                "cookie": cookies["member of 10"],
                **{**common, "concurrency": args.latency_concurrency},
            },
        ]
    for who in ("superuser", "member of 1", "member of 10", "member of 50"):
        runs.append(
            {
                "name": f"explorer warm-up / {who}",
                "paths": [explorer["urls"][who]],
                "cookie": cookies[who],
                "concurrency": 2,
                "duration": 30,
                "max_requests": 4,
            }
        )
        runs.append(
            {
                "name": f"explorer / {who}",
                "paths": [explorer["urls"][who]],
                "cookie": cookies[who],
                "concurrency": 1,
                "duration": max(4.0, args.duration / 2),
                "max_requests": 200,
            }
        )
    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    try:
        log(f"load: {len(runs)} rows of up to {args.duration} s")
        results = run_load(port, runs)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])

    text, failed = report(
        args, results, queries, urls, statics, explorer, how, total, load_before, load_after
    )
    output = ROOT / args.output
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    print(text)
    if not args.keep:
        import psycopg

        with psycopg.connect(
            "postgresql://mao:mao@127.0.0.1:5432/postgres", autocommit=True
        ) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    sh("deploy/services.sh", "stop", env={"REDIS_PORT": REDIS_PORT})
    if failed:
        raise SystemExit("bench: some requests failed (see the report)")
    log(f"report in {args.output}")


if __name__ == "__main__":
    main()
