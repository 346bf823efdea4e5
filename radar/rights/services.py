"""Every change the rights explorer makes: facts, follow-ups, screening, quick-check counts.

Each use case checks its rule, writes the change and its audit entry in one transaction and
returns the changed object. Callers get the household through
radar.households.selectors.get_household_for first (screening is the exception: a system job,
see `screen_households`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import numpy
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit, jobs
from radar.core.models import JobRun
from radar.core.states import NO_STATUS
from radar.households.models import Household
from radar.rights import engine, facts
from radar.rights.catalogue import RIGHTS
from radar.rights.exchange import InvalidSituation, parse_situation
from radar.rights.models import (
    FOLLOW_UP_TRANSITIONS,
    FollowUpChange,
    FollowUpStatus,
    HouseholdFacts,
    LocalRight,
    MemberFacts,
    NonTakeUpType,
    QuickCheckCount,
    RightFollowUp,
    ScreeningResult,
)

PURPOSE = "rights"


class FollowUpError(ValidationError):
    pass


# -- Facts -----------------------------------------------------------------------------------


@transaction.atomic
def record_facts(*, user: User, household: Household, answers: dict[str, Any]) -> None:
    """Store facts by exchange path (None forgets a fact: it becomes unknown again).

    Raises ValidationError ({path: message}) when a path is not a fact of this household or a
    value does not fit the exchange format; nothing is written then. The audit entry names
    the facts changed, not their values.

    Each answer changes one path of a stored document: the rows are locked until the
    transaction ends, so two workers answering different facts at once both keep theirs
    (read-modify-write of the whole document lost one of them; issue 8).
    """
    errors: dict[str, str] = {}
    members = {m.pk: m for m in household.members.all()}
    household_facts, _created = HouseholdFacts.objects.select_for_update().get_or_create(
        household=household, defaults={"created_by": user}
    )
    member_facts: dict[int, MemberFacts] = {}
    for path, value in answers.items():
        spec = facts.spec_for(path)
        member_pk, rest = facts.split_path(path) if spec else (None, "")
        if spec is None or (member_pk is not None and member_pk not in members):
            errors[path] = _("This is not a fact Radar can record here.")
            continue
        if member_pk is None:
            target = household_facts.data
        else:
            if member_pk not in member_facts:
                member_facts[member_pk], _created = (
                    MemberFacts.objects.select_for_update().get_or_create(
                        member=members[member_pk], defaults={"created_by": user}
                    )
                )
            target = member_facts[member_pk].data
        facts.set_in(target, rest, value)
    if errors:
        raise ValidationError(errors)
    _check_situation(household, household_facts, member_facts, list(members.values()), answers)
    household_facts.save()
    for member_fact in member_facts.values():
        member_fact.save()
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=household_facts,
        household_id=household.pk,
        purpose=PURPOSE,
        detail={"facts": sorted(answers)},
    )


def _check_situation(household, household_facts, member_facts, members, answers) -> None:
    """Refuse an answer the engine would refuse (the exchange format is the contract)."""
    member_data = dict(
        MemberFacts.objects.filter(member__in=members).values_list("member_id", "data")
    )
    member_data.update({pk: mf.data for pk, mf in member_facts.items()})
    situation = facts.situation_for(
        household, members=members, household_data=household_facts.data, member_data=member_data
    )
    try:
        parse_situation(situation)
    except InvalidSituation as invalid:
        relevant = {
            path: " ".join(messages)
            for path, messages in invalid.errors.items()
            if any(
                path == p or path.startswith(p + ".") or path.startswith(p + "[") for p in answers
            )
        }
        if relevant:
            raise ValidationError(relevant) from invalid


def answer_fact(*, user: User, household: Household, path: str, form_values: dict[str, Any]) -> Any:
    """One answer from an inline form: parse it by the fact's schema, then record it.
    Returns the stored value (None: unknown). Raises ValidationError."""
    spec = facts.spec_for(path)
    if spec is None:
        raise ValidationError({path: _("This is not a fact Radar can record here.")})
    try:
        value = facts.parse_answer(spec, form_values)
    except facts.InvalidAnswer as invalid:
        raise ValidationError({path: str(invalid)}) from invalid
    record_facts(user=user, household=household, answers={path: value})
    return value


# -- Follow-up -------------------------------------------------------------------------------


def is_known_right(*, household: Household, right_id: str) -> bool:
    """A right of the catalogue, or a local right (`local:<slug>`) of the municipality of
    the household's team, in any version."""
    if right_id in RIGHTS:
        return True
    prefix, _sep, slug = right_id.partition(":")
    return (
        prefix == "local"
        and bool(slug)
        and LocalRight.objects.filter(
            municipality_id=household.team.municipality_id, slug=slug
        ).exists()
    )


