"""Reading info point sessions: casework roles see their own teams' sessions; team leads
and policy users see figures per neighbourhood (policy: counts only, small ones hidden, by
radar.figures).

`get_session_for` gives the same refusal (SessionNotFound, a 404) for "does not exist"
and "not yours".
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Role, User
from radar.core.ids import parse_id
from radar.figures.periods import Period
from radar.figures.scope import hides_small_counts, municipalities_for, teams_in_scope
from radar.figures.suppression import suppress_linked
from radar.households import selectors as household_selectors
from radar.households.models import Intake, LifeDomain
from radar.infopoint.models import InfoPointSession, SessionQuestionCount

# The intake form offers the sessions of the last RECENT_DAYS days (and today's).
RECENT_DAYS = 30

INFO_POINT_CHANNEL = "info_point"


class SessionNotFound(Http404):
    """Raised for a session that does not exist or that is not of the user's teams."""


def visible_sessions(user: User) -> QuerySet[InfoPointSession]:
    """The sessions of the user's teams; none for partner, policy and administrator."""
    if user is None or not getattr(user, "does_casework", False):
        return InfoPointSession.objects.none()
    return InfoPointSession.objects.filter(team__in=user.teams.all())


def get_session_for(*, user: User, session_id) -> InfoPointSession:
    """The session, if it is one of the user's teams. Raises SessionNotFound otherwise."""
    pk = parse_id(session_id)
    if pk is None:
        raise SessionNotFound(_("No such info point session in your team."))
    session = visible_sessions(user).select_related("team").filter(pk=pk).first()
    if session is None:
        raise SessionNotFound(_("No such info point session in your team."))
    return session


def _quick_check_counts() -> QuerySet:
    """The rights explorer's quick checks counted at sessions (rights.QuickCheckCount,
    related name quick_check_counts), read through the relation: rights stands on a higher
    floor (docs/architecture.md) and is not imported here."""
    model = InfoPointSession._meta.get_field("quick_check_counts").related_model
    assert isinstance(model, type)
    return model._default_manager.all()


def _sum_per_session(queryset, value: str) -> Coalesce:
    """The sum of `value` over the rows of `queryset` for the outer session (0 when none)."""
    total = (
        queryset.filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(total=Sum(value))
        .values("total")
    )
    return Coalesce(Subquery(total), 0)


def list_sessions_for(*, user: User) -> QuerySet[InfoPointSession]:
    """The user's teams' sessions, newest first, each with `question_total`, `intake_total`
    and `quick_check_total` (one query, whatever the number of sessions)."""
    intakes = (
        Intake.objects.filter(info_point_session=OuterRef("pk"))
        .order_by()
        .values("info_point_session")
        .annotate(total=Count("id"))
        .values("total")
    )
    return (
        visible_sessions(user)
        .select_related("team")
        .annotate(
            question_total=_sum_per_session(SessionQuestionCount.objects.all(), "count"),
            quick_check_total=_sum_per_session(_quick_check_counts(), "count"),
            intake_total=Coalesce(Subquery(intakes), 0),
        )
        .order_by("-held_on", "-start_time", "-id")
    )


def recent_sessions_for(*, user: User, today: date | None = None) -> QuerySet[InfoPointSession]:
    """Sessions an intake may come from: the user's teams', of the last RECENT_DAYS days."""
    today = today or timezone.localdate()
    return (
        visible_sessions(user)
        .filter(held_on__range=(today - timedelta(days=RECENT_DAYS), today))
        .select_related("team")
        .order_by("-held_on", "-start_time", "-id")
    )


def todays_session_for(*, user: User, team=None, today: date | None = None):
    """The session to suggest for an intake from the info point: today's (the latest if
    there were several), of `team` if given; None when there was none."""
    today = today or timezone.localdate()
    sessions = visible_sessions(user).filter(held_on=today)
    if team is not None:
        sessions = sessions.filter(team=team)
    return sessions.order_by("-start_time", "-id").first()


@dataclass
class SessionSummary:
    session: InfoPointSession
    questions: list[tuple[LifeDomain, int]]
    question_total: int
    quick_checks: int
    intakes: list[Intake]
    hidden_intakes: int = 0


def session_summary(*, user: User, session: InfoPointSession) -> SessionSummary:
    """Questions per active life domain (0 included), the quick checks, and the intakes that
    came from the session. Intakes of families the user may not see are only counted."""
    counts = dict(session.question_counts.values_list("domain", "count"))
    domains = LifeDomain.objects.filter(Q(is_active=True) | Q(pk__in=counts))
    questions = [(d, counts.get(d.pk, 0)) for d in domains]
    intakes = Intake.objects.filter(info_point_session=session)
    visible = list(
        intakes.filter(household__in=household_selectors.visible_households(user))
        .select_related("household", "channel")
        .order_by("-received_on", "-id")
    )
    quick_checks = _quick_check_counts().filter(session=session).aggregate(n=Sum("count"))["n"] or 0
    return SessionSummary(
        session=session,
        questions=questions,
        question_total=sum(counts.values()),
        quick_checks=quick_checks,
        intakes=visible,
        hidden_intakes=intakes.count() - len(visible),
    )


# Figures per neighbourhood over time.

PERIODS = ("month", "quarter")


