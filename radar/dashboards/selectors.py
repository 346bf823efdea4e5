"""What the dashboards show. Each function runs a fixed number of queries,
whatever the number of households or contacts (checked in tests/test_query_counts.py)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.db.models.lookups import LessThan
from django.utils import timezone

from radar.accounts.models import CASEWORK_ROLES, Municipality, User
from radar.households import selectors as household_selectors
from radar.households.models import ACTIVE_STATUSES, Channel, Household, Intake, Status
from radar.plans.models import Step
from radar.referrals import selectors as referral_selectors
from radar.rights import selectors as rights_selectors

LIST_LIMIT = 25


def steps_due_for(*, user, households, today=None, limit=LIST_LIMIT):
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


def outreacher_dashboard(*, user, scope: str = "mine", now=None) -> dict:
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
        "today": timezone.localdate(),
        "now": now,
    }


def _status_counts(households) -> list[int]:
    counts = household_selectors.count_by_status(households)
    return [counts.get(value, 0) for value in Status.values]


def team_dashboard(*, user, now=None) -> dict:
    """Per worker of the lead's teams: caseload, families losing contact, overdue steps."""
    now = now or timezone.now()
    today = timezone.localdate()
    team_ids = household_selectors.team_ids_of(user)
    days = user.losing_contact_days()
    cutoff = household_selectors.losing_contact_cutoff(now, days)
    workers = list(
        User.objects.filter(teams__in=team_ids, role__in=CASEWORK_ROLES, is_active=True)
        .distinct()
        .order_by("first_name", "username")
    )
    # Counted from the assignment table: one grouped scan instead of COUNT(DISTINCT) per worker.
    assignments = Household.assigned_workers.through.objects.filter(
        household__team_id__in=team_ids, household__status__in=ACTIVE_STATUSES
    )
    per_worker = {
        row["user_id"]: row
        for row in assignments.values("user_id")
        .annotate(
            caseload=Count("household_id"),
            losing=Count(
                "household_id",
                filter=Q(
                    LessThan(
                        Coalesce("household__last_reached_at", "household__signalled_at"), cutoff
                    )
                ),
            ),
        )
        .order_by()
    }
    overdue = dict(
        Step.objects.filter(
            household__team_id__in=team_ids,
            is_done=False,
            due_on__lt=today,
            household__assigned_workers__isnull=False,
        )
        .values_list("household__assigned_workers")
        .annotate(n=Count("id", distinct=True))
        .order_by()
    )
    rows = [
        (
            w,
            per_worker.get(w.pk, {}).get("caseload", 0),
            per_worker.get(w.pk, {}).get("losing", 0),
            overdue.get(w.pk, 0),
        )
        for w in workers
    ]
    team_households = household_selectors.visible_households(user)
    unassigned = team_households.filter(status__in=ACTIVE_STATUSES).filter(
        ~Exists(Household.assigned_workers.through.objects.filter(household_id=OuterRef("pk")))
    )
    return {
        "rows": rows,
        "unassigned_count": unassigned.count(),
        "unassigned": list(unassigned.order_by("-signalled_at")[:LIST_LIMIT]),
        "by_status": list(zip(Status.choices, _status_counts(team_households), strict=True)),
        "losing_days": days,
    }


SMALL_COUNT = 5


def suppress_small(n: int) -> str:
    """Counts of 1 to 4 are shown as '<5' so no family can be singled out from the figures."""
    return f"<{SMALL_COUNT}" if 0 < n < SMALL_COUNT else str(n)


def municipalities_of(user):
    """The municipalities whose figures a user may see: those of their teams; a user without a
    team sees the municipality only when the installation serves exactly one."""
    municipalities = Municipality.objects.filter(teams__in=user.teams.all()).distinct()
    if municipalities.exists():
        return municipalities
    everything = Municipality.objects.all()
    return everything if everything.count() == 1 else Municipality.objects.none()


def municipality_figures(*, user, year: int | None = None) -> dict:
    """Aggregated figures without any name, for policy users: counts only, small ones hidden."""
    year = year or timezone.localdate().year
    households = Household.objects.filter(team__municipality__in=municipalities_of(user))
    signalled = households.filter(signalled_at__year=year)
    channel_counts = dict(
        Intake.objects.filter(received_on__year=year, household__in=households)
        .values_list("channel")
        .annotate(n=Count("household", distinct=True))
        .order_by()
    )
    channels = Channel.objects.filter(pk__in=channel_counts)
    return {
        "year": year,
        "by_status": [
            (choice, suppress_small(n))
            for choice, n in zip(Status.choices, _status_counts(households), strict=True)
        ],
        "signalled_this_year": suppress_small(signalled.count()),
        "not_known_this_year": suppress_small(signalled.filter(is_known_to_ocmw=False).count()),
        "by_channel": [
            {"name": c.name, "n": suppress_small(channel_counts[c.pk])}
            for c in sorted(channels, key=lambda c: -channel_counts[c.pk])
        ],
    }
