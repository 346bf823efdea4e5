"""Housing First figures: retention at 6, 12 and 24 months, time housed, the outcomes the
seed names, and the commission's year. Counted through radar.figures: the teams in the
user's scope (teams_in_scope), small counts hidden for policy users (suppress_linked).

Retention (docs/decisions/0015-housing-first.md): for a horizon of H months,
only tenancies that started at least H months before the reference date count (n). Each
is, at start + H months, still housed (no end, or an end after that day), moved on, or
left in one of the other ways. A tenancy that ends exactly on start + H is not housed at
H. Retention = (housed + moved on) / n, rounded to 3 decimals; None when n is 0.
"""

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from radar.accounts.models import User
from radar.core.validators import add_months
from radar.figures.periods import Period
from radar.figures.scope import hides_small_counts, teams_in_scope
from radar.figures.suppression import SMALL_COUNT, Line, suppress, suppress_linked
from radar.housing_first.models import (
    AgendaItem,
    CandidacyEvent,
    CandidacyStatus,
    Decision,
    EndReason,
    Tenancy,
    TenancyEvent,
)

HORIZONS = (6, 12, 24)
LEFT_REASONS = tuple(r for r in EndReason.values if r != EndReason.MOVED_ON)


@dataclass(frozen=True)
class Stay:
    """What the retention figures need of one tenancy."""

    start_on: date
    end_on: date | None = None
    end_reason: str = ""


def retention(stays: Iterable[Stay], *, as_of: date) -> dict[str, dict]:
    """{"6": {"n", "housed", "moved_on", "left": {reason: count}, "retention"}, "12", "24"}
    for `stays` on the reference date `as_of` (exact counts; see the module docstring)."""
    stays = list(stays)
    result = {}
    for months in HORIZONS:
        housed = moved_on = 0
        left = dict.fromkeys(LEFT_REASONS, 0)
        n = 0
        for stay in stays:
            horizon = add_months(stay.start_on, months)
            if horizon > as_of:
                continue  # too recent for this horizon
            n += 1
            if stay.end_on is None or stay.end_on > horizon:
                housed += 1
            elif stay.end_reason == EndReason.MOVED_ON:
                moved_on += 1
            else:
                left[stay.end_reason or EndReason.OTHER] += 1
        result[str(months)] = {
            "n": n,
            "housed": housed,
            "moved_on": moved_on,
            "left": left,
            "retention": round((housed + moved_on) / n, 3) if n else None,
        }
    return result


def median_days_housed(stays: Iterable[Stay], *, as_of: date) -> float | None:
    """The median number of days in the dwelling, up to the end or `as_of` (so far, for a
    running tenancy), of the tenancies started on or before `as_of`."""
    days = [
        ((min(s.end_on, as_of) if s.end_on else as_of) - s.start_on).days
        for s in stays
        if s.start_on <= as_of
    ]
    return statistics.median(days) if days else None


def suppress_retention(table: dict[str, dict]) -> dict[str, dict]:
    """The retention table as a policy user sees it: counts as strings ("<5", "x"), each
    horizon's cells adding up to n (and housed + moved on to the retained), and the rate
    only when both the retained and n are shown."""
    shown_table = {}
    for key, row in table.items():
        values = {
            "n": row["n"],
            "housed": row["housed"],
            "moved_on": row["moved_on"],
            "kept": row["housed"] + row["moved_on"],
            **{f"left:{r}": c for r, c in row["left"].items()},
        }
        lines = [
            Line(("housed", "moved_on"), "kept"),
            Line(("kept", *(f"left:{r}" for r in row["left"])), "n"),
        ]
        shown = suppress_linked(values, lines, unpublished=("kept",))
        exact = shown["n"].isdigit() and all(shown[k].isdigit() for k in ("housed", "moved_on"))
        shown_table[key] = {
            "n": shown["n"],
            "housed": shown["housed"],
            "moved_on": shown["moved_on"],
            "left": {r: shown[f"left:{r}"] for r in row["left"]},
            "retention": row["retention"] if exact else None,
        }
    return shown_table


def _tenancies_in_scope(user: User):
    return Tenancy.objects.filter(household__team__in=teams_in_scope(user))