def can_see_figures(user: User) -> bool:
    """Team leads (their teams) and policy users (their municipality, counts only)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return (user.does_casework and user.is_team_lead) or user.role == Role.POLICY


@dataclass
class FigureRow:
    neighbourhood: str
    period: date
    sessions: Any = 0
    visitors: Any = 0
    questions: list[Any] = field(default_factory=list)
    intakes: Any = 0
    quick_checks: Any = 0

    @property
    def quarter(self) -> int:
        return (self.period.month - 1) // 3 + 1


def neighbourhood_figures(*, user: User, year: int | None = None, period: str = "month") -> dict:
    """Per neighbourhood and month (or quarter) of `year`: sessions, visitors, questions per
    life domain, intakes and quick checks, each counted in the month the session was held.
    Never a name. For policy users (radar.figures.scope.hides_small_counts) counts of 1 to 4
    show as "<5", and months and quarters are suppressed together: the quarters are the
    published totals of their months, so that no hidden month can be worked out by comparing
    the two views. Five queries."""
    year = year or timezone.localdate().year
    period = period if period in PERIODS else "month"
    sessions = InfoPointSession.objects.filter(
        Period.year(year).filter("held_on"), team__in=teams_in_scope(user)
    )
    months = _counts_per_month(sessions)
    used = {d for cells in months.values() for d in cells["questions"]}
    domains = list(LifeDomain.objects.filter(Q(is_active=True) | Q(pk__in=used)))
    quarters: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0] * (len(domains) + 4))
    month_rows = {key: _as_row(cells, domains) for key, cells in months.items()}
    for (hood, month), counts in month_rows.items():
        total = quarters[(hood, _quarter_of(month))]
        total[:] = [a + b for a, b in zip(total, counts, strict=True)]
    is_policy = hides_small_counts(user)
    chosen = month_rows if period == "month" else quarters
    shown = _suppress_months_and_quarters(month_rows, quarters) if is_policy else {}

    def show(key: tuple[str, date], column: int) -> int | str:
        return shown[(period, *key, column)] if is_policy else chosen[key][column]

    last = len(domains) + 2
    figures = [
        FigureRow(
            neighbourhood=key[0],
            period=key[1],
            sessions=show(key, 0),
            visitors=show(key, 1),
            questions=[show(key, 2 + i) for i in range(len(domains))],
            intakes=show(key, last),
            quick_checks=show(key, last + 1),
        )
        for key in sorted(chosen, key=_by_neighbourhood_then_period)
    ]
    return {
        "year": year,
        "period": period,
        "rows": figures,
        "domains": domains,
        "is_policy": is_policy,
        "has_scope": municipalities_for(user).exists() if is_policy else True,
    }


def _counts_per_month(sessions: QuerySet[InfoPointSession]) -> dict[tuple[str, date], dict]:
    rows: dict[tuple[str, date], dict[str, Any]] = defaultdict(
        lambda: {"sessions": 0, "visitors": 0, "questions": {}, "intakes": 0, "quick_checks": 0}
    )
    for hood, when, n, visitors in (
        sessions.annotate(p=TruncMonth("held_on"))
        .values_list("neighbourhood", "p")
        .annotate(n=Count("id"), v=Sum("visitors"))
        .order_by()
    ):
        rows[(hood, _as_date(when))].update(sessions=n, visitors=visitors or 0)
    for hood, when, domain, n in (
        SessionQuestionCount.objects.filter(session__in=sessions)
        .annotate(p=TruncMonth("session__held_on"))
        .values_list("session__neighbourhood", "p", "domain")
        .annotate(n=Sum("count"))
        .order_by()
    ):
        rows[(hood, _as_date(when))]["questions"][domain] = n
    for hood, when, n in (
        Intake.objects.filter(info_point_session__in=sessions)
        .annotate(p=TruncMonth("info_point_session__held_on"))
        .values_list("info_point_session__neighbourhood", "p")
        .annotate(n=Count("id"))
        .order_by()
    ):
        rows[(hood, _as_date(when))]["intakes"] = n
    for hood, when, n in (
        _quick_check_counts()
        .filter(session__in=sessions)
        .annotate(p=TruncMonth("session__held_on"))
        .values_list("session__neighbourhood", "p")
        .annotate(n=Sum("count"))
        .order_by()
    ):
        rows[(hood, _as_date(when))]["quick_checks"] = n
    return rows


def _as_row(cells: dict, domains: list[LifeDomain]) -> list[int]:
    """sessions, visitors, the questions per domain, intakes, quick checks."""
    questions = [cells["questions"].get(d.pk, 0) for d in domains]
    return [
        cells["sessions"],
        cells["visitors"],
        *questions,
        cells["intakes"],
        cells["quick_checks"],
    ]


def _quarter_of(month: date) -> date:
    return date(month.year, (month.month - 1) // 3 * 3 + 1, 1)


def _suppress_months_and_quarters(months: dict, quarters: dict) -> dict:
    """Display strings keyed ("month" | "quarter", neighbourhood, first day, column)."""
    values: dict = {}
    lines = []
    for (hood, quarter), totals in quarters.items():
        in_quarter = [date(quarter.year, quarter.month + i, 1) for i in range(3)]
        for column, total in enumerate(totals):
            values[("quarter", hood, quarter, column)] = total
            cells = []
            for month in in_quarter:
                counts = months.get((hood, month))
                values[("month", hood, month, column)] = counts[column] if counts else 0
                cells.append(("month", hood, month, column))
            lines.append((cells, ("quarter", hood, quarter, column)))
    return suppress_linked(values, lines)


def _by_neighbourhood_then_period(key: tuple[str, date]) -> tuple[str, date]:
    hood, when = key
    return hood.lower(), when


def _as_date(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value
