"""Reading instruments and assessments.

Assessments of one household are read inside a household obtained through
radar.households.selectors.get_household_for. Team figures are counts over T0/T1 pairs for
the teams of radar.figures.scope.teams_in_scope, never a name; for policy users the counts
of 1 to 4 are hidden (radar.figures.suppression).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Max, Min, Prefetch, QuerySet
from django.utils import timezone

from radar.accounts.models import Role, Team, User
from radar.figures.scope import hides_small_counts, municipalities_for, teams_in_scope
from radar.figures.suppression import Line, suppress_linked
from radar.households.models import Household
from radar.measurements.change import DomainChange, domain_change
from radar.measurements.models import (
    DEFAULT_T1_AFTER_DAYS,
    Assessment,
    Domain,
    Instrument,
    MeasurementSettings,
    Score,
)


def active_instruments() -> QuerySet[Instrument]:
    return Instrument.objects.filter(is_active=True).prefetch_related("domains", "levels")


def get_instrument(code: str) -> Instrument | None:
    return active_instruments().filter(code=code).first()


def t1_after_days(municipality_id: int | None) -> int:
    """The municipality's days from T0 to T1 (MeasurementSettings), 90 without a setting."""
    if municipality_id is None:
        return DEFAULT_T1_AFTER_DAYS
    days = (
        MeasurementSettings.objects.filter(municipality_id=municipality_id)
        .values_list("t1_after_days", flat=True)
        .first()
    )
    return days or DEFAULT_T1_AFTER_DAYS


def _days_per_municipality() -> dict[int, int]:
    return dict(MeasurementSettings.objects.values_list("municipality_id", "t1_after_days"))


def assessments_of(household: Household) -> list[Assessment]:
    """The household's assessments, oldest first, with their scores, domains and members."""
    return list(
        Assessment.objects.filter(household=household)
        .select_related("instrument", "member", "assessed_by")
        .prefetch_related(
            Prefetch("scores", queryset=Score.objects.select_related("domain")),
            "instrument__domains",
            "instrument__levels",
        )
        .order_by("assessed_on", "id")
    )


@dataclass(frozen=True)
class Series:
    """The assessments of one instrument for one subject (the household or one member)."""

    instrument: Instrument
    member: Any
    assessments: list[Assessment]
    t1_after_days: int

    @property
    def first(self) -> Assessment:
        return self.assessments[0]

    @property
    def latest(self) -> Assessment:
        return self.assessments[-1]

    @property
    def t1(self) -> Assessment | None:
        """The latest assessment at least t1_after_days after T0, if any."""
        return pick_t1(
            [a.assessed_on for a in self.assessments], self.t1_after_days, self.assessments
        )

    @property
    def t1_due_on(self) -> date:
        return self.first.assessed_on + timedelta(days=self.t1_after_days)

    def changes(self) -> list[dict[str, Any]]:
        """Per domain: the first and the latest level, in the instrument's order."""
        first = {s.domain_id: s.level for s in self.first.scores.all()}
        latest = {s.domain_id: s.level for s in self.latest.scores.all()}
        return [
            {"domain": d, "first": first.get(d.pk), "latest": latest.get(d.pk)}
            for d in self.instrument.domains.all()
        ]


def pick_t1(days: list[date], after_days: int, items: list):
    """The item of the latest day at least `after_days` after the first day (days sorted)."""
    if not days:
        return None
    cutoff = days[0] + timedelta(days=after_days)
    chosen = None
    for day, item in zip(days, items, strict=True):
        if day >= cutoff:
            chosen = item
    return chosen


def series_of(household: Household) -> list[Series]:
    """The household's assessments grouped per instrument and subject."""
    days = t1_after_days(household.team.municipality_id)
    groups: dict[tuple[int, int | None], list[Assessment]] = defaultdict(list)
    for assessment in assessments_of(household):
        groups[(assessment.instrument_id, assessment.member_id)].append(assessment)
    return [
        Series(
            instrument=items[0].instrument,
            member=items[0].member,
            assessments=items,
            t1_after_days=days,
        )
        for items in groups.values()
    ]


def t1_due_for(*, user: User, households: QuerySet[Household], today: date | None = None) -> list:
    """(household, instrument, member id, T0 date) for every series of these (visible)
    households whose T1 is due: `t1_after_days` since T0 have passed and no assessment was
    made that long after T0. Three queries, whatever the number of households."""
    today = today or timezone.localdate()
    per_municipality = _days_per_municipality()
    groups = (
        Assessment.objects.filter(household__in=households.values("pk"))
        .values("household_id", "household__team__municipality_id", "instrument_id", "member_id")
        .annotate(first=Min("assessed_on"), last=Max("assessed_on"))
        .order_by("first")
    )
    due = []
    for g in groups:
        days = per_municipality.get(g["household__team__municipality_id"], DEFAULT_T1_AFTER_DAYS)
        due_on = g["first"] + timedelta(days=days)
        if today >= due_on and g["last"] < due_on:
            due.append((g, due_on))
    if not due:
        return []
    names = dict(
        Household.objects.filter(pk__in={g["household_id"] for g, _d in due}).values_list(
            "pk", "name"
        )
    )
    instruments = {
        i.pk: i for i in Instrument.objects.filter(pk__in={g["instrument_id"] for g, _d in due})
    }
    return [
        {
            "household_id": g["household_id"],
            "household_name": names.get(g["household_id"], ""),
            "instrument": instruments[g["instrument_id"]],
            "member_id": g["member_id"],
            "t0": g["first"],
            "due_on": due_on,
        }
        for g, due_on in due
    ]


# Team figures.