def stays_for(user: User, *, as_of: date) -> list[Stay]:
    return [
        Stay(start_on=t[0], end_on=t[1], end_reason=t[2])
        for t in _tenancies_in_scope(user)
        .filter(start_on__lte=as_of)
        .values_list("start_on", "end_on", "end_reason")
    ]


def retention_for(user: User, *, as_of: date) -> dict[str, dict]:
    """The retention table of the tenancies in the user's scope; suppressed for policy."""
    table = retention(stays_for(user, as_of=as_of), as_of=as_of)
    return suppress_retention(table) if hides_small_counts(user) else table


def outcomes_for(user: User, *, as_of: date) -> dict[str, object]:
    """Median days housed and the seed's outcomes up to `as_of`: families with a child
    back home from placement, families where school restarted, and of the families that
    had rent arrears, those whose latest arrears event says they are under control."""
    stays = stays_for(user, as_of=as_of)
    events = TenancyEvent.objects.filter(
        tenancy__in=_tenancies_in_scope(user), occurred_on__lte=as_of
    )
    child_back = events.filter(kind=TenancyEvent.Kind.CHILD_RETURNED)
    school = events.filter(kind=TenancyEvent.Kind.SCHOOL_RESTARTED)
    arrears = (
        events.filter(kind__in=[TenancyEvent.Kind.ARREARS, TenancyEvent.Kind.ARREARS_UNDER_CONTROL])
        .order_by("tenancy_id", "occurred_on", "id")
        .values_list("tenancy_id", "kind")
    )
    latest: dict[int, str] = {}
    for tenancy_id, kind in arrears:
        latest[tenancy_id] = kind
    counts = {
        "tenancies": len(stays),
        "children_back_home": child_back.values("tenancy_id").distinct().count(),
        "children_at_school": school.values("tenancy_id").distinct().count(),
        "had_arrears": len(latest),
        "arrears_under_control": sum(
            1 for k in latest.values() if k == TenancyEvent.Kind.ARREARS_UNDER_CONTROL
        ),
    }
    median = median_days_housed(stays, as_of=as_of)
    if hides_small_counts(user):
        # Lone counts (none is published as the sum of others): "<5" for 1 to 4; the
        # median of fewer than five stays would describe a family, so it is left out.
        hidden: dict[str, object] = {k: suppress(v) for k, v in counts.items()}
        hidden["median_days_housed"] = median if len(stays) >= SMALL_COUNT else None
        return hidden
    return {**counts, "median_days_housed": median}


def commission_year_for(user: User, *, year: int) -> dict[str, object]:
    """The commission's year for the teams in scope: candidacies submitted (first
    submissions and re-submissions), decisions by kind (by meeting date) and the median
    days from submission to decision."""
    period = Period.year(year)
    teams = teams_in_scope(user)
    submissions = CandidacyEvent.objects.filter(
        candidacy__household__team__in=teams,
        to_status=CandidacyStatus.SUBMITTED,
    ).filter(period.filter_moment("changed_at"))
    first = submissions.filter(from_status=CandidacyStatus.PREPARING).count()
    again = submissions.filter(from_status=CandidacyStatus.DECIDED).count()
    items = (
        AgendaItem.objects.filter(
            candidacy__household__team__in=teams, meeting__commission__team__in=teams
        )
        .exclude(decision="")
        .filter(period.filter("meeting__held_on"))
    )
    by_kind = {kind: 0 for kind in Decision.values}
    days = []
    for decision, held_on, submitted_on in items.values_list(
        "decision", "meeting__held_on", "submitted_on"
    ):
        by_kind[decision] += 1
        days.append((held_on - submitted_on).days)
    counts = {"submitted": first, "resubmitted": again, **by_kind}
    decided = sum(by_kind.values())
    values = {**counts, "decided": decided}
    if hides_small_counts(user):
        shown: dict[str, object] = dict(
            suppress_linked(values, [Line(tuple(Decision.values), "decided")])
        )
    else:
        shown = dict(values)
    enough = days and (not hides_small_counts(user) or len(days) >= SMALL_COUNT)
    shown["median_days_to_decision"] = statistics.median(days) if enough else None
    return shown


def left_choices() -> list[tuple[str, str]]:
    """(way of leaving, its name) for every way but moving on, in the table's order."""
    return [(r, str(EndReason(r).label)) for r in LEFT_REASONS]
