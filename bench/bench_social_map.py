#!/usr/bin/env python
"""Time of a social-map CSV import (radar.organisations.services.import_social_map).

Generates a CSV of N rows (two rows per organisation, each with a service and a contact
person, as a municipality's own social map export would), then times on the configured
database: the check only (dry run), the first import (everything new) and the same file
again (everything unchanged), with the process's CPU time (on SQLite this includes the
database's work; on PostgreSQL not) and the number of SQL queries of each.

    DJANGO_SETTINGS_MODULE=config.settings RADAR_DATA_DIR=/tmp/radar-bench \\
        .venv/bin/python bench/bench_social_map.py --rows 20000

Needs a migrated database with `radar demo` (a municipality and the life domains). Each run
adds N/2 new organisations (their names carry the run's time), so it can be run again.
"""

import argparse
import csv
import io
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

from radar.accounts.models import Municipality  # noqa: E402
from radar.households.models import LifeDomain  # noqa: E402
from radar.organisations import services  # noqa: E402
from radar.organisations.social_map_csv import COLUMNS  # noqa: E402

KINDS = ["caw", "school", "clb", "poverty_association", "mutuality", "other"]


def generate(rows: int, run: str) -> bytes:
    municipality = Municipality.objects.order_by("pk").first()
    domains = list(LifeDomain.objects.values_list("code", flat=True)) or [""]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for i in range(rows):
        n, part = divmod(i, 2)
        values = {
            "external_id": f"BENCH-{run}-{n}",
            "name": f"Organisatie {run} {n}",
            "kind": KINDS[n % len(KINDS)],
            "municipality": municipality.name if municipality else "",
            "description": "Onthaal en begeleiding",
            "address": f"Kerkstraat {n % 200 + 1}, 2400 Mol",
            "phone": "014 33 00 00",
            "email": f"info{n}@example.be",
            "website": f"www.org{n}.example.be",
            "opening_hours": "ma-vr 9-12",
            "languages": "nl, fr",
            "is_active": "1",
            "service_name": f"Dienst {part}",
            "service_description": "",
            "service_life_domains": ";".join(domains[(n + part) % len(domains) :][:2]),
            "service_how_to_reach": "afspraak",
            "contact_name": f"Contact {n} {part}",
            "contact_role": "onthaal",
            "contact_phone": "",
            "contact_email": f"contact{n}.{part}@example.be",
        }
        writer.writerow([values[c] for c in COLUMNS])
    return out.getvalue().encode("utf-8")


def timed(label: str, **kwargs) -> None:
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started, cpu = time.perf_counter(), time.process_time()
        result = services.import_social_map(user=None, channel="cli", **kwargs)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    counts = result.organisations
    print(
        f"{label:<22} {seconds:7.1f} s (cpu {cpu:6.1f} s) {queries:8,} queries   "
        f"organisations: {counts['created']} new, {counts['updated']} changed, "
        f"{counts['unchanged']} unchanged",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    # The benchmark measures the import itself, also beyond the configured limit.
    settings.RADAR_SOCIAL_MAP_MAX_ROWS = max(args.rows, 1)
    settings.RADAR_SOCIAL_MAP_MAX_BYTES = 1 << 40
    data = generate(args.rows, run=str(int(time.time())))
    print(f"{connection.vendor}: {args.rows:,} rows, {len(data) / 1e6:.1f} MB", flush=True)
    timed("check only (dry run)", data=data, dry_run=True)
    timed("first import", data=data)
    timed("same file again", data=data)


if __name__ == "__main__":
    main()