def can_see_figures(user: User) -> bool:
    """Team leads (their teams) and policy users (their municipality, counts only)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return (user.does_casework and user.is_team_lead) or user.role == Role.POLICY


def teams_for_figures(user: User, team_id: int | None = None) -> QuerySet[Team]:
    """The teams a user's figures count: teams_in_scope, or one of them (none if `team_id`
    is not in scope)."""
    teams = teams_in_scope(user)
    if team_id is not None:
        teams = teams.filter(pk=team_id)
    return teams


def domain_pairs(
    *, instrument: Instrument, teams: QuerySet[Team]
) -> dict[str, list[tuple[int, int]]]:
    """Per domain code, the (T0, T1) levels of every series (household or member) of these
    teams: T0 is the first assessment, T1 the latest at least the municipality's
    t1_after_days later; a domain counts when both have a level. Three queries."""
    per_municipality = _days_per_municipality()
    assessments = list(
        Assessment.objects.filter(instrument=instrument, household__team__in=teams)
        .order_by("assessed_on", "id")
        .values(
            "id", "household_id", "member_id", "assessed_on", "household__team__municipality_id"
        )
    )
    series: dict[tuple[int, int | None], list[Any]] = defaultdict(list)
    for a in assessments:
        series[(a["household_id"], a["member_id"])].append(a)
    chosen: list[tuple[int, int]] = []
    for items in series.values():
        days = per_municipality.get(
            items[0]["household__team__municipality_id"], DEFAULT_T1_AFTER_DAYS
        )
        t1 = pick_t1([a["assessed_on"] for a in items], days, items)
        if t1 is not None:
            chosen.append((items[0]["id"], t1["id"]))
    levels: dict[tuple[int, int], int] = {}
    ids = [i for pair in chosen for i in pair]
    for assessment_id, domain_id, level in Score.objects.filter(
        assessment_id__in=ids, level__isnull=False
    ).values_list("assessment_id", "domain_id", "level"):
        if level is not None:
            levels[(assessment_id, domain_id)] = level
    pairs: dict[str, list[tuple[int, int]]] = {}
    for domain in Domain.objects.filter(instrument=instrument).order_by("position", "code"):
        pairs[domain.code] = [
            (levels[(t0, domain.pk)], levels[(t1, domain.pk)])
            for t0, t1 in chosen
            if (t0, domain.pk) in levels and (t1, domain.pk) in levels
        ]
    return pairs


def change_figures(*, user: User, instrument: Instrument, team_id: int | None = None) -> dict:
    """Per domain of `instrument`, the change over the T0/T1 pairs of the user's teams (or
    one of them): radar.measurements.change.DomainChange. For policy users
    (hides_small_counts) n, up, same and down are suppressed together and the mean, the
    p-value and the T0 x T1 table are left out of a domain with a hidden count."""
    teams = teams_for_figures(user, team_id)
    pairs = domain_pairs(instrument=instrument, teams=teams)
    domains = {d.code: d for d in instrument.domains.all()}
    changes = {code: domain_change(p) for code, p in pairs.items()}
    hide = hides_small_counts(user)
    rows = []
    for code, change in changes.items():
        row: dict[str, Any] = {"code": code, "domain": domains.get(code), "change": change}
        if hide:
            shown = suppress_linked(
                {"n": change.n, "up": change.up, "same": change.same, "down": change.down},
                [Line(("up", "same", "down"), "n")],
            )
            row["shown"] = shown
            row["is_hidden"] = any(not str(v).isdigit() for v in shown.values())
        else:
            row["shown"] = {k: getattr(change, k) for k in ("n", "up", "same", "down")}
            row["is_hidden"] = False
        rows.append(row)
    return {
        "instrument": instrument,
        "rows": rows,
        "levels": list(instrument.levels.all()),
        "is_policy": hide,
        "has_scope": municipalities_for(user).exists() if hide else True,
    }


def change_as_json(figures: dict) -> dict[str, dict[str, Any]]:
    """The API's answer: per domain code {"n", "up", "same", "down", "mean_change",
    "wilcoxon_p"}, the numbers rounded to 4 decimals; hidden counts as "<5" or "x"."""
    answer = {}
    for row in figures["rows"]:
        change: DomainChange = row["change"]
        hidden = row["is_hidden"]
        shown = {k: int(v) if str(v).isdigit() else v for k, v in row["shown"].items()}
        answer[row["code"]] = {
            "n": shown["n"] if hidden else change.n,
            "up": shown["up"] if hidden else change.up,
            "same": shown["same"] if hidden else change.same,
            "down": shown["down"] if hidden else change.down,
            "mean_change": None
            if hidden or change.mean_change is None
            else round(change.mean_change, 4),
            "wilcoxon_p": None
            if hidden or change.wilcoxon_p is None
            else round(change.wilcoxon_p, 4),
        }
    return answer


def work_steps_of(household: Household) -> list:
    """The household's plan steps tagged as steps towards work, with their organisation."""
    from radar.measurements.models import WorkStep

    return list(
        WorkStep.objects.filter(step__household=household)
        .select_related("step__goal", "organisation")
        .order_by("step__is_done", "step__due_on", "step_id")
    )


def rungs_of(household: Household) -> list[dict[str, Any]]:
    """Per member on the participatieladder: the first and the latest rung (labels)."""
    rungs = []
    for series in series_of(household):
        if series.instrument.code != "participatieladder":
            continue
        levels = {level.value: level for level in series.instrument.levels.all()}

        def rung(assessment, levels=levels):
            value = next((s.level for s in assessment.scores.all() if s.level is not None), None)
            return levels.get(value) if value is not None else None

        rungs.append(
            {
                "member": series.member,
                "first": rung(series.first),
                "latest": rung(series.latest),
                "first_on": series.first.assessed_on,
                "latest_on": series.latest.assessed_on,
            }
        )
    return rungs
