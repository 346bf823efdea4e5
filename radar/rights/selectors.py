"""Reading rights: a family's results, the caseload's open rights, reminders and figures.

Households always come from radar.households.selectors (get_household_for for one family,
visible_households for lists); nothing here widens what a user may see.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import formats, timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext

from radar.accounts.models import Team, User
from radar.core import jobs
from radar.core.states import NO_STATUS
from radar.figures.scope import hides_small_counts, teams_in_scope
from radar.figures.suppression import suppress, suppress_table
from radar.households import selectors as household_selectors
from radar.households.models import Household, Member
from radar.rights import engine, facts, labels, services
from radar.rights.catalogue import RIGHTS
from radar.rights.exchange import InvalidSituation
from radar.rights.local import evaluate_local
from radar.rights.models import (
    FOLLOW_UP_TRANSITIONS,
    FollowUpStatus,
    LocalRight,
    NonTakeUpType,
    RightFollowUp,
    ScreeningResult,
)

# Statuses shown on the family's printable page: what they may be entitled to.
FOR_THE_FAMILY = ("eligible", "to_assess")
DOMAIN_ORDER = ("income", "health", "family", "education", "childcare", "housing", "energy")


def answer_days() -> int:
    """Days after which an application without an answer shows as a reminder."""
    return int(getattr(settings, "RADAR_RIGHTS_ANSWER_DAYS", 30))


def euro(amount: float | None) -> str:
    """An amount in the user's language's number format, rounded to cents: € 1.234,56."""
    if amount is None:
        return ""
    return "€ " + formats.number_format(round(float(amount), 2), 2, force_grouping=True)


@dataclass
class Question:
    """A missing fact, to be asked inline."""

    path: str
    label: str
    member: str  # first name, or "" for a household fact
    kind: str
    choices: list[tuple[str, str]] = field(default_factory=list)
    rights: list[str] = field(default_factory=list)  # names of the rights it would decide
    current: Any = None  # the stored value, on the facts page

    @property
    def answered_none(self) -> bool:
        """Known to be empty: no benefits, no income."""
        return self.current == [] or self.current == {}

    @property
    def slug(self) -> str:
        return "".join(c if c.isalnum() else "-" for c in self.path)


@dataclass
class RightResult:
    id: str
    name: str
    domain: str
    status: str
    result: dict[str, Any]
    reasons: list[str]
    missing: list[Question]
    members: list[str]
    follow_up: RightFollowUp | None = None
    is_received: bool = False
    # Issue 9: conditions the deciding body checks at application, and rare widening routes.
    on_application: list[Question] = field(default_factory=list)
    also_if: list[Question] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return str(labels.STATUS_NAMES.get(self.status, self.status))

    @property
    def badge(self) -> str:
        return labels.STATUS_BADGES.get(self.status, "")

    @property
    def amount(self) -> str:
        result = self.result
        if result.get("local"):
            if result.get("amount") is None:
                return ""
            period = {
                "once": gettext("once"),
                "month": gettext("a month"),
                "year": gettext("a year"),
            }
            return f"{euro(result['amount'])} {period.get(result['amount_period'], '')}".strip()
        if result.get("amount_monthly") is None:
            return ""
        text = f"{euro(result['amount_monthly'])} {gettext('a month')}"
        if result.get("amount_yearly") is not None:
            text = f"{euro(result['amount_yearly'])} {gettext('a year')}"
            if result.get("paid_in_month"):
                text += " " + gettext("(paid in %(month)s)") % {
                    "month": MONTHS[result["paid_in_month"]]
                }
        if result.get("amount_is_minimum"):
            text = gettext("at least %(amount)s") % {"amount": text}
        elif self.status == "to_assess":
            text = gettext("at most %(amount)s") % {"amount": text}
        return text

    @property
    def anchor(self) -> str:
        return "right-" + "".join(c if c.isalnum() else "-" for c in self.id)

    @property
    def next_steps(self) -> list[tuple[str, str]]:
        """(status, label) the follow-up of this right can move to now."""
        current = self.follow_up.status if self.follow_up is not None else NO_STATUS
        return FOLLOW_UP_TRANSITIONS.choices_from(current)

    @property
    def is_for_the_family(self) -> bool:
        return self.status in FOR_THE_FAMILY and not self.is_received


def question_for(path: str, names: dict[str, str]) -> Question | None:
    spec = facts.spec_for(path)
    if spec is None:
        return None
    member_pk, rest = facts.split_path(path)
    choices = [(c, str(labels.value_name(c))) for c in spec.choices]
    return Question(
        path=path,
        label=labels.fact_name(rest),
        member=names.get(f"m{member_pk}", "") if member_pk is not None else "",
        kind=spec.kind,
        choices=choices,
    )


def local_rights_for(municipality_id: int | None, day: datetime.date) -> list[LocalRight]:
    """The municipality's local rights valid on `day`: the latest version of each."""
    if municipality_id is None:
        return []
    chosen: dict[str, LocalRight] = {}
    rows = LocalRight.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=day),
        municipality_id=municipality_id,
        valid_from__lte=day,
    ).order_by("slug", "-valid_from")
    for local_right in rows:
        chosen.setdefault(local_right.slug, local_right)
    return list(chosen.values())


