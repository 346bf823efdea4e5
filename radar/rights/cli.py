"""The dossier side of `radar rights`: `screen` and `possible` (see the rights command).

`screen` is a system job: it evaluates households chosen by municipality or team without a
user, prints only counts (never a name), and writes one audit entry per run. `possible`
shows names, so it reads through the access layer as the user given with --user.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError, CommandParser

from radar.accounts.models import Municipality, Team
from radar.core import jobs
from radar.rights import selectors, services

USAGE_ERROR = 2


def add_subcommands(subcommands: Any, date_type) -> None:
    screen: CommandParser = subcommands.add_parser(
        "screen",
        help="Evaluate every household (of a municipality or team) and store the results.",
    )
    screen.add_argument("--team", help="only this team's households (team name)")
    screen.add_argument("--municipality", help="only this municipality's households (name)")
    screen.add_argument("--date", type=date_type, help="reference date YYYY-MM-DD (default today)")
    screen.add_argument(
        "--chunk", type=int, default=services.CHUNK, help="households per engine run"
    )
    possible = subcommands.add_parser(
        "possible", help="List a worker's possible rights not yet received (last screening)."
    )
    possible.add_argument("--user", required=True, help="username; sees only their caseload")
    possible.add_argument("--team-wide", action="store_true", help="the user's whole team")


def screen(command, *, team: str | None, municipality: str | None, date: datetime.date | None,
           chunk: int) -> None:  # fmt: skip
    """Run the screening job in this process (recorded as a JobRun, like one started from
    the page), with a progress bar on stderr."""
    params: dict[str, Any] = {"chunk": max(chunk, 1)}
    scope = "all"
    team_object = None
    if municipality:
        found = Municipality.objects.filter(name=municipality).first()
        if found is None:
            raise CommandError(f"No municipality named {municipality!r}.", returncode=USAGE_ERROR)
        params["municipality_id"] = found.pk
        scope = f"municipality:{found.pk}"
    if team:
        teams = list(Team.objects.filter(name=team))
        if not teams:
            raise CommandError(f"No team named {team!r}.", returncode=USAGE_ERROR)
        if len(teams) > 1 and not municipality:
            raise CommandError(
                f"Several teams are named {team!r}: add --municipality.", returncode=USAGE_ERROR
            )
        team_object = teams[0] if len(teams) == 1 else None
        if municipality:
            team_object = next(
                (t for t in teams if t.municipality_id == params["municipality_id"]), None
            )
            if team_object is None:
                raise CommandError(f"No team named {team!r} there.", returncode=USAGE_ERROR)
        params["team_id"] = team_object.pk
        scope = services.screening_scope(team_object)
    if date:
        params["reference_date"] = date.isoformat()
    bar = jobs.ProgressBar(command.stderr, label="screening ")
    try:
        run = jobs.run_now(
            kind=services.SCREEN_JOB, team=team_object, scope=scope, params=params, progress=bar
        )
    except jobs.JobAlreadyRunning as running:
        raise CommandError(" ".join(running.messages)) from running
    finally:
        bar.finish()
    command.stdout.write(
        "households: {households}, screened: {screened}, not readable: {invalid}, "
        "rights probably open: {eligible}".format(**run.summary)
    )
    seconds = run.duration.total_seconds() if run.duration else 0.0
    command.stderr.write(f"done in {seconds:.1f} s")


def possible(command, *, username: str, team_wide: bool) -> None:
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"No user {username!r}.", returncode=USAGE_ERROR)
    rows = selectors.possible_rights_not_received(user=user, mine=not team_wide)
    for row in rows:
        amount = "" if row.amount_monthly is None else f"\t{row.amount_monthly}"
        command.stdout.write(f"{row.household_id}\t{row.household.name}\t{row.right_id}{amount}")
