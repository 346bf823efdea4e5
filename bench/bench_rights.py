"""Benchmark of the rights engine: screening many households at once, and single checks.

    .venv/bin/python bench/bench_rights.py                    # 10,000 households
    .venv/bin/python bench/bench_rights.py --households 100000
    .venv/bin/python bench/bench_rights.py --households 2000 --singles 100 --rights leefloon igo

Generates fictional households in the exchange format (seeded, reproducible), then:

1. side by side, on all of them, all registered rights (or --rights): the screening path
   `engine.screen()` (statuses and amounts only; in one process, then split over the
   available cores) and the full path `engine.evaluate_many()` (reasons, missing facts,
   texts), each in wall seconds and CPU seconds (this process and its workers: other load
   on the machine shows in the wall time, less in the CPU time);
2. with --phases, the work of evaluate_many phase by phase, with the engine's own functions:
   validation (parse_many), building the OpenFisca simulation, calculating the variables, the
   per-household Python decision (decide) and rendering (texts, values used);
3. `engine.evaluate()` one household at a time for --singles households: p50/p95 in ms;
4. with --database, the screening job from the database (radar.rights.services.
   screen_households: read the facts with one query per table, screen, write the results
   in bulk), the same households stored as dossiers with their facts, run twice (the second
   run replaces the first's rows, as every later screening does), phase by phase. SQLite in
   a fresh temporary folder, or DATABASE_URL (an empty database: it is filled once and
   reused by the next runs).

Each figure of issue 9 is printed with its goal: the rules (screen) under 1 s and the whole
job from the database under 10 s for 100,000 households, at least 100x faster than calling
evaluate() once per household (the single-check p50 times the number of households).

--skip-full leaves out evaluate_many (minutes at 100,000 households). Without --database
there is no Django and no database: the engine is pure Python + OpenFisca.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy  # noqa: E402
from openfisca_core import periods  # noqa: E402
from openfisca_core.indexed_enums import Enum  # noqa: E402

from radar.rights import engine  # noqa: E402
from radar.rights.catalogue import RIGHTS  # noqa: E402
from radar.rights.model import tax_benefit_system  # noqa: E402
from radar.rights.registry import HouseholdResults  # noqa: E402

REFERENCE_DATE = "2025-03-15"
REGIONS = ("flanders", "flanders", "flanders", "wallonia", "brussels")
STATUSES = ("belgian",) * 8 + (
    "eu_citizen",
    "foreigner_population_register",
    "foreigner_foreigners_register_legal_stay",
    "recognised_refugee",
)
TENURES = ("private_rent", "private_rent", "social_rent", "owner", "homeless")
HEATING = ("natural_gas", "electric", "heating_oil_bulk", "unknown")


def maybe(rng: random.Random, value, known: float = 0.8):
    """A fact that is known with probability `known` (None: leave it out)."""
    return value if rng.random() < known else None


def put(target: dict, key: str, value) -> None:
    if value is not None:
        target[key] = value


def adult(rng: random.Random, member_id: str, role: str, age: int) -> dict:
    member = {"id": member_id, "role": role, "age": age}
    put(member, "residence_status", maybe(rng, rng.choice(STATUSES), 0.95))
    if rng.random() < 0.85:
        income = {}
        if age >= 66:
            income["pension"] = round(rng.uniform(600, 2200), 2)
        elif rng.random() < 0.5:
            income["salary"] = round(rng.uniform(300, 2800), 2)
        elif rng.random() < 0.5:
            kind = rng.choice(("unemployment_benefit", "sickness_benefit", "leefloon"))
            income[kind] = round(rng.uniform(700, 1500), 2)
        member["income_monthly_net"] = income
    benefits = []
    if "income_monthly_net" in member:
        benefits = [k for k in member["income_monthly_net"] if k in ("pension", "leefloon")]
    if rng.random() < 0.9:
        member["benefits_received"] = benefits
    flags: dict = {}
    put(flags, "willing_to_work", maybe(rng, rng.random() < 0.8, 0.6))
    put(flags, "other_benefit_rights_exhausted", maybe(rng, rng.random() < 0.7, 0.5))
    put(flags, "lives_alone", maybe(rng, rng.random() < 0.5, 0.5))
    put(flags, "years_resident_in_belgium", maybe(rng, rng.randint(1, age), 0.6))
    put(flags, "savings", maybe(rng, round(rng.uniform(0, 20000)), 0.4))
    put(flags, "earning_capacity_at_most_one_third", maybe(rng, rng.random() < 0.1, 0.3))
    put(flags, "self_reliance_points", maybe(rng, rng.randint(0, 18), 0.2))
    put(flags, "unemployed_months", maybe(rng, rng.randint(0, 36), 0.3))
    put(flags, "leefloon_months", maybe(rng, rng.randint(0, 36), 0.3))
    member["flags"] = flags
    return member


def child(rng: random.Random, member_id: str, age: int) -> dict:
    member = {"id": member_id, "role": "child", "age": age}
    put(member, "residence_status", maybe(rng, "belgian", 0.9))
    if rng.random() < 0.8:
        member["benefits_received"] = ["groeipakket"] if rng.random() < 0.9 else []
    if rng.random() < 0.8:
        member["income_monthly_net"] = {}
    flags: dict = {}
    put(flags, "disability_pillar1_points", maybe(rng, rng.choice((0, 0, 0, 2, 4, 6)), 0.7))
    if 3 <= age <= 17 and rng.random() < 0.6:
        level = "kindergarten" if age < 6 else "primary" if age < 12 else "secondary"
        flags["school"] = {"level": level, "language": "nl", "enrolled": True}
    member["flags"] = flags
    return member


def household(rng: random.Random, index: int) -> dict:
    kind = rng.random()
    members = []
    if kind < 0.15:  # pensioners
        members.append(adult(rng, f"a{index}", "applicant", rng.randint(62, 90)))
        if rng.random() < 0.4:
            members.append(adult(rng, f"p{index}", "partner", rng.randint(62, 90)))
    else:
        members.append(adult(rng, f"a{index}", "applicant", rng.randint(18, 64)))
        if rng.random() < 0.45:
            members.append(adult(rng, f"p{index}", "partner", rng.randint(18, 64)))
        for c in range(rng.choice((0, 0, 1, 1, 2, 2, 3, 4))):
            members.append(child(rng, f"c{index}_{c}", rng.randint(0, 24)))
        if rng.random() < 0.05:
            members.append(adult(rng, f"g{index}", "parent", rng.randint(60, 90)))
    situation: dict = {
        "reference_date": REFERENCE_DATE,
        "municipality": "Radarbeek",
        "members": members,
    }
    put(situation, "region", maybe(rng, rng.choice(REGIONS), 0.97))
    put(
        situation,
        "household_gross_taxable_income_yearly_previous_year",
        maybe(rng, round(rng.uniform(0, 60000)), 0.7),
    )
    housing: dict = {}
    tenure = rng.choice(TENURES)
    put(housing, "tenure", maybe(rng, tenure, 0.9))
    if tenure in ("private_rent", "social_rent"):
        put(housing, "rent_monthly", maybe(rng, round(rng.uniform(300, 1100)), 0.85))
        put(housing, "lease", maybe(rng, rng.random() < 0.9, 0.7))
        put(housing, "domiciled_at_rental_address", maybe(rng, True, 0.7))
        put(housing, "social_housing_waiting_list_years", maybe(rng, rng.randint(0, 8), 0.5))
        put(housing, "waiting_list_uninterrupted", maybe(rng, rng.random() < 0.8, 0.5))
        put(housing, "lives_in_social_housing", tenure == "social_rent")
        put(housing, "landlord_is_first_degree_relative_living_at_address", maybe(rng, False, 0.6))
        put(housing, "owns_a_dwelling", maybe(rng, False, 0.7))
        put(housing, "dwelling_declared_unfit", maybe(rng, rng.random() < 0.05, 0.6))
    put(housing, "heating", maybe(rng, rng.choice(HEATING), 0.7))
    situation["housing"] = housing
    return situation


def generate(count: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    return [household(rng, i) for i in range(count)]


def phases(situations: list[dict], right_ids: list[str]) -> dict[str, float]:
    """The work of evaluate_many, timed phase by phase (one reference month)."""
    timings: dict[str, float] = {}
    system = tax_benefit_system()
    rights = [RIGHTS[right_id] for right_id in right_ids]

    start = time.perf_counter()
    all_facts = engine.parse_many(situations)
    timings["validate"] = time.perf_counter() - start

    period = periods.period(REFERENCE_DATE[:7])
    start = time.perf_counter()
    simulation, person_indices = engine.build_simulation(all_facts, period)
    timings["build simulation"] = time.perf_counter() - start

    start = time.perf_counter()
    arrays = {}
    for variable in sorted({v for right in rights for v in right.variables}):
        values = simulation.calculate(variable, period)
        if system.variables[variable].value_type == Enum:
            values = values.decode_to_str()
        arrays[variable] = values
    timings["calculate (OpenFisca)"] = time.perf_counter() - start

    parameters = system.parameters(period.start)
    instant = str(period.start)
    start = time.perf_counter()
    outcomes = []
    for index, facts in enumerate(all_facts):
        results = HouseholdResults(arrays, index, person_indices[index])
        outcomes.append(
            [(right, engine._decide(right, facts, results, parameters)) for right in rights]
        )
    timings["decide (Python)"] = time.perf_counter() - start

    start = time.perf_counter()
    for household_outcomes in outcomes:
        for right, outcome in household_outcomes:
            engine._render(right, outcome, instant, None)
    timings["render (texts)"] = time.perf_counter() - start
    return timings


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (screen's workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(run):
    """(wall seconds, CPU seconds), result."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = run()
    return (time.perf_counter() - wall, cpu_seconds() - cpu), result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


