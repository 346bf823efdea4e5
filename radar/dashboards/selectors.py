"""What the dashboards show. Each function runs a fixed number of queries,
whatever the number of households or contacts (checked in tests/test_query_counts.py)."""

from collections.abc import Hashable
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from radar.accounts.models import CASEWORK_ROLES, User
from radar.aid import selectors as aid_selectors
from radar.figures.periods import Period
from radar.figures.scope import municipalities_for, teams_in_scope
from radar.figures.suppression import suppress, suppress_linked
from radar.households import selectors as household_selectors
from radar.households.models import ACTIVE_STATUSES, Channel, Household, Intake, Status
from radar.measurements import selectors as measurement_selectors
from radar.plans.models import Step
from radar.referrals import selectors as referral_selectors
from radar.rights import selectors as rights_selectors

LIST_LIMIT = 25


def steps_due_for(*, user: User, households, today=None, limit=LIST_LIMIT):
    """Open steps due within RADAR_STEPS_DUE_DAYS (overdue ones first) in these households."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=settings.RADAR_STEPS_DUE_DAYS)
    return (
        Step.objects.filter(
            household__in=households.values("pk"), is_done=False, due_on__lte=horizon
        )
        .select_related("household", "goal__domain")
        .order_by("due_on", "id")[:limit]
    )


def outreacher_dashboard(*, user: User, scope: str = "mine", now=None) -> dict:
    now = now or timezone.now()
    days = user.losing_contact_days()
    households = household_selectors.visible_households(user)
    if scope == "mine":
        households = households.filter(assigned_workers=user)
    losing = household_selectors.list_losing_contact_for(
        user=user, mine=scope == "mine", now=now, days=days
    )
    return {
        "scope": scope,
        "by_status": [
            (value, label, n)
            for (value, label), n in zip(
                Status.choices,
                _status_counts(households),
                strict=True,
            )
        ],
        "steps_due": list(steps_due_for(user=user, households=households)),
        "losing_contact": list(losing.select_related("team")[:LIST_LIMIT]),
        "losing_contact_count": losing.count(),
        "losing_days": days,
        "recent": list(households.order_by("-signalled_at")[:5]),
        "rights_waiting": list(
            rights_selectors.applications_waiting(households=households)[:LIST_LIMIT]
        ),
        "referrals_waiting": list(
            referral_selectors.referrals_awaiting_first_contact(user, households=households)[
                :LIST_LIMIT
            ]
        ),
        "t1_due": measurement_selectors.t1_due_for(
            user=user, households=households.filter(status__in=ACTIVE_STATUSES)
        )[:LIST_LIMIT],
        "today": timezone.localdate(),
        "now": now,
    }


def _status_counts(households) -> list[int]:
    counts = household_selectors.count_by_status(households)
    return [counts.get(value, 0) for value in Status.values]


def team_dashboard(*, user: User, now=None) -> dict:
    """Per worker of the lead's teams: caseload, families losing contact (the rule of
    households.selectors.losing_contact_condition), overdue steps; the families per status
    and those without an outreacher.

    The counts are kept for RADAR_TEAM_DASHBOARD_SECONDS (a minute; 0 = count every time);
    counting them is fast as well (indexes: ADR 0016). `counted_at` says when they were
    counted; the lists (workers, families without an outreacher) are live."""
    now = now or timezone.now()
    team_ids = household_selectors.team_ids_of(user)
    days = user.losing_contact_days()
    counts = _team_counts(team_ids=team_ids, days=days, now=now)
    workers = list(
        User.objects.filter(teams__in=team_ids, role__in=CASEWORK_ROLES, is_active=True)
        .distinct()
        .order_by("first_name", "username")
    )
    rows = [
        (
            w,
            counts["caseload"].get(w.pk, 0),
            counts["losing"].get(w.pk, 0),
            counts["overdue"].get(w.pk, 0),
        )
        for w in workers
    ]
    unassigned = (
        household_selectors.visible_households(user)
        .filter(status__in=ACTIVE_STATUSES)
        .filter(
            ~Exists(Household.assigned_workers.through.objects.filter(household_id=OuterRef("pk")))
        )
    )
    return {
        "rows": rows,
        "unassigned_count": counts["unassigned"],
        "unassigned": list(unassigned.order_by("-signalled_at")[:LIST_LIMIT]),
        "by_status": list(zip(Status.choices, counts["by_status"], strict=True)),
        "losing_days": days,
        "counted_at": counts["counted_at"],
        "counted_seconds_ago": max(0, int((now - counts["counted_at"]).total_seconds())),
        "is_cached": settings.RADAR_TEAM_DASHBOARD_SECONDS > 0,
        # Budget lines of the municipality running out this year (radar.aid.selectors).
        "budget_warnings": aid_selectors.budget_warnings_for(user=user),
    }


def _team_counts(*, team_ids: list[int], days: int, now) -> dict:
    """The team dashboard's counts, from the cache when they are younger than
    RADAR_TEAM_DASHBOARD_SECONDS. Only counts are cached, never a name."""
    seconds = settings.RADAR_TEAM_DASHBOARD_SECONDS
    key = f"radar:team-dashboard:{','.join(map(str, sorted(team_ids)))}:{days}"
    if seconds > 0:
        cached = cache.get(key)
        if cached is not None:
            return cached
    households = Household.objects.filter(team_id__in=team_ids)
    active = households.filter(status__in=ACTIVE_STATUSES)
    # Per worker (None: the families without an outreacher), in two counts that each avoid
    # reading every household row: the caseload from the index (team, id, status) joined with
    # the assignments, and the families losing contact through the partial index of the
    # losing-contact rule (ADR 0016). COUNT(*): COUNT(id) would make PostgreSQL read the rows.
    caseload = dict(active.values_list("assigned_workers").annotate(n=Count("*")).order_by())
    unassigned = caseload.pop(None, 0)
    losing = dict(
        households.filter(household_selectors.losing_contact_condition(now, days))
        .values_list("assigned_workers")
        .annotate(n=Count("*"))
        .order_by()
    )
    losing.pop(None, None)
    # A step counts once for each worker of its family.
    overdue = dict(
        Step.objects.filter(
            household__team_id__in=team_ids, is_done=False, due_on__lt=timezone.localdate()
        )
        .values_list("household__assigned_workers")
        .annotate(n=Count("*"))
        .order_by()
    )
    overdue.pop(None, None)
    counts = {
        "caseload": caseload,
        "losing": losing,
        "unassigned": unassigned,
        "overdue": overdue,
        "by_status": _status_counts(households),
        "counted_at": now,
    }
    if seconds > 0:
        cache.set(key, counts, seconds)
    return counts


def municipality_figures(*, user: User, year: int | None = None) -> dict:
    """Aggregated figures without any name, for policy users: counts only, small ones hidden
    (radar.figures). A family counts as signalled in `year` when an intake of it was received
    in `year` (the intake's own date), on this page as on every other."""
    period = Period.year(year) if year else Period.this_year()
    households = Household.objects.filter(team__in=teams_in_scope(user))
    intakes = Intake.objects.filter(period.filter("received_on"), household__in=households)
    signalled = intakes.aggregate(
        families=Count("household", distinct=True),
        not_known=Count("household", distinct=True, filter=Q(household__is_known_to_ocmw=False)),
    )
    channel_counts = dict(
        intakes.values_list("channel").annotate(n=Count("household", distinct=True)).order_by()
    )
    shown = _signal_figures(signalled["families"], signalled["not_known"], channel_counts)
    channels = sorted(
        Channel.objects.filter(pk__in=channel_counts),
        # Biggest first, but the hidden counts after the shown ones in the list's own order,
        # so that the order says nothing about them.
        key=lambda c: (
            -int(shown[("channel", c.pk)]) if shown[("channel", c.pk)].isdigit() else 1,
            c.position,
            c.code,
        ),
    )
    return {
        "year": period.start.year,
        "has_scope": municipalities_for(user).exists(),
        "by_status": [
            (choice, suppress(n))
            for choice, n in zip(Status.choices, _status_counts(households), strict=True)
        ],
        "signalled_this_year": shown["signalled"],
        "not_known_this_year": shown["not_known"],
        "by_channel": [{"name": c.name, "n": shown[("channel", c.pk)]} for c in channels],
    }


def _signal_figures(families: int, not_known: int, per_channel: dict[int, int]) -> dict:
    """Families signalled, of them not known to the OCMW, and per channel: suppressed together,
    since the channels add up to the families (more, when a family came through two)."""
    values: dict[Hashable, int] = {
        "signalled": families,
        "not_known": not_known,
        "known": families - not_known,
    }
    lines: list[tuple[list[Hashable], Hashable]] = [(["not_known", "known"], "signalled")]
    channels: list[Hashable] = [("channel", pk) for pk in per_channel]
    values.update({("channel", pk): n for pk, n in per_channel.items()})
    through_channels = sum(per_channel.values())
    unpublished, known = {"known"}, set()
    if through_channels == families:
        lines.append((channels, "signalled"))
    else:
        # The families that came through two channels: a reader may guess how many.
        values.update(channels_total=through_channels, twice=through_channels - families)
        lines += [(channels, "channels_total"), (["signalled", "twice"], "channels_total")]
        unpublished.add("channels_total")
        known.add("twice")
    return suppress_linked(values, lines, unpublished=unpublished, known=known)
