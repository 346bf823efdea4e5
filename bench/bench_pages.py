#!/usr/bin/env python
"""Server time and query count of Radar's busiest pages on a large database.

Needs a database filled with `radar demo` and `radar demo --households 100000`
(see bench/README.md or bench/run.sh). Logs in as outreacher1 and teamlead1 with
django.test.Client (force_login, no HTTP server) and, per page, does a few warm-up
requests and then N measured ones: wall time of client.get() in ms (p50, p95, max) and
the number of SQL queries (django.test.utils.CaptureQueriesContext).

On a shared machine the wall time also holds the time spent waiting for a core, so each
request's CPU time is measured as well: this process's (view, templates, and SQLite) plus,
on a local PostgreSQL, the server process's (/proc/<pid>/schedstat). It is what the request
costs, whatever else runs; the wall time is what a user waits.

    DJANGO_SETTINGS_MODULE=config.settings DEBUG=1 .venv/bin/python bench/bench_pages.py
    ... bench/bench_pages.py -n 100 --only dossier --queries   # the slowest SQL per page

Same settings and database environment as the app: RADAR_DATA_DIR for SQLite,
DATABASE_URL for PostgreSQL.
"""

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from radar.accounts.models import User  # noqa: E402
from radar.contacts.models import ContactMoment  # noqa: E402
from radar.households.models import Household, Member  # noqa: E402
from radar.households.selectors import visible_households  # noqa: E402

SEARCH_SURNAME = "Peeters"  # the most common surname of the generated families


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the value below which p% of the measurements lie."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def client_for(username: str) -> Client:
    # HTTP_HOST: a host in the default ALLOWED_HOSTS, without setup_test_environment()
    # (which would add template instrumentation and skew the timings).
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    client.force_login(User.objects.get(username=username))
    return client


def dossier_urls(user, count: int, rng: random.Random) -> list[str]:
    """Dossiers of random households this user may see that have contacts."""
    ids = list(
        visible_households(user)
        .filter(last_attempt_at__isnull=False)
        .order_by()
        .values_list("pk", flat=True)
    )
    if not ids:
        raise SystemExit(f"{user.username} sees no household with contacts: run `radar demo`.")
    return [f"/households/{pk}/" for pk in rng.sample(ids, min(count, len(ids)))]


class PageError(Exception):
    pass


