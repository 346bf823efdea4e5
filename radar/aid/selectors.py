"""Reading material aid: a household's aid, budget lines and the yearly figures.

A household's aid is read for a household obtained through radar.households.selectors
(partners: radar.consents.selectors, under the "aid" category). Figures count in the year of
the aid's own date (radar.figures.periods) for the municipalities a user may see
(radar.figures.scope), with small counts hidden for those who see no names
(radar.figures.suppression).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from radar.accounts.models import Municipality, User
from radar.aid.models import AidGiven, AidType, BudgetLine, Recipient, Voucher, VoucherStatus
from radar.figures.periods import Period
from radar.figures.scope import hides_small_counts, municipalities_for
from radar.figures.suppression import HIDDEN, is_small, suppress
from radar.households.models import Household


def aid_of(household: Household) -> QuerySet[AidGiven]:
    """The aid a household received, newest first (with its voucher), in one query."""
    return (
        AidGiven.objects.filter(recipient__household=household)
        .select_related("aid_type", "member", "voucher", "given_by")
        .order_by("-given_on", "-id")
    )


def recipient_of(household: Household) -> Recipient | None:
    return Recipient.objects.filter(household=household).first()


def catalogue_for(municipality: Municipality, *, active_only: bool = True) -> QuerySet[AidType]:
    types = AidType.objects.filter(municipality=municipality)
    return types.filter(is_active=True) if active_only else types


def euros(cents: int) -> str:
    """Cents as a decimal string with two decimals: 1450000 -> "14500.00"."""
    return str((Decimal(cents) / 100).quantize(Decimal("0.01")))


# -- Figures --------------------------------------------------------------------------------------


def aid_counts(*, municipality: Municipality, year: int) -> dict[str, dict[str, int]]:
    """Exact counts per aid code of the municipality's catalogue, for the aid dated in `year`:
    `count` (units), `amount_cents`, `households` (distinct families, guided or not) and
    `children` (distinct children named on the aid). Removed aid is left out. Aid types with
    nothing given are left out. One query."""
    rows = (
        AidGiven.objects.filter(aid_type__municipality=municipality)
        .filter(Period.year(year).filter("given_on"))
        .values("aid_type__code", "aid_type__position")
        .annotate(
            count=Sum("count"),
            amount_cents=Sum("amount_cents"),
            households=Count("recipient", distinct=True),
            children=Count("member", distinct=True),
        )
        .order_by("aid_type__position", "aid_type__code")
    )
    return {
        row["aid_type__code"]: {
            "count": row["count"] or 0,
            "amount_cents": row["amount_cents"] or 0,
            "households": row["households"],
            "children": row["children"],
        }
        for row in rows
    }


def present_figures(counts: dict[str, dict[str, int]], *, hide_small: bool) -> dict[str, dict]:
    """The counts as published: amounts as decimal strings; for a reader who sees no names,
    counts of 1 to 4 as "<5" and the amount of fewer than five families hidden ("x"), so a
    family's aid cannot be read off. Each aid type is a lone line (no published total)."""
    shown: dict[str, dict] = {}
    for code, row in counts.items():
        if not hide_small:
            shown[code] = {
                "count": row["count"],
                "amount": euros(row["amount_cents"]),
                "households": row["households"],
                "children": row["children"],
            }
            continue
        few = is_small(row["households"])
        shown[code] = {
            "count": HIDDEN if few and not is_small(row["count"]) else suppress(row["count"]),
            "amount": HIDDEN if few else euros(row["amount_cents"]),
            "households": suppress(row["households"]),
            "children": suppress(row["children"]),
        }
    return shown


def figures_for(*, user: User, municipality_id, year: int) -> dict:
    """The published aid figures of a municipality the user may see (radar.figures.scope).
    Raises Municipality.DoesNotExist for one outside the user's scope."""
    municipality = municipalities_for(user).get(pk=municipality_id)
    counts = aid_counts(municipality=municipality, year=year)
    return {
        "year": year,
        "municipality": municipality.name,
        "aid": present_figures(counts, hide_small=hides_small_counts(user)),
    }


