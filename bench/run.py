"""`make bench`: how fast is the production stack, measured against the static floor.

    python -m bench.run --pages 10000 --duration 10 --output bench/results/latest.md

1. Starts PostgreSQL and a Redis instance of its own from Debian packages
   (deploy/services.sh), recreates the database `mao_bench`, migrates, builds the demo
   site plus generated practice examples up to `--pages`, indexes it for search and
   collects the static files. Production settings throughout (cms.settings.production,
   plain http on 127.0.0.1, no SSL redirect).
2. In this process: adds spaces up to 50 and members of 1, 10 and 50 spaces, logs them
   in (sessions in Redis and the database, as a login would), counts the queries of
   every request with Django's test client, and writes a static file of the same size
   as each page into STATIC_ROOT: the static floor.
3. Starts gunicorn (production config, 2 sync workers) on 127.0.0.1 and drives it with
   wrk (bench/load.py), one row at a time: per page type the static file of the same
   size, the page from the page cache, uncached (every request misses the page cache)
   and logged in; then the admin explorer for members of 1, 10 and 50 spaces and a
   superuser. Around each row it reads the CPU time of the gunicorn master and workers
   from /proc (utime + stime, exited children included: a recycled worker's time is
   not lost), of the PostgreSQL backends of `mao_bench` and of the bench's Redis.
4. Writes the report: req/s, p50/p99, server CPU milliseconds per request, the ratio
   to the static floor measured in the same run, queries.

Exits non-zero when a request failed (the CI's short run checks exactly that: wrk's
socket errors, timeouts and non-2xx/3xx answers, a probe that is not 200, answers
smaller than the page); timings never fail it.
"""

import argparse
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

from bench.load import probe, run_row, wrk_version

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
        # Production's config, but no worker recycling: at the bench's rates
        # `max_requests` would restart a worker every few seconds, and its warm-up would
        # land in whichever row was running.
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "--max-requests", "0"],
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


TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    """(ppid, utime + stime + cutime + cstime in ticks) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[1]), sum(int(value) for value in fields[11:15])


def _processes():
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            yield int(entry.name)


def gunicorn_seconds(master):
    """CPU seconds of the gunicorn master and its workers, their exited children (a
    recycled worker, reaped by the master) included."""
    total = 0
    for pid in _processes():
        try:
            ppid, ticks = _stat(pid)
        except (OSError, ValueError, IndexError):
            continue
        if pid == master or ppid == master:
            total += ticks
    return total / TICK


def backing_seconds(redis_client):
    """({backend pid: CPU ticks} of the PostgreSQL backends of the bench database,
    Redis's CPU seconds)."""
    backends = {}
    needle = f" {DATABASE} ".encode()
    for pid in _processes():
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if cmdline.startswith(b"postgres:") and needle in cmdline:
                backends[pid] = _stat(pid)[1]
        except (OSError, ValueError, IndexError):
            continue
    info = redis_client.info("cpu")
    return backends, info["used_cpu_sys"] + info["used_cpu_user"]


def backing_delta(before, after):
    """CPU seconds of PostgreSQL (backends alive at the end; one that exited during the
    row is missed) and Redis between two readings."""
    postgres = sum(ticks - before[0].get(pid, 0) for pid, ticks in after[0].items()) / TICK
    return postgres + after[1] - before[1]


class Rows:
    """Runs the rows against one gunicorn and keeps their results."""

    def __init__(self, port, master, redis_client, args):
        self.host, self.port, self.master = "127.0.0.1", port, master
        self.base = f"http://{self.host}:{port}"
        self.redis, self.args = redis_client, args
        self.run_id = str(time.time_ns())
        self.results = {}

    def warm(self, path, cookie=None, times=5):
        return probe(self.host, self.port, path, cookie, times=times)

    def measure(self, path, *, connections, threads, duration, cookie=None, unique=False):
        """One wrk run with the server's CPU time around it (a part of a row)."""
        probe_path = path
        if unique:
            probe_path += ("&" if "?" in path else "?") + f"bench=probe-{self.run_id}"
        status, size, cache_state = probe(self.host, self.port, probe_path, cookie)
        app_before = gunicorn_seconds(self.master)
        backing_before = backing_seconds(self.redis)
        part = run_row(
            self.base,
            path,
            duration=duration,
            connections=connections,
            threads=threads,
            cookie=cookie,
            unique=unique,
            run_id=self.run_id,
        )
        part["app_s"] = gunicorn_seconds(self.master) - app_before
        part["backing_s"] = backing_delta(backing_before, backing_seconds(self.redis))
        part.update(path=path, probe_status=status, probe_bytes=size, cache=cache_state)
        if status != 200:
            part["errors"] += 1
            part["error_samples"].append(f"{probe_path}: probe answered {status}")
        elif part["requests"] and part["bytes"] < 0.8 * size:
            part["errors"] += 1
            part["error_samples"].append(
                f"{path}: {part['bytes']} bytes per answer, the page has {size}: not the page"
            )
        return part

    def keep(self, name, parts):
        """A row from its parts: requests, seconds and CPU summed; p50 the mean of the
        parts' p50 weighted by requests, p99 the highest part's."""
        requests = sum(part["requests"] for part in parts)
        seconds = sum(part.get("seconds", 0) for part in parts) or 1
        weight = requests or 1
        row = {
            "name": name,
            "parts": len(parts),
            "requests": requests,
            "throughput": requests / seconds,
            "p50_ms": sum(part["p50_ms"] * part["requests"] for part in parts) / weight,
            "p99_ms": max(part["p99_ms"] for part in parts),
            "app_cpu_ms": sum(part["app_s"] for part in parts) * 1000 / weight,
            "backing_cpu_ms": sum(part["backing_s"] for part in parts) * 1000 / weight,
            "probe_bytes": parts[0]["probe_bytes"],
            "cache": parts[0]["cache"],
            "errors": sum(part["errors"] for part in parts),
            "error_samples": [sample for part in parts for sample in part["error_samples"]],
        }
        self.results[name] = row
        log(
            f"{name}: {row['throughput']:.0f} req/s, p50 {row['p50_ms']:.1f} ms, "
            f"app CPU {row['app_cpu_ms']:.2f} ms/req, errors {row['errors']}"
        )
        return row

    def run(self, name, path, **options):
        options.setdefault("duration", self.args.duration)
        return self.keep(name, [self.measure(path, **options)])

    def interleaved(self, rows, **options):
        """`rows` ({name: path}) in `--rounds` rounds, A B A B: the static floor and the
        cached page are measured under the same background load."""
        rounds = max(1, self.args.rounds)
        parts = {name: [] for name in rows}
        for _ in range(rounds):
            for name, path in rows.items():
                parts[name].append(
                    self.measure(path, duration=self.args.duration / rounds, **options)
                )
        for name, row_parts in parts.items():
            self.keep(name, row_parts)


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


MODES = ("static", "cached", "uncached", "member")


def report(args, results, queries, urls, explorer, how, total, load_before, load_after):
    cpu, cores, memory, versions = machine()
    import django
    import gunicorn
    import wagtail

    lines = [
        "# Benchmark: the production stack against the static floor",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Command: `{' '.join(['python -m bench.run', *sys.argv[1:]])}`"
        + (" (`make bench`)" if args.pages == 10000 and not args.skip else ""),
        f"- Machine: {cpu}, {cores} cores, {memory} RAM, {platform.platform()}",
        f"- Stack: Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, gunicorn {gunicorn.__version__} (deploy/gunicorn.conf.py: "
        f"2 sync workers; its worker recycling off for the run), {versions['PostgreSQL']}, "
        f"{versions['Redis']} (the shared cache), WhiteNoise for static files, Wagtail's "
        "database search backend (PostgreSQL, `dutch`)",
        f"- Content: {total} live practice pages plus the demo site",
        *(
            [f"- Left out (`--skip`): {', '.join(args.skip)}; not measured in this run"]
            if args.skip
            else []
        ),
        f"- Load: {wrk_version() or 'wrk'} on the same machine, one row at a time, "
        f"{args.duration:g} s per row: static and cached rows `-t{args.threads} "
        f"-c{args.connections}` (more connections than workers: the server is saturated), "
        f"alternating in {args.rounds} parts each (static, cached, static, ...: both under "
        "the same background load), "
        f"uncached and member rows `-t1 -c{args.latency_connections}` (one per worker: "
        "p50/p99 is the time a request takes, not time queued), the explorer `-t1 -c1`; "
        "`--timeout 30s`. gunicorn's sync workers close the connection after each answer, "
        "so every request is a new TCP connection, for the static file as for a page.",
        f"- Load average before / after: {load_before} / {load_after}",
        *contention_note(load_before, cores),
        "",
        "**Static** is a file of the same size as the anonymous page, served by the same "
        "gunicorn through WhiteNoise in the same run, right before the page's rows: the "
        "floor. **Cached** is an anonymous visitor served from the page cache in Redis "
        "(the probe's X-Page-Cache is shown). **Uncached** misses the page cache on every "
        "request (a unique query string); Wagtail's per-process caches, the per-generation "
        "data and PostgreSQL's buffers are warm. **Member** is logged in (a member of 10 "
        "spaces; never page-cached). *App CPU* is the CPU time of the gunicorn master and "
        "workers during the row divided by the requests; *PG+Redis CPU* that of the "
        "PostgreSQL backends of the bench database and of Redis (the load generator's own "
        "CPU is in neither). *÷ static* is the row's req/s divided by the static floor's; "
        "*× static CPU* its app CPU per request divided by the static floor's (less "
        "sensitive to other work on the machine than req/s). For rows in parts, p50 is the "
        "parts' p50 weighted by requests and p99 the highest part's. "
        "Queries are counted per request with Django's test client (uncached).",
        "",
        "| page | mode | req/s | p50 ms | p99 ms | app CPU ms/req | PG+Redis CPU ms/req "
        "| ÷ static | × static CPU | queries | bytes | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in PAGE_TYPES:
        static = results[f"{page} / static"]["throughput"]
        static_cpu = results[f"{page} / static"]["app_cpu_ms"]
        for mode in MODES:
            row = results[f"{page} / {mode}"]
            ratio = row["throughput"] / static if static else 0
            cpu_ratio = row["app_cpu_ms"] / static_cpu if static_cpu else 0
            shown_mode = f"cached ({row['cache']})" if mode == "cached" else mode
            lines.append(
                f"| {page} | {shown_mode} | {row['throughput']:.0f} | {row['p50_ms']:.1f} | "
                f"{row['p99_ms']:.1f} | {row['app_cpu_ms']:.2f} | {row['backing_cpu_ms']:.2f} | "
                f"{ratio:.2f} | {cpu_ratio:.1f} | {queries.get((page, mode), '')} | "
                f"{row['probe_bytes']} | "
                f"{row['errors']} |"
            )
    lines += [
        "",
        f"URLs: {', '.join(f'{name} `{url}`' for name, url in urls.items())}.",
        *(
            [
                "",
                "The search rows repeat one query: after its first request the hits come from the "
                "result cache (docs/search.md), as they do for a query many people make. A query "
                "nobody made since the last publish costs more: `make bench-search` measures 60 "
                "distinct ones (bench/results/search-*.md).",
            ]
            if "search" in PAGE_TYPES
            else []
        ),
        "",
        "## Admin explorer",
        "",
        f"The page listing of the communities index (`{explorer['url']}`; a member of one "
        "space lands on that space, Wagtail's explorable root), one connection "
        f"(`wrk -t1 -c1`). Members reach their spaces through {how}.",
        "",
        "| who | URL | p50 ms | p99 ms | app CPU ms/req | queries | × superuser (p50) | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    base = results["explorer / superuser"]["p50_ms"] or 1
    for who in EXPLORER_PEOPLE:
        row = results[f"explorer / {who}"]
        lines.append(
            f"| {who} | `{explorer['urls'][who]}` | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | "
            f"{row['app_cpu_ms']:.1f} | {explorer['queries'][who]} | "
            f"{row['p50_ms'] / base:.2f} | {row['errors']} |"
        )
    errors = [
        f"- {name}: {sample}" for name, row in results.items() for sample in row["error_samples"]
    ]
    lines += ["", "## Targets (issue 19; reported, never failing the run)", ""]
    lines += targets(results)
    if errors:
        lines += ["", "## Errors", "", *errors]
    return "\n".join(lines) + "\n", bool(errors)


EXPLORER_PEOPLE = ("superuser", "member of 1", "member of 10", "member of 50")
# The pages issue 19 sets a CPU budget for (search has its own issue).
BUDGET_PAGES = [page for page in PAGE_TYPES if page != "search"]


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
        "the number of cores): absolute timings and req/s are pessimistic, the uncached "
        "ones most (each request waits for CPU several times: app, PostgreSQL, Redis), and "
        "CPU per request is inflated by cache misses and context switches. Ratios within "
        "the run (a row against its static floor, measured minutes apart at most) are "
        "fairer than the absolute figures. Run `make bench` on an idle machine for the "
        "real numbers.",
    ]


def targets(results):
    def met(ok):
        return "met" if ok else "not met"

    cached = {p: results[f"{p} / cached"]["throughput"] for p in PAGE_TYPES}
    ratios = {p: cached[p] / (results[f"{p} / static"]["throughput"] or 1) for p in PAGE_TYPES}
    lowest = min(ratios, key=ratios.get)
    uncached = {
        p: results[f"{p} / uncached"]["app_cpu_ms"] + results[f"{p} / uncached"]["backing_cpu_ms"]
        for p in BUDGET_PAGES
    }
    member = {
        p: results[f"{p} / member"]["app_cpu_ms"] + results[f"{p} / member"]["backing_cpu_ms"]
        for p in BUDGET_PAGES
    }
    worst_uncached = max(uncached, key=uncached.get)
    worst_member = max(member, key=member.get)
    explorer = (results["explorer / member of 50"]["p50_ms"] or 0) / (
        results["explorer / superuser"]["p50_ms"] or 1
    )
    cpu = {
        p: results[f"{p} / static"]["app_cpu_ms"] / (results[f"{p} / cached"]["app_cpu_ms"] or 1)
        for p in PAGE_TYPES
    }
    cheapest = min(cpu, key=cpu.get)
    return [
        f"- Cached pages at least 0.8 of the static floor, every row: lowest "
        f"{ratios[lowest]:.2f} ({lowest}) ({met(ratios[lowest] >= 0.8)}). By CPU per request "
        f"(static's ÷ cached's): lowest {cpu[cheapest]:.2f} ({cheapest}).",
        f"- Server CPU (app + PostgreSQL + Redis) per uncached request at most 15 ms: highest "
        f"{uncached[worst_uncached]:.1f} ms ({worst_uncached}) "
        f"({met(uncached[worst_uncached] <= 15)}).",
        f"- The same for a logged-in member at most 20 ms: highest {member[worst_member]:.1f} ms "
        f"({worst_member}) ({met(member[worst_member] <= 20)}).",
        f"- Member of 50 spaces within 2× a superuser in the explorer (p50): {explorer:.2f}× "
        f"({met(explorer <= 2)}).",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per row")
    parser.add_argument(
        "--connections", type=int, default=8, help="wrk connections, static and cached rows"
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads, same rows")
    parser.add_argument(
        "--latency-connections",
        type=int,
        default=2,
        help="uncached and member rows (default: one per gunicorn worker)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="static and cached rows alternate in this many parts of duration/rounds",
    )
    parser.add_argument("--output", default="bench/results/latest.md")
    parser.add_argument("--keep", action="store_true", help="keep the database after the run")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database of a --keep run, no seeding"
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=PAGE_TYPES,
        help="leave a page type out (the report says so); may be repeated",
    )
    args = parser.parse_args()
    PAGE_TYPES[:] = [page for page in PAGE_TYPES if page not in args.skip]
    BUDGET_PAGES[:] = [page for page in BUDGET_PAGES if page not in args.skip]
    if not shutil.which("redis-server") or not shutil.which("pg_ctlcluster"):
        raise SystemExit(
            "make bench needs PostgreSQL and Redis: apt-get install postgresql redis-server"
        )
    if not wrk_version():
        raise SystemExit("make bench needs wrk: apt-get install wrk")

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
    urls = {page: url for page, url in urls.items() if page in PAGE_TYPES}
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
    import redis

    redis_client = redis.Redis(host="127.0.0.1", port=int(REDIS_PORT))

    log(f"gunicorn on 127.0.0.1:{port}")
    server = start_gunicorn(env, port)
    rows = Rows(port, server.pid, redis_client, args)
    throughput = {"connections": args.connections, "threads": args.threads}
    latency = {"connections": args.latency_connections, "threads": 1}
    member = cookies["member of 10"]
    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    try:
        for page, url in urls.items():
            log(f"{page}: warm-up")
            rows.warm(url)
            rows.warm(url, member)
            # Untimed: both workers build their per-process caches for this page type.
            run_row(rows.base, url, duration=2, unique=True, run_id=f"warm{rows.run_id}", **latency)
            rows.interleaved(
                {f"{page} / static": statics[page], f"{page} / cached": url}, **throughput
            )
            rows.run(f"{page} / uncached", url, unique=True, **latency)
            rows.run(f"{page} / member", url, cookie=member, **latency)
        for who in EXPLORER_PEOPLE:
            rows.warm(explorer["urls"][who], cookies[who], times=4)
            rows.run(
                f"explorer / {who}",
                explorer["urls"][who],
                cookie=cookies[who],
                connections=1,
                threads=1,
                duration=max(4.0, args.duration / 2),
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])

    text, failed = report(
        args, rows.results, queries, urls, explorer, how, total, load_before, load_after
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