def household_rights(
    *, household: Household, reference_date: datetime.date | None = None
) -> dict[str, Any]:
    """Everything the rights page shows for one family (already obtained through the access
    layer): results by life domain, the questions that would decide more, follow-ups and
    reminders. `errors` holds the engine's refusal of stored facts, if any."""
    day = reference_date or timezone.localdate()
    members: list[Member] = list(household.members.all())
    names = facts.member_names(members)
    situation = facts.situation_for(household, members=members, reference_date=day)
    follow_ups = {
        f.right_id: f
        for f in RightFollowUp.objects.filter(household=household).prefetch_related("changes")
    }
    context: dict[str, Any] = {
        "situation": situation,
        "names": names,
        "follow_ups": follow_ups,
        "reference_date": day,
        "errors": {},
        "groups": [],
        "questions": [],
        "results": [],
        "waiting": [f for f in follow_ups.values() if _is_waiting(f, day)],
        "answer_days": answer_days(),
    }
    try:
        evaluated = engine.evaluate(situation, translate=gettext)
    except InvalidSituation as invalid:
        context["errors"] = {
            facts.name_members(path, names): messages for path, messages in invalid.errors.items()
        }
        return context
    received = {b for m in situation["members"] for b in m.get("benefits_received", ())}
    results: list[RightResult] = []
    questions: dict[str, Question] = {}
    municipality_id = household.team.municipality_id if household.team_id else None
    outcomes = [
        (right_id, outcome, RIGHTS[right_id].domain if right_id in RIGHTS else "other")
        for right_id, outcome in evaluated["rights"].items()
    ]
    for local_right in local_rights_for(municipality_id, day):
        outcome = evaluate_local(local_right, situation, evaluated["rights"])
        outcomes.append((local_right.right_id, outcome, local_right.domain))
    for right_id, outcome, domain in outcomes:
        name = outcome.get("name") or str(labels.right_name(right_id))
        missing = []
        for path in outcome.get("missing", []):
            if path not in questions:
                question = question_for(path, names)
                if question is None:
                    continue
                questions[path] = question
            questions[path].rights.append(name)
            missing.append(questions[path])
        also_if = []
        for path in outcome.get("also_possible_if", []):
            if path not in questions:
                question = question_for(path, names)
                if question is None:
                    continue
                questions[path] = question
            questions[path].rights.append(name)
            also_if.append(questions[path])
        on_application = [
            question
            for question in (
                question_for(path, names) for path in outcome.get("checked_when_applying", [])
            )
            if question is not None
        ]
        results.append(
            RightResult(
                id=right_id,
                name=name,
                domain=domain,
                status=outcome["status"],
                result=outcome,
                reasons=[facts.name_members(r, names) for r in outcome["reasons"]],
                missing=missing,
                members=[names.get(m, m) for m in outcome.get("members", [])],
                follow_up=follow_ups.get(right_id),
                is_received=right_id in received or bool(outcome.get("received")),
                on_application=on_application,
                also_if=also_if,
            )
        )
    context["results"] = results
    context["groups"] = group_by_domain(results)
    # The questions that decide the most rights first.
    context["questions"] = sorted(questions.values(), key=lambda q: -len(q.rights))
    return context


def group_by_domain(results: list[RightResult]) -> list[tuple[str, list[RightResult]]]:
    by_domain: dict[str, list[RightResult]] = defaultdict(list)
    for result in results:
        by_domain[result.domain].append(result)
    order = {domain: i for i, domain in enumerate(DOMAIN_ORDER)}
    domains = sorted(by_domain, key=lambda d: (order.get(d, len(order)), d))
    return [(str(labels.domain_name(d)), by_domain[d]) for d in domains]


def _is_waiting(follow_up: RightFollowUp, day: datetime.date) -> bool:
    waiting = follow_up.days_waiting(day)
    return waiting is not None and waiting >= answer_days()