# -- Budget lines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetStatus:
    """Where a budget line stands: `committed` is held by vouchers issued and not used yet,
    `spent` is aid given (a voucher: the amount redeemed), `remaining` what is left."""

    line: BudgetLine
    committed_cents: int
    spent_cents: int

    @property
    def remaining_cents(self) -> int:
        return self.line.budget_cents - self.committed_cents - self.spent_cents

    @property
    def is_running_out(self) -> bool:
        """Less than the line's warning share is left (or it is overspent)."""
        return self.remaining_cents * 100 < self.line.budget_cents * self.line.warn_below_percent

    @property
    def used_percent(self) -> int:
        if not self.line.budget_cents:
            return 100
        used = self.committed_cents + self.spent_cents
        return round(100 * used / self.line.budget_cents)

    def as_dict(self) -> dict:
        return {
            "year": self.line.year,
            "code": self.line.code,
            "name": self.line.name,
            "measure": self.line.measure,
            "budget": euros(self.line.budget_cents),
            "committed": euros(self.committed_cents),
            "spent": euros(self.spent_cents),
            "remaining": euros(self.remaining_cents),
            "is_running_out": self.is_running_out,
        }


def budget_status(lines: QuerySet[BudgetLine] | list[BudgetLine]) -> list[BudgetStatus]:
    """Committed and spent for each line: aid of the line's municipality, dated in its year,
    of an aid type charged to its code. Two queries, whatever the number of lines."""
    lines = list(lines)
    if not lines:
        return []
    municipality_ids = {line.municipality_id for line in lines}
    years = {line.year for line in lines}
    aid = (
        AidGiven.objects.filter(
            aid_type__municipality_id__in=municipality_ids,
            given_on__year__in=years,
        )
        .exclude(aid_type__budget_code="")
        .values("aid_type__municipality_id", "aid_type__budget_code", "given_on__year")
    )
    plain = aid.filter(voucher__isnull=True).annotate(cents=Sum("amount_cents"))
    vouchers = aid.filter(voucher__isnull=False).annotate(
        redeemed=Sum("voucher__redeemed_cents"),
        open=Sum("voucher__value_cents", filter=Q(voucher__status=VoucherStatus.ISSUED)),
    )
    spent: dict[tuple, int] = {}
    committed: dict[tuple, int] = {}
    for row in plain:
        key = (
            row["aid_type__municipality_id"],
            row["aid_type__budget_code"],
            row["given_on__year"],
        )
        spent[key] = spent.get(key, 0) + (row["cents"] or 0)
    for row in vouchers:
        key = (
            row["aid_type__municipality_id"],
            row["aid_type__budget_code"],
            row["given_on__year"],
        )
        spent[key] = spent.get(key, 0) + (row["redeemed"] or 0)
        committed[key] = committed.get(key, 0) + (row["open"] or 0)
    return [
        BudgetStatus(
            line=line,
            committed_cents=committed.get((line.municipality_id, line.code, line.year), 0),
            spent_cents=spent.get((line.municipality_id, line.code, line.year), 0),
        )
        for line in lines
    ]


def budget_lines_for(*, user: User, year: int | None = None) -> list[BudgetStatus]:
    """The budget lines of the user's municipalities (radar.figures.scope) for `year`
    (this year)."""
    year = year or timezone.localdate().year
    lines = BudgetLine.objects.filter(
        municipality__in=municipalities_for(user), year=year
    ).order_by("code")
    return budget_status(lines)


def budget_warnings_for(*, user: User, today=None) -> list[BudgetStatus]:
    """This year's lines of the user's municipalities that are running out, for a team
    lead's dashboard (empty for everyone else)."""
    if not (user.does_casework and user.is_team_lead):
        return []
    year = (today or timezone.localdate()).year
    return [s for s in budget_lines_for(user=user, year=year) if s.is_running_out]


def vouchers_for(*, municipality: Municipality, status: str = "") -> QuerySet[Voucher]:
    vouchers = Voucher.objects.filter(municipality=municipality).select_related("aid__aid_type")
    return vouchers.filter(status=status) if status else vouchers
