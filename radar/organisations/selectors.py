"""Reading the social map, and the signals that came from each organisation.

The social map holds no family data: every logged-in user may read it, nobody anonymous.
Signal figures are counts of intakes, never names, scoped like the rest of Radar:
casework roles count the intakes of their own team(s), month by month; every other role
gets yearly totals for their municipality, with small counts hidden (radar.figures: the scope,
the year an intake counts in, and the suppression).
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractYear, TruncMonth
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Role, User
from radar.figures.periods import Period
from radar.figures.scope import hides_small_counts, municipalities_for, teams_in_scope
from radar.figures.suppression import SMALL_COUNT, suppress
from radar.households.models import Household, Intake
from radar.organisations.models import ContactPerson, Organisation, Service


class OrganisationNotFound(Http404):
    """Raised for an organisation that does not exist (or for an anonymous user)."""


def can_read_social_map(user: User) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def can_see_signals_over_time(user: User) -> bool:
    """Month-by-month signals (of their own teams) are for casework roles; the rest get totals."""
    return bool(can_read_social_map(user) and user.does_casework)


def can_see_channel_figures(user: User) -> bool:
    """The channels page: casework roles (their teams) and policy (the municipality)."""
    return bool(can_read_social_map(user) and (user.does_casework or user.role == Role.POLICY))


def _with_details(organisations: QuerySet[Organisation]) -> QuerySet[Organisation]:
    return organisations.select_related("municipality").prefetch_related(
        Prefetch(
            "services",
            queryset=Service.objects.filter(is_active=True).prefetch_related("life_domains"),
            to_attr="active_services",
        ),
        Prefetch(
            "contact_persons",
            queryset=ContactPerson.objects.filter(is_active=True),
            to_attr="active_contact_persons",
        ),
    )


def list_organisations_for(
    *,
    user: User,
    query: str = "",
    domain: str = "",
    kind: str = "",
    include_inactive: bool = False,
) -> QuerySet[Organisation]:
    """The social map, searched by name (or a service's name or description), filtered by
    the code of a life domain one of its services serves, and by kind.

    Each organisation comes with `active_services` and `active_contact_persons` prefetched.
    An anonymous user gets nothing.
    """
    if not can_read_social_map(user):
        return Organisation.objects.none()
    organisations = Organisation.objects.all()
    if not include_inactive:
        organisations = organisations.filter(is_active=True)
    if kind:
        organisations = organisations.filter(kind=kind)
    if domain:
        organisations = organisations.filter(
            pk__in=Service.objects.filter(is_active=True, life_domains__code=domain).values(
                "organisation"
            )
        )
    query = (query or "").strip()
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query)
            | Q(description__icontains=query)
            | Q(
                pk__in=Service.objects.filter(
                    Q(name__icontains=query) | Q(description__icontains=query), is_active=True
                ).values("organisation")
            )
        )
    return _with_details(organisations).order_by("name", "id")


def get_organisation_for(*, user: User, organisation_id) -> Organisation:
    """The organisation with its active services and contact persons.

    Raises OrganisationNotFound when it does not exist or the user is not logged in.
    """
    try:
        pk = int(organisation_id)
    except (TypeError, ValueError):
        pk = None
    organisation = (
        _with_details(Organisation.objects.filter(pk=pk)).first()
        if pk is not None and can_read_social_map(user)
        else None
    )
    if organisation is None:
        raise OrganisationNotFound(_("No such organisation on the social map."))
    return organisation


def _signal_scope(user: User) -> tuple[QuerySet[Household], bool]:
    """The households whose intakes a user may count (radar.figures.scope), and whether small
    counts are hidden."""
    if not can_read_social_map(user):
        return Household.objects.none(), True
    return Household.objects.filter(team__in=teams_in_scope(user)), hides_small_counts(user)


@dataclass(frozen=True)
class SignalCount:
    period: date | int  # the first day of a month, or a year
    signals: int | str  # intakes; "<5" when hidden
    families: int | str  # distinct households; "<5" when hidden


def signals_by_month_for(*, user: User, organisation: Organisation, months: int = 12, today=None):
    """Intakes from this organisation per month, the last `months` months (zeros included),
    for the households of the user's team(s). Casework roles only: [] for anyone else."""
    if not can_see_signals_over_time(user):
        return []
    today = today or timezone.localdate()
    first = _months_back(today.replace(day=1), months - 1)
    households, _hidden = _signal_scope(user)
    rows = (
        Intake.objects.filter(
            organisation=organisation, household__in=households, received_on__gte=first
        )
        .annotate(month=TruncMonth("received_on"))
        .values("month")
        .annotate(signals=Count("id"), families=Count("household", distinct=True))
        .order_by()
    )
    found = {_as_date(row["month"]): row for row in rows}
    result = []
    for i in range(months):
        month = _months_back(today.replace(day=1), months - 1 - i)
        row = found.get(month, {"signals": 0, "families": 0})
        result.append(SignalCount(month, row["signals"], row["families"]))
    return result


def signals_by_year_for(*, user: User, organisation: Organisation) -> list[SignalCount]:
    """Intakes from this organisation per year, newest first. Casework roles count their own
    team(s); others count their municipality, with counts of 1 to 4 hidden."""
    households, hidden = _signal_scope(user)
    rows = (
        Intake.objects.filter(organisation=organisation, household__in=households)
        .annotate(year=ExtractYear("received_on"))
        .values("year")
        .annotate(signals=Count("id"), families=Count("household", distinct=True))
        .order_by("-year")
    )

    def show(n: int) -> int | str:
        return suppress(n) if hidden else n

    return [SignalCount(r["year"], show(r["signals"]), show(r["families"])) for r in rows]


@dataclass(frozen=True)
class ChannelRow:
    organisation: Organisation
    signals: int | str
    families: int | str
    has_signals: bool


def list_channel_signal_counts_for(*, user: User, year: int | None = None) -> list[ChannelRow]:
    """Every active school and poverty association (Organisation.CHANNEL_KINDS) of the user's
    municipalities (or without a municipality), with its intakes in `year`, zeros included:
    which ones bring families, which never do. Families first, then by name.

    Casework roles count their own team(s); policy counts the municipality, small counts hidden.
    Anyone else gets [].
    """
    if not can_see_channel_figures(user):
        return []
    period = Period.year(year) if year else Period.this_year()
    households, hidden = _signal_scope(user)
    in_year = period.filter("intakes__received_on") & Q(
        intakes__household__in=households.values("pk")
    )
    organisations = (
        Organisation.objects.filter(kind__in=Organisation.CHANNEL_KINDS, is_active=True)
        .filter(Q(municipality__in=municipalities_for(user)) | Q(municipality__isnull=True))
        .select_related("municipality")
        .annotate(
            signals=Count("intakes", filter=in_year, distinct=True),
            families=Count("intakes__household", filter=in_year, distinct=True),
        )
        .order_by("-signals", "kind", "name", "id")
    )
    rows = list(organisations)
    if hidden:
        # Hidden counts must not leak through the order: all "<5" rows rank as one, by name.
        rows.sort(key=lambda o: (-_rank(o.signals), o.kind, o.name, o.pk))

    def show(n: int) -> int | str:
        return suppress(n) if hidden else n

    return [ChannelRow(o, show(o.signals), show(o.families), o.signals > 0) for o in rows]


def _rank(n: int) -> int:
    return n if n >= SMALL_COUNT else min(n, 1)


def _months_back(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def _as_date(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value