def _backend_pid() -> int | None:
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _cpu_ns(pid: int | None) -> int | None:
    """Nanoseconds this process (and the database server process `pid`) ran on a CPU."""
    own = time.process_time_ns()
    if pid is None:
        return own
    try:
        with open(f"/proc/{pid}/schedstat") as stat:  # a local server only
            return own + int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def measure(client: Client, urls: list[str], warmup: int, keep_queries: bool) -> dict:
    """GET each url (cycling), after `warmup` unmeasured requests."""
    for i in range(warmup):
        url = urls[(len(urls) - 1 - i) % len(urls)]
        response = client.get(url)
        if response.status_code != 200:
            raise PageError(f"GET {url} -> {response.status_code}")
    times, cpus, counts, slowest = [], [], [], []
    for url in urls:
        pid = _backend_pid()
        with CaptureQueriesContext(connection) as queries:
            cpu_before = _cpu_ns(pid)
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            cpu_after = _cpu_ns(pid)
        if response.status_code != 200:
            raise PageError(f"GET {url} -> {response.status_code}")
        times.append(elapsed)
        if cpu_before is not None and cpu_after is not None and _backend_pid() == pid:
            cpus.append((cpu_after - cpu_before) / 1e6)
        counts.append(len(queries))
        if keep_queries:
            slowest.append((elapsed, url, list(queries.captured_queries)))
    result = {
        "n": len(times),
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "max": max(times),
        "mean": statistics.fmean(times),
        "cpu_p50": percentile(cpus, 50) if cpus else None,
        "cpu_p95": percentile(cpus, 95) if cpus else None,
        "queries_min": min(counts),
        "queries_max": max(counts),
    }
    if keep_queries:
        result["slowest_request"] = max(slowest, key=lambda row: row[0])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--requests", type=int, default=50, help="measured requests")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured requests first")
    parser.add_argument("--seed", type=int, default=1, help="seed for picking dossiers")
    parser.add_argument("--only", nargs="*", help="only these pages (names as in the table)")
    parser.add_argument(
        "--queries", action="store_true", help="print the SQL of the slowest request per page"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    outreacher = User.objects.get(username="outreacher1")
    lead = User.objects.get(username="teamlead1")
    n = args.requests
    pages = [
        ("dashboard", "outreacher1", ["/"] * n),
        ("dashboard (team scope)", "outreacher1", ["/?scope=team"] * n),
        ("team dashboard", "teamlead1", ["/team/"] * n),
        # Counted on every request, as on the first one after the cache expired.
        ("team dashboard uncached", "teamlead1", ["/team/"] * n),
        ("household list", "outreacher1", ["/households/"] * n),
        ("household list (mine)", "outreacher1", ["/households/?mine=1"] * n),
        ("search surname", "outreacher1", [f"/households/?q={SEARCH_SURNAME}"] * n),
        ("search surname", "teamlead1", [f"/households/?q={SEARCH_SURNAME}"] * n),
        ("search street", "outreacher1", ["/households/?q=Kompasplein"] * n),
        ("dossier", "outreacher1", dossier_urls(outreacher, n + args.warmup, rng)),
        ("dossier", "teamlead1", dossier_urls(lead, n + args.warmup, rng)),
    ]
    if args.only:
        pages = [page for page in pages if page[0] in args.only]
    clients = {username: client_for(username) for username in {p[1] for p in pages}}

    settings_db = connection.settings_dict
    header = {
        "vendor": connection.vendor,
        "database": str(settings_db["NAME"]),
        "server": _server_version(),
        "households": Household.objects.count(),
        "contacts": ContactMoment.objects.count(),
        "members": Member.objects.count(),
        "visible to outreacher1": visible_households(outreacher).count(),
        "assigned to outreacher1": outreacher.assigned_households.count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "cpus": os.cpu_count(),
    }
    print("Radar page benchmark")
    for key, value in header.items():
        print(f"  {key:<24} {value:,}" if isinstance(value, int) else f"  {key:<24} {value}")
    print(f"  {n} measured requests per page after {args.warmup} warm-ups; times in ms\n")

    results, failures = [], 0
    columns = "{:<25} {:<12} {:>4} {:>8} {:>8} {:>8} {:>9} {:>9} {:>9}"
    print(columns.format("page", "user", "n", "p50", "p95", "max", "queries", "cpu p50", "cpu p95"))
    print(columns.format(*("-" * w for w in (25, 12, 4, 8, 8, 8, 9, 9, 9))))
    for name, username, urls in pages:
        # The dossier list holds distinct households: warm up on the last ones.
        measured = urls[:n] if name != "dossier" else urls[args.warmup :]
        warm = urls if name != "dossier" else urls[: args.warmup]
        uncached = override_settings(RADAR_TEAM_DASHBOARD_SECONDS=0)
        try:
            if name.endswith("uncached"):
                with uncached:
                    result = measure(clients[username], measured, args.warmup, args.queries)
            elif name == "dossier":
                measure(clients[username], warm, args.warmup, False)
                result = measure(clients[username], measured, 0, args.queries)
            else:
                result = measure(clients[username], measured, args.warmup, args.queries)
        except PageError as error:
            print(f"{name:<25} {username:<12} failed: {error}", flush=True)
            failures += 1
            continue
        queries = (
            str(result["queries_min"])
            if result["queries_min"] == result["queries_max"]
            else f"{result['queries_min']}-{result['queries_max']}"
        )
        print(
            columns.format(
                name,
                username,
                result["n"],
                f"{result['p50']:.1f}",
                f"{result['p95']:.1f}",
                f"{result['max']:.1f}",
                queries,
                *(
                    f"{result[k]:.1f}" if result[k] is not None else "-"
                    for k in ("cpu_p50", "cpu_p95")
                ),
            ),
            flush=True,
        )
        results.append({"page": name, "user": username, "url": measured[0], **result})

    if args.queries:
        for row in results:
            elapsed, url, captured = row.pop("slowest_request")
            print(f"\n== {row['page']} ({row['user']}): slowest request {url} {elapsed:.1f} ms")
            for q in sorted(captured, key=lambda q: -float(q["time"])):
                print(f"  {float(q['time']) * 1000:8.1f} ms  {q['sql'][:600]}")
    else:
        for row in results:
            row.pop("slowest_request", None)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"setup": header, "results": results}, indent=2))
        print(f"\nWritten to {args.json}")
    return 1 if failures else 0


def _server_version() -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]}"
    return connection.vendor


if __name__ == "__main__":
    sys.exit(main())