@transaction.atomic
def follow_up_right(
    *,
    user: User,
    household: Household,
    right_id: str,
    to_status: str,
    on: datetime.date | None = None,
    where: str = "",
    reason: str = "",
    non_take_up_type: str = "",
    note: str = "",
) -> RightFollowUp:
    """Move the follow-up of one right of a family one step, dated and attributed.

    A right enters the follow-up as `found`; then FOLLOW_UP_TRANSITIONS, no skipping.
    `applied` needs where and when, `refused` a reason, `not_pursued` a reason and a type of
    non-take-up; a new follow-up needs a right Radar knows (is_known_right), and `on` a
    plausible date (RightFollowUp.clean). Raises FollowUpError or ValidationError (nothing
    written) otherwise.
    """
    on = on or timezone.localdate()
    follow_up = (
        RightFollowUp.objects.select_for_update()
        .filter(household=household, right_id=right_id)
        .first()
    )
    if follow_up is None and not is_known_right(household=household, right_id=right_id):
        raise FollowUpError(_("Radar does not know this right."), code="right")
    current = follow_up.status if follow_up else NO_STATUS
    FOLLOW_UP_TRANSITIONS.check(current, to_status, error=FollowUpError)
    if to_status == FollowUpStatus.APPLIED and not where.strip():
        raise FollowUpError(_("Say where the application was made."), code="where")
    if to_status in (FollowUpStatus.REFUSED, FollowUpStatus.NOT_PURSUED) and not reason.strip():
        raise FollowUpError(_("Give the reason."), code="reason")
    if to_status == FollowUpStatus.NOT_PURSUED and non_take_up_type not in NonTakeUpType.values:
        raise FollowUpError(_("Choose the type of non-take-up."), code="non_take_up_type")
    if follow_up is None:
        follow_up = RightFollowUp(household=household, right_id=right_id, created_by=user)
    now = timezone.now()
    follow_up.status = to_status
    follow_up.status_changed_at = now
    follow_up.status_changed_by = user
    if to_status == FollowUpStatus.FOUND:
        follow_up.found_on = on
        follow_up.reason = follow_up.non_take_up_type = ""
    elif to_status == FollowUpStatus.DISCUSSED:
        follow_up.discussed_on = on
    elif to_status == FollowUpStatus.APPLIED:
        follow_up.applied_on = on
        follow_up.applied_where = where.strip()
        follow_up.decided_on = None
        follow_up.reason = ""
    elif to_status in (FollowUpStatus.GRANTED, FollowUpStatus.REFUSED):
        follow_up.decided_on = on
        follow_up.reason = reason.strip()
    else:  # not pursued
        follow_up.reason = reason.strip()
        follow_up.non_take_up_type = non_take_up_type
    follow_up.full_clean(exclude=["household", "created_by", "status_changed_by"])
    follow_up.save()
    FollowUpChange.objects.create(
        follow_up=follow_up,
        from_status=current,
        to_status=to_status,
        changed_at=now,
        changed_by=user,
        note=note,
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE if not current else audit.Action.UPDATE,
        obj=follow_up,
        purpose=PURPOSE,
        detail={"right": right_id, "status": [current, to_status]},
    )
    return follow_up


# -- Screening -------------------------------------------------------------------------------

CHUNK = 20_000
SCREEN_JOB = "rights.screen"
# The statuses a screening stores as ScreeningResult rows (what a worker can act on); the
# others are counted in the summary only. All four would be ~27 rows per household.
STORED_STATUSES = ("eligible", "to_assess")
PARALLEL_FROM = 4_000


class ScreeningRefused(ValidationError):
    pass


def screening_scope(team: Team) -> str:
    """The JobRun scope of a team's screening (one active at a time per team)."""
    return f"team:{team.pk}"


def start_screening(*, user: User, team: Team) -> JobRun:
    """Queue the screening of `team`'s whole caseload as a background job (radar worker) and
    return its run. Only a team lead of that team may start it; raises ScreeningRefused
    otherwise, and core.jobs.JobAlreadyRunning while the team's last screening still runs.
    The job writes the audit entry (screen_households), attributed to `user`."""
    if not (user.does_casework and user.is_team_lead):
        raise ScreeningRefused(_("Only a team lead can start a screening."), code="role")
    if not user.teams.filter(pk=team.pk).exists():
        raise ScreeningRefused(_("You can only screen your own team."), code="team")
    return jobs.start_job(
        kind=SCREEN_JOB,
        user=user,
        team=team,
        scope=screening_scope(team),
        params={"team_id": team.pk},
    )


@jobs.register(SCREEN_JOB)
def _screening_job(
    run: JobRun,
    *,
    team_id: int | None = None,
    municipality_id: int | None = None,
    reference_date: str | None = None,
    chunk: int = CHUNK,
) -> dict[str, Any]:
    """The job behind start_screening and `radar rights screen`: returns the run's summary."""
    households = Household.objects.all()
    if municipality_id is not None:
        households = households.filter(team__municipality_id=municipality_id)
    if team_id is not None:
        households = households.filter(team_id=team_id)
    day = datetime.date.fromisoformat(reference_date) if reference_date else None
    return screen_households(
        households,
        reference_date=day,
        chunk=chunk,
        progress=jobs.report_progress,
        user=run.started_by,
        channel=run.channel,
    )