# -- The job from the database -----------------------------------------------------------------

ROLES = {"applicant": "parent", "partner": "parent", "child": "child"}


def database_setup() -> None:
    """Django on DATABASE_URL, or on SQLite in a fresh temporary folder; migrated."""
    import tempfile

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
    if not os.environ.get("DATABASE_URL"):
        import atexit
        import shutil

        folder = tempfile.mkdtemp(prefix="bench_rights_")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        os.environ["RADAR_DATA_DIR"] = folder
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def store(situations: list[dict]):
    """The situations as households with members and facts (bulk); the team. Reused when a
    team "Bench" with as many households exists."""
    from django.db import transaction

    from radar.accounts.models import Municipality, Team
    from radar.households.models import Household, Member
    from radar.rights.models import HouseholdFacts, MemberFacts

    municipality, _ = Municipality.objects.get_or_create(name="Benchbeek")
    team, _ = Team.objects.get_or_create(municipality=municipality, name="Bench")
    if Household.objects.filter(team=team).count() == len(situations):
        return team
    Household.objects.filter(team=team).delete()
    for start in range(0, len(situations), 10_000):
        batch = situations[start : start + 10_000]
        with transaction.atomic():
            households = Household.objects.bulk_create(
                [Household(team=team, name=f"Bench {start + i}") for i in range(len(batch))]
            )
            HouseholdFacts.objects.bulk_create(
                [
                    HouseholdFacts(
                        household=h,
                        data={k: v for k, v in s.items() if k not in ("members", "reference_date")},
                    )
                    for h, s in zip(households, batch, strict=True)
                ]
            )
            members, data = [], []
            for h, situation in zip(households, batch, strict=True):
                for member in situation["members"]:
                    members.append(
                        Member(
                            household=h,
                            role=ROLES.get(member["role"], "other_adult"),
                            first_name="X",
                            last_name="Y",
                        )
                    )
                    data.append({k: v for k, v in member.items() if k not in ("id", "role")})
            members = Member.objects.bulk_create(members)
            MemberFacts.objects.bulk_create(
                [MemberFacts(member=m, data=d) for m, d in zip(members, data, strict=True)]
            )
    return team