def applications_waiting(
    *, households: QuerySet[Household], today: datetime.date | None = None, days: int | None = None
) -> QuerySet[RightFollowUp]:
    """Applications without an answer for `days` (default RADAR_RIGHTS_ANSWER_DAYS, 30) in
    these households, oldest first. One query, however many families."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=answer_days() if days is None else days)
    return (
        RightFollowUp.objects.filter(
            household__in=households.values("pk"),
            status=FollowUpStatus.APPLIED,
            applied_on__lte=cutoff,
        )
        .select_related("household")
        .order_by("applied_on", "id")
    )


def possible_rights_not_received(*, user: User, mine: bool = True) -> QuerySet[ScreeningResult]:
    """From the last screening: rights probably open to the user's families (eligible), that
    nobody in the family receives yet and that have no follow-up yet."""
    households = household_selectors.visible_households(user)
    if mine:
        households = households.filter(assigned_workers=user)
    followed = RightFollowUp.objects.filter(
        household=OuterRef("household"), right_id=OuterRef("right_id")
    )
    return (
        ScreeningResult.objects.filter(
            household__in=households.values("pk"), status="eligible", is_received=False
        )
        .exclude(Exists(followed))
        .select_related("household")
        .order_by("household__name", "household_id", "right_id")
    )


def non_take_up_figures(*, user: User) -> dict[str, Any]:
    """Per right and per team: families probably eligible but not receiving (last screening),
    and rights realised (granted follow-ups). Team leads see their teams; policy users see
    every team of their municipality (radar.figures.scope), with small counts hidden so that
    no total gives one away (radar.figures.suppression). Never a name."""
    is_policy = hides_small_counts(user)
    teams = list(teams_in_scope(user).order_by("name"))
    eligible = (
        ScreeningResult.objects.filter(
            household__team__in=teams, status="eligible", is_received=False
        )
        .values_list("right_id", "household__team")
        .annotate(n=Count("household", distinct=True))
        .order_by()
    )
    granted = (
        RightFollowUp.objects.filter(household__team__in=teams, status=FollowUpStatus.GRANTED)
        .values_list("right_id", "household__team")
        .annotate(n=Count("household", distinct=True))
        .order_by()
    )
    not_pursued = (
        RightFollowUp.objects.filter(household__team__in=teams, status=FollowUpStatus.NOT_PURSUED)
        .values_list("non_take_up_type")
        .annotate(n=Count("id"))
        .order_by()
    )
    cells: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for right_id, team, n in eligible:
        cells[right_id][team][0] = n
    for right_id, team, n in granted:
        cells[right_id][team][1] = n
    ordered = [r for r in RIGHTS if r in cells] + sorted(r for r in cells if r not in RIGHTS)
    # Two tables, each with a total per right (rights overlap, so no total per team).
    tables = [
        [[cells[right_id][t.pk][measure] for t in teams] for right_id in ordered]
        for measure in (0, 1)
    ]
    if is_policy:
        shown = [suppress_table(table, col_totals=False) for table in tables]
        per_team = [s.cells for s in shown]
        totals = [s.row_totals or [] for s in shown]
    else:
        per_team = [[[str(n) for n in row] for row in table] for table in tables]
        totals = [[str(sum(row)) for row in table] for table in tables]
    rows = [
        {
            "right": str(labels.right_name(right_id)),
            "teams": list(zip(per_team[0][i], per_team[1][i], strict=True)),
            "total": (totals[0][i], totals[1][i]),
        }
        for i, right_id in enumerate(ordered)
    ]
    show = suppress if is_policy else str
    types = dict(NonTakeUpType.choices)
    return {
        "teams": teams,
        "rows": rows,
        "is_policy": is_policy,
        "has_scope": bool(teams),
        "not_pursued": [(types.get(t, t), show(n)) for t, n in not_pursued],
        "last_screened_at": ScreeningResult.objects.filter(household__team__in=teams)
        .order_by("-screened_at")
        .values_list("screened_at", flat=True)
        .first(),
    }


def screening_of(*, team: Team) -> dict[str, Any]:
    """A team's screening for its team lead's page: the last run (active or ended, with its
    progress: radar.core.jobs), the last one that succeeded (its counts), and how many
    families the team has now. Counts only, never a name."""
    scope = services.screening_scope(team)
    return {
        "team": team,
        "run": jobs.latest_run(kind=services.SCREEN_JOB, scope=scope),
        "last": jobs.last_finished_run(kind=services.SCREEN_JOB, scope=scope),
        "households": team.households.count(),
    }