def screen_households(
    households: QuerySet[Household],
    *,
    reference_date: datetime.date | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int, int], None] | None = None,
    user: User | None = None,
    channel: str = "cli",
) -> dict[str, Any]:
    """Screen every household of `households` with the engine (engine.screen, `chunk` at a
    time, in pk order) and replace each household's ScreeningResult rows.

    A system job: it reads households without the access layer (the caller chose them: a
    team lead their team, the CLI by municipality or team), shows no names, and writes one
    audit entry per run (`user` is who started it, if anyone). A household whose stored facts
    the engine refuses keeps no rows and is counted under `invalid`. Facts are read with one
    query per table per chunk (facts.situations_for_screening) and results written in bulk
    (COPY on PostgreSQL). Returns counts: households, screened, invalid, eligible (rows),
    and the reference date.
    """
    day = reference_date or timezone.localdate()
    ids = list(households.order_by("pk").values_list("pk", flat=True))
    total = len(ids)
    totals: dict[str, Any] = {"households": total, "screened": 0, "invalid": 0, "eligible": 0}
    by_status = dict.fromkeys(engine.STATUSES, 0)
    if progress:
        progress(0, total)
    for start in range(0, total, max(chunk, 1)):
        batch = households.filter(pk__gte=ids[start], pk__lte=ids[min(start + chunk, total) - 1])
        batch_ids, situations = facts.situations_for_screening(batch, reference_date=day)
        # Over the cores (forked processes that never touch the database), from
        # PARALLEL_FROM households a chunk.
        processes = engine.available_cores() if len(situations) >= PARALLEL_FROM else 1
        screening = engine.screen(situations, date=day, skip_invalid=True, processes=processes)
        totals["invalid"] += len(screening.errors)
        totals["screened"] += len(batch_ids) - len(screening.errors)
        codes, counts = numpy.unique(screening.status, return_counts=True)
        for code, count in zip(codes.tolist(), counts.tolist(), strict=True):
            if code != engine.INVALID:
                by_status[engine.STATUSES[code]] += count
        with transaction.atomic():
            ScreeningResult.objects.filter(household__in=batch.values("pk")).delete()
            _write_results(batch_ids, situations, screening, timezone.now())
        if progress:
            progress(min(start + chunk, total), total)
    totals["eligible"] = by_status["eligible"]
    totals["statuses"] = by_status
    totals["reference_date"] = day.isoformat()
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        object_type="rights.screeningresult",
        purpose="rights screening (system job)",
        channel=channel,
        detail=totals,
    )
    return totals


_RESULT_COLUMNS = ("household_id", "right_id", "status", "amount_monthly", "is_received",
                   "screened_at")  # fmt: skip


def _write_results(
    household_ids: list[int],
    situations: list[dict[str, Any]],
    screening: engine.Screening,
    screened_at: datetime.datetime,
) -> int:
    """Insert a row for each right of STORED_STATUSES (households refused by the engine have
    none) as plain rows: executemany, or COPY on PostgreSQL; bulk_create's per-value
    preparation would take most of the job's time. Returns the number of rows."""
    codes = [engine.STATUS_CODES[status] for status in STORED_STATUSES]
    # Invalid rows are INVALID (-1) throughout, so never stored.
    households, rights = numpy.nonzero(numpy.isin(screening.status, codes))
    if not len(households):
        return 0
    statuses = numpy.array(engine.STATUSES, dtype=object)[screening.status[households, rights]]
    amounts = numpy.round(screening.amount[households, rights], 2).tolist()
    when = connection.ops.adapt_datetimefield_value(screened_at)
    received: dict[int, set[str]] = {}
    rows = []
    for i, j, status, amount in zip(
        households.tolist(), rights.tolist(), statuses.tolist(), amounts, strict=True
    ):
        if i not in received:
            received[i] = {
                b for m in situations[i]["members"] for b in m.get("benefits_received", ())
            }
        right_id = screening.rights[j]
        rows.append(
            (
                household_ids[i],
                right_id,
                status,
                None if amount != amount else f"{amount:.2f}",
                right_id in received[i],
                when,
            )
        )
    table = ScreeningResult._meta.db_table
    columns = ", ".join(_RESULT_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for values in rows:
                    copy.write_row(values)
        else:
            marks = ", ".join(["%s"] * len(_RESULT_COLUMNS))
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608 (constants)
            cursor.executemany(sql, rows)
    return len(rows)


# -- Quick check -----------------------------------------------------------------------------


def count_quick_check(*, team=None, session=None, day: datetime.date | None = None) -> None:
    """Count one quick check (no personal data: a day, a team and the info point session
    it was done at, if any)."""
    day = day or timezone.localdate()
    counter, _created = QuickCheckCount.objects.get_or_create(day=day, team=team, session=session)
    QuickCheckCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