def database_job(situations: list[dict], right_ids: list[str]) -> dict:
    """Figures of the screening job from the database: twice end to end, then by phase."""
    import datetime

    from django.db import connection, transaction
    from django.utils import timezone

    from radar.households.models import Household
    from radar.rights import facts, services
    from radar.rights.models import ScreeningResult

    start = time.perf_counter()
    team = store(situations)
    figures: dict = {"stored": time.perf_counter() - start, "vendor": connection.vendor}
    households = Household.objects.filter(team=team)
    day = datetime.date.fromisoformat(REFERENCE_DATE)
    for label in ("job, first run", "job, again"):
        figures[label], totals = measure(
            lambda: services.screen_households(households, reference_date=day)
        )
    figures["totals"] = totals
    figures["rows"] = ScreeningResult.objects.filter(household__team=team).count()
    # Phase by phase, on the same work (one chunk at a time, as the job does).
    ids = list(households.order_by("pk").values_list("pk", flat=True))
    phases = dict.fromkeys(("read facts", "rules (screen)", "write results"), 0.0)
    for start in range(0, len(ids), services.CHUNK):
        t = time.perf_counter()
        batch = households.filter(
            pk__gte=ids[start], pk__lte=ids[min(start + services.CHUNK, len(ids)) - 1]
        )
        batch_ids, documents = facts.situations_for_screening(batch, reference_date=day)
        phases["read facts"] += time.perf_counter() - t
        t = time.perf_counter()
        screening = engine.screen(documents, date=day, skip_invalid=True, rights=right_ids)
        phases["rules (screen)"] += time.perf_counter() - t
        t = time.perf_counter()
        with transaction.atomic():
            ScreeningResult.objects.filter(household__in=batch.values("pk")).delete()
            services._write_results(batch_ids, documents, screening, timezone.now())
        phases["write results"] += time.perf_counter() - t
    figures["phases"] = phases
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--singles", type=int, default=200, help="households checked one by one")
    parser.add_argument("--rights", nargs="*", help="right ids (default: all registered)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--phases", action="store_true", help="time evaluate_many phase by phase")
    parser.add_argument("--skip-full", action="store_true", help="leave out evaluate_many")
    parser.add_argument(
        "--database", action="store_true", help="the screening job from the database too"
    )
    args = parser.parse_args()
    if args.database:
        database_setup()

    right_ids = args.rights or list(RIGHTS)
    tax_benefit_system()  # load the model once, outside the measures
    engine.evaluate(generate(1, seed=args.seed)[0], rights=right_ids)  # warm caches

    start = time.perf_counter()
    situations = generate(args.households, seed=args.seed)
    generated = time.perf_counter() - start

    measures = {}
    processes = engine.available_cores()
    for label, run in (
        ("screen, 1 process", lambda: engine.screen(situations, rights=right_ids, processes=1)),
        (
            f"screen, {processes} processes",
            lambda: engine.screen(situations, rights=right_ids, processes=processes),
        ),
        ("evaluate_many", lambda: engine.evaluate_many(situations, rights=right_ids)),
    ):
        if label == "evaluate_many" and args.skip_full:
            continue
        if label.startswith("screen, ") and processes == 1 and label != "screen, 1 process":
            continue
        measures[label], result = measure(run)
        if label == "evaluate_many":
            statuses: dict[str, int] = {}
            for household_result in result:
                for right in household_result["rights"].values():
                    statuses[right["status"]] = statuses.get(right["status"], 0) + 1
        else:
            codes, counts = numpy.unique(result.status, return_counts=True)
            screened = {engine.STATUSES[c]: int(n) for c, n in zip(codes, counts, strict=True)}
        del result

    timings = phases(situations, right_ids) if args.phases else {}
    database = database_job(situations, right_ids) if args.database else {}

    singles = []
    single_cpu = time.process_time()
    for situation in situations[: args.singles]:
        start = time.perf_counter()
        engine.evaluate(situation, rights=right_ids)
        singles.append((time.perf_counter() - start) * 1000)
    single_cpu = (time.process_time() - single_cpu) / max(1, len(singles)) * 1000

    print(f"households: {args.households:,} (generated in {generated:.2f} s)")
    print(f"rights: {len(right_ids)}  ({', '.join(right_ids)})")
    print(f"cpus: {os.cpu_count()}")
    print(f"{'path':<26} {'wall s':>8} {'cpu s':>8} {'ms/household (wall)':>20}")
    for label, (wall, cpu) in measures.items():
        per_household = wall / args.households * 1000
        print(f"  {label:<24} {wall:8.2f} {cpu:8.2f} {per_household:20.4f}")
    if timings:
        print("phases of evaluate_many (same work, measured separately):")
        for name, seconds in timings.items():
            print(f"  {name:<24} {seconds:8.2f} s")
        print(f"  {'sum':<24} {sum(timings.values()):8.2f} s")
    print(f"statuses (screen): {dict(sorted(screened.items()))}")
    if "evaluate_many" in measures:
        print(f"statuses (evaluate_many): {dict(sorted(statuses.items()))}")
    if database:
        print(
            f"the job from the database ({database['vendor']}; stored in "
            f"{database['stored']:.1f} s; {database['rows']:,} result rows): {database['totals']}"
        )
        for label in ("job, first run", "job, again"):
            wall, cpu = database[label]
            print(f"  {label:<24} {wall:8.2f} {cpu:8.2f}")
        for name, seconds in database["phases"].items():
            print(f"  {name:<24} {seconds:8.2f} s (wall)")
    print(
        f"single check ({len(singles)} households, one by one): "
        f"p50 {statistics.median(singles):.1f} ms, p95 {percentile(singles, 0.95):.1f} ms, "
        f"max {max(singles):.1f} ms; cpu {single_cpu:.1f} ms/check"
    )

    goals(args.households, measures, database, statistics.median(singles) / 1000, processes)


