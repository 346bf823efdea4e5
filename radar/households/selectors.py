"""Reading households: the one access layer for pages, API, exports and CLI.

A worker in a casework role sees the households of their own team(s); partner, policy
and administrator roles see no named family. `get_household_for` gives the same
refusal (HouseholdNotFound, a 404) for "does not exist" and "not yours", and writes
every read and every refusal to the audit log.
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, DateTimeField, F, Q, QuerySet, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import LessThan
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import User
from radar.core import audit
from radar.core.ids import parse_id
from radar.households import registry
from radar.households.duplicates import similar_names
from radar.households.insz import normalize_insz
from radar.households.models import ACTIVE_STATUSES, Household, Member


class HouseholdNotFound(Http404):
    """Raised for a household that does not exist or that the user may not see."""


def visible_households(user: User) -> QuerySet[Household]:
    """The households this user may see: the scope every list, search and export starts from."""
    if user is None or not user.is_authenticated:
        return Household.objects.none()
    if not user.does_casework:
        return Household.objects.none()
    # Team ids as constants, not a subquery: PostgreSQL can then use the (team, ...) indexes.
    return Household.objects.filter(team_id__in=team_ids_of(user))


def team_ids_of(user: User) -> list[int]:
    """The user's team ids, looked up once per request (cached on the user object)."""
    cached = getattr(user, "_radar_team_ids", None)
    if cached is None:
        cached = list(user.teams.values_list("pk", flat=True))
        setattr(user, "_radar_team_ids", cached)  # noqa: B010 (a per-request cache)
    return cached


def can_see_households(user: User) -> bool:
    return bool(user and user.is_authenticated and user.does_casework)


def get_household_for(
    *, user: User, household_id, purpose: str = "casework", channel: str = "web", log: bool = True
) -> Household:
    """The household, if this user may see it; the read is written to the audit log.

    Raises HouseholdNotFound (and logs the refusal) when it does not exist or is not theirs.
    """
    household_pk = parse_id(household_id)  # None for ids no row can have (2**70, "²")
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
    user: User,
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
        # One IN over a UNION ALL of the matching households and the households of the
        # matching members: PostgreSQL finds each with its trigram indexes (households
        # migration 0006) and joins the few ids to the visible households. (An OR of two IN
        # subqueries made it test every visible household against both: ADR 0016.)
        by_household = Household.objects.filter(
            Q(name__icontains=query)
            | Q(street__icontains=query)
            | Q(neighbourhood__icontains=query)
        ).values("pk")
        member_match = Q(last_name__icontains=query) | Q(first_name__icontains=query)
        digits = normalize_insz(query)
        if digits.isdigit() and len(digits) == 11:
            member_match |= Q(insz=digits)
        by_member = Member.objects.filter(member_match).values("household_id")
        matching = by_household.order_by().union(by_member.order_by(), all=True)
        households = households.filter(pk__in=matching)
    return households.select_related("team").prefetch_related("assigned_workers")


def losing_contact_threshold(municipality=None) -> int:
    """The losing-contact threshold in days: the municipality's (accounts.Municipality
    .losing_contact_days), or the RADAR_LOSING_CONTACT_DAYS setting without one."""
    days = getattr(municipality, "losing_contact_days", None)
    return days or settings.RADAR_LOSING_CONTACT_DAYS


def losing_contact_cutoff(now=None, days: int | None = None):
    """The moment before which an active family's last successful contact (or signal)
    means "losing contact": `days` (default: losing_contact_threshold()) before `now`."""
    now = now or timezone.now()
    return now - timedelta(days=losing_contact_threshold() if days is None else days)


def losing_contact_condition(now=None, days: int | None = None) -> Q:
    """Active families without a successful contact for N days (or none since the signal)."""
    cutoff = losing_contact_cutoff(now, days)
    # The same as "last reached before the cutoff, or never reached and signalled before it",
    # written on the expression the household_contact_ref index covers.
    return Q(status__in=ACTIVE_STATUSES) & Q(
        LessThan(Coalesce("last_reached_at", "signalled_at"), cutoff)
    )


def list_losing_contact_for(
    *, user: User, mine: bool = True, now=None, days=None
) -> QuerySet[Household]:
    """Active families of the user without a successful contact for `days`
    (default: the user's municipality setting)."""
    if days is None and getattr(user, "is_authenticated", False):
        days = user.losing_contact_days()
    households = visible_households(user).filter(losing_contact_condition(now, days))
    if mine:
        households = households.filter(assigned_workers=user)
    return households.order_by(Coalesce("last_reached_at", "signalled_at"), "id")


def losing_contact_days_for(*, user: User, household: Household, now=None) -> int | None:
    """The days since the family's last successful contact (or its signal) when it is losing
    contact by `losing_contact_condition` at the user's municipality's threshold; None when it
    is not. The household comes from get_household_for."""
    now = now or timezone.now()
    days = user.losing_contact_days()
    is_losing = (
        Household.objects.filter(pk=household.pk)
        .filter(losing_contact_condition(now, days))
        .exists()
    )
    return household.days_without_contact(now) if is_losing else None


def count_by_status(households: QuerySet[Household]) -> dict[str, int]:
    # COUNT(*), not COUNT(id): PostgreSQL then counts from an index (team, status) alone.
    rows = households.order_by().values("status").annotate(n=Count("*"))
    return {row["status"]: row["n"] for row in rows}


def find_duplicate_members(
    *, user: User, first_name: str, last_name: str, birth_date=None, insz: str = ""
) -> list[Member]:
    """Likely duplicates among the people this user may see: the same INSZ, or a similar
    name with the same birth date. Nothing is logged: only names are shown."""
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


def removed_items_for(household) -> list[dict[str, Any]]:
    """What was removed from this household's dossier (who, when, why), newest first, in
    one query over every kind registered with registry.register_removed_items. Call it for
    a household from get_household_for."""
    sources = registry.removed_item_sources()
    queries = []
    for source in sources:
        queries.append(
            source.model.all_objects.filter(household=household, removed_at__isnull=False)
            .annotate(
                kind=Value(source.model._meta.label_lower),
                label=Cast(source.label, output_field=TextField()),
                # A typed NULL: PostgreSQL types a UNION's column from its first branches.
                about_at=F(source.at) if source.at else Cast(Value(None), DateTimeField()),
                by=Coalesce("removed_by__first_name", Value("")),
                by_username=Coalesce("removed_by__username", Value("")),
            )
            .values(
                "kind",
                "pk",
                "label",
                "about_at",
                "removed_at",
                "by",
                "by_username",
                "removal_reason",
            )  # fmt: skip
            .order_by()
        )
    if not queries:
        return []
    kinds = {s.model._meta.label_lower: s.kind for s in sources}
    rows = list(queries[0].union(*queries[1:], all=True).order_by("-removed_at"))
    for row in rows:
        row["kind"] = kinds[row["kind"]]
    return rows
