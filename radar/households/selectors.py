"""Reading households: the one access layer for pages, API, exports and CLI.

A worker in a casework role sees the households of their own team(s); partner, policy
and administrator roles see no named family. `get_household_for` gives the same
refusal (HouseholdNotFound, a 404) for "does not exist" and "not yours", and writes
every read and every refusal to the audit log.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core import audit
from radar.households.insz import normalize_insz
from radar.households.models import ACTIVE_STATUSES, Household, Member


class HouseholdNotFound(Http404):
    """Raised for a household that does not exist or that the user may not see."""


def visible_households(user) -> QuerySet[Household]:
    """The households this user may see: the scope every list, search and export starts from."""
    if user is None or not user.is_authenticated:
        return Household.objects.none()
    if not user.does_casework:
        return Household.objects.none()
    return Household.objects.filter(team__in=user.teams.all())


def can_see_households(user) -> bool:
    return bool(user and user.is_authenticated and user.does_casework)


def get_household_for(
    *, user, household_id, purpose: str = "casework", channel: str = "web", log: bool = True
) -> Household:
    """The household, if this user may see it; the read is written to the audit log.

    Raises HouseholdNotFound (and logs the refusal) when it does not exist or is not theirs.
    """
    try:
        household_pk = int(household_id)
    except (TypeError, ValueError):
        household_pk = None
    household = (
        visible_households(user).select_related("team").filter(pk=household_pk).first()
        if household_pk is not None
        else None
    )
    if household is None:
        audit.record(
            user=user,
            action=audit.Action.DENIED,
            object_type="households.household",
            household_id=household_pk,
            purpose=purpose,
            channel=channel,
        )
        raise HouseholdNotFound(_("No such household in your caseload."))
    if log:
        audit.record(
            user=user, action=audit.Action.VIEW, obj=household, purpose=purpose, channel=channel
        )
    return household


def list_households_for(
    *,
    user,
    query: str = "",
    status: str = "",
    mine: bool = False,
) -> QuerySet[Household]:
    """The households this user may see, filtered by a search text, a status or own caseload."""
    households = visible_households(user)
    if status:
        households = households.filter(status=status)
    if mine:
        households = households.filter(assigned_workers=user)
    query = (query or "").strip()
    if query:
        digits = normalize_insz(query)
        condition = (
            Q(name__icontains=query)
            | Q(street__icontains=query)
            | Q(neighbourhood__icontains=query)
            | Q(members__last_name__icontains=query)
            | Q(members__first_name__icontains=query)
        )
        if digits.isdigit() and len(digits) == 11:
            condition |= Q(members__insz=digits)
        matching = visible_households(user).filter(condition).values("pk")
        households = households.filter(pk__in=matching)
    return households.select_related("team").prefetch_related("assigned_workers")


def losing_contact_cutoff(now=None, days: int | None = None):
    now = now or timezone.now()
    return now - timedelta(days=settings.RADAR_LOSING_CONTACT_DAYS if days is None else days)


def losing_contact_condition(now=None, days: int | None = None) -> Q:
    """Active families without a successful contact for N days (or none since the signal)."""
    cutoff = losing_contact_cutoff(now, days)
    return Q(status__in=ACTIVE_STATUSES) & (
        Q(last_reached_at__lt=cutoff) | Q(last_reached_at__isnull=True, signalled_at__lt=cutoff)
    )


def list_losing_contact_for(*, user, mine: bool = True, now=None, days=None) -> QuerySet[Household]:
    """Active families of the user without a successful contact for `days`
    (default: the user's municipality setting)."""
    if days is None and getattr(user, "is_authenticated", False):
        days = user.losing_contact_days()
    households = visible_households(user).filter(losing_contact_condition(now, days))
    if mine:
        households = households.filter(assigned_workers=user)
    return households.order_by(Coalesce("last_reached_at", "signalled_at"), "id")


def count_by_status(households: QuerySet[Household]) -> dict[str, int]:
    rows = households.order_by().values("status").annotate(n=Count("id"))
    return {row["status"]: row["n"] for row in rows}


def find_duplicate_members(
    *, user, first_name: str, last_name: str, birth_date=None, insz: str = ""
) -> list[Member]:
    """Likely duplicates among the people this user may see: the same INSZ, or a similar
    name with the same birth date. Nothing is logged: only names are shown."""
    from radar.households.duplicates import similar_names

    candidates: dict[int, Member] = {}
    visible = Member.objects.filter(household__in=visible_households(user)).select_related(
        "household"
    )
    digits = normalize_insz(insz)
    if digits:
        for member in visible.filter(insz=digits)[:10]:
            candidates[member.pk] = member
    if birth_date:
        for member in visible.filter(birth_date=birth_date)[:200]:
            if similar_names(
                f"{first_name} {last_name}", f"{member.first_name} {member.last_name}"
            ):
                candidates[member.pk] = member
    return list(candidates.values())