def goals(count: int, measures: dict, database: dict, single_seconds: float, cores: int) -> None:
    """Issue 9's goals, scaled to 100,000 households when fewer were run: by wall time, and by
    CPU time spread over the cores (what an otherwise idle machine would take at best)."""
    scale = 100_000 / count
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"goals (issue 9), scaled to 100,000 households; load average {load:.1f} on {cores} "
        "cores (wall | CPU s / cores):"
    )
    rules = measures.get(f"screen, {cores} processes") or measures["screen, 1 process"]
    one_by_one = single_seconds * count
    rows = [("rules (screen), < 1 s", rules, 1.0)]
    if database:
        rows.append(("whole job from the database, < 10 s", database["job, again"], 10.0))
    for label, (wall, cpu), limit in rows:
        wall, idle = wall * scale, cpu * scale / cores
        verdict = "met" if wall < limit else "met on an idle machine" if idle < limit else "NOT met"
        print(f"  {label:<40} {wall:9.1f} s | {idle:7.1f} s  {verdict}")
    wall, cpu = rows[-1][1]
    speedup = one_by_one / wall
    print(
        f"  {'speed-up vs evaluate() one by one, >= 100x':<40} {speedup:9.1f} x "
        f"({rows[-1][0].split(',')[0]})  {'met' if speedup >= 100 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
