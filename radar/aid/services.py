"""Every change to material aid: giving aid, vouchers, budget lines, the catalogue.

Each use case checks its rule, writes the change and its audit entry in one transaction,
and returns the changed object. Households are reached through radar.households.selectors
first; a family that only received aid is a Recipient without a household (ADR 0013).
"""

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Municipality, User
from radar.aid import defaults
from radar.aid.models import (
    VOUCHER_TRANSITIONS,
    AidGiven,
    AidType,
    BudgetLine,
    Kind,
    Recipient,
    Voucher,
    VoucherEvent,
    VoucherStatus,
)
from radar.core import audit
from radar.core.services import remove_record
from radar.core.validators import validate_row
from radar.households.models import Household, Member, Need

PURPOSE = "material aid"


class VoucherError(ValidationError):
    """The voucher cannot take this step; nothing was written."""


def ensure_default_catalogue(*, municipality: Municipality) -> int:
    """Add the default aid types (radar.aid.defaults) missing from the municipality's
    catalogue; returns how many were added. Existing entries are left as they are."""
    return defaults.load(AidType, municipality)


def municipality_of(household: Household) -> Municipality:
    return household.team.municipality


@transaction.atomic
def recipient_for_household(*, household: Household) -> Recipient:
    """The household's row in the aid register, made on first use."""
    recipient = Recipient.objects.filter(household=household).first()
    if recipient is None:
        recipient = Recipient.objects.create(
            household=household, municipality=municipality_of(household)
        )
    return recipient


@transaction.atomic
def register_recipient(
    *,
    user: User | None,
    municipality: Municipality,
    ref: str = "",
    family_name: str = "",
    street: str = "",
    postcode: str = "",
    children: int = 0,
    household: Household | None = None,
) -> Recipient:
    """Add a family to the aid register: guided (`household`) or only receiving aid.
    Raises ValidationError for a register key in use or a value too long."""
    if ref and Recipient.objects.filter(municipality=municipality, ref=ref).exists():
        raise ValidationError({"ref": _("This register key is already in use.")})
    recipient = Recipient(
        municipality=municipality,
        household=household,
        ref=ref,
        family_name=family_name,
        street=street,
        postcode=postcode,
        children=children,
        created_by=user if getattr(user, "pk", None) else None,
    )
    validate_row(recipient)
    recipient.save()
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=recipient,
        household_id=household.pk if household else None,
        purpose=PURPOSE,
    )
    return recipient


@transaction.atomic
def link_recipient_to_household(
    *, user: User | None, recipient: Recipient, household: Household
) -> Recipient:
    """An intake opened guidance for a family that only received aid: its aid now shows
    in the household's dossier. Raises ValidationError when either side is linked already."""
    if recipient.household_id not in (None, household.pk):
        raise ValidationError(_("This family in the aid register is linked to another file."))
    if Recipient.objects.filter(household=household).exclude(pk=recipient.pk).exists():
        raise ValidationError(_("This file is linked to another family in the aid register."))
    if recipient.household_id == household.pk:
        return recipient
    recipient.household = household
    recipient.save(update_fields=["household", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=recipient,
        household_id=household.pk,
        purpose=PURPOSE,
        detail={"linked": household.pk},
    )
    return recipient


def _check_aid_type(aid_type: AidType, recipient: Recipient, given_on: date | None) -> None:
    if aid_type.municipality_id != recipient.municipality_id:
        raise ValidationError({"aid_type": _("This aid is of another municipality.")})
    if not aid_type.is_active:
        raise ValidationError({"aid_type": _("This aid is no longer given.")})
    if given_on and (
        (aid_type.valid_from and given_on < aid_type.valid_from)
        or (aid_type.valid_until and given_on > aid_type.valid_until)
    ):
        raise ValidationError({"given_on": _("This aid was not given on that date.")})


@transaction.atomic
def give_aid(
    *,
    user: User | None,
    recipient: Recipient,
    aid_type: AidType,
    given_on: date,
    count: int = 1,
    amount_cents: int | None = None,
    member: Member | None = None,
    need: Need | None = None,
    note: str = "",
    import_key: str = "",
) -> AidGiven:
    """Record aid handed to a family (and to one of its children).

    Without `amount_cents`, the amount is `count` × the catalogue's unit amount; a variable
    aid needs an amount. `member` and `need` must be of the recipient's household.
    Raises ValidationError (nothing written) otherwise, or for an implausible date.
    """
    _check_aid_type(aid_type, recipient, given_on)
    if amount_cents is None:
        if aid_type.unit_amount_cents is None:
            raise ValidationError({"amount_cents": _("Give the amount: this aid varies.")})
        amount_cents = aid_type.unit_amount_cents * count
    if amount_cents < 0:
        raise ValidationError({"amount_cents": _("An amount cannot be negative.")})
    for name, related in (("member", member), ("need", need)):
        if related is not None and related.household_id != recipient.household_id:
            raise ValidationError({name: _("This is not of this family.")})
    aid = AidGiven(
        recipient=recipient,
        aid_type=aid_type,
        given_on=given_on,
        count=count,
        amount_cents=amount_cents,
        member=member,
        need=need,
        note=note,
        import_key=import_key,
        given_by=user if getattr(user, "pk", None) else None,
        created_by=user if getattr(user, "pk", None) else None,
    )
    validate_row(aid)
    aid.save()
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=aid,
        household_id=recipient.household_id,
        purpose=PURPOSE,
        detail={"aid_type": aid_type.code, "count": count, "amount_cents": amount_cents},
    )
    return aid


@transaction.atomic
def remove_aid(*, user: User, aid: AidGiven, reason: str) -> AidGiven:
    """Remove aid recorded by mistake (ADR 0012); it leaves the figures and the budget."""
    aid = remove_record(instance=aid, user=user, reason=reason)
    audit.record(
        user=user,
        action=audit.Action.DELETE,
        obj=aid,
        household_id=aid.recipient.household_id,
        purpose=PURPOSE,
        detail={"removed": True, "reason": aid.removal_reason},
    )
    return aid


@transaction.atomic
def issue_voucher(
    *,
    user: User | None,
    recipient: Recipient,
    aid_type: AidType,
    number: str,
    value_cents: int,
    valid_from: date,
    valid_until: date,
    member: Member | None = None,
    need: Need | None = None,
) -> Voucher:
    """Hand out a voucher or card: the aid given (its value) and the voucher, issued.

    Raises ValidationError for an aid that is not a voucher, a number in use, an empty value
    or implausible dates; nothing is written then."""
    if aid_type.kind != Kind.VOUCHER:
        raise ValidationError({"aid_type": _("This aid is not a voucher or card.")})
    number = number.strip()
    if not number:
        raise ValidationError({"number": _("Give the voucher's number.")})
    if Voucher.objects.filter(municipality_id=recipient.municipality_id, number=number).exists():
        raise ValidationError({"number": _("A voucher with this number exists already.")})
    if value_cents <= 0:
        raise ValidationError({"value_cents": _("A voucher has a value.")})
    aid = give_aid(
        user=user,
        recipient=recipient,
        aid_type=aid_type,
        given_on=valid_from,
        amount_cents=value_cents,
        member=member,
        need=need,
    )
    voucher = Voucher(
        aid=aid,
        municipality_id=recipient.municipality_id,
        number=number,
        value_cents=value_cents,
        valid_from=valid_from,
        valid_until=valid_until,
        created_by=aid.created_by,
    )
    validate_row(voucher)
    voucher.save()
    VoucherEvent.objects.create(
        voucher=voucher, to_status=VoucherStatus.ISSUED, changed_by=aid.created_by
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=voucher,
        household_id=recipient.household_id,
        purpose=PURPOSE,
        detail={"number": number, "value_cents": value_cents},
    )
    return voucher


def _move(
    *, user: User | None, voucher: Voucher, to_status: str, note: str = "", **changes
) -> Voucher:
    voucher = (
        Voucher.objects.select_for_update().select_related("aid__recipient").get(pk=voucher.pk)
    )
    VOUCHER_TRANSITIONS.check(voucher.status, to_status, error=VoucherError)
    previous = voucher.status
    for name, value in changes.items():
        setattr(voucher, name, value)
    voucher.status = to_status
    validate_row(voucher)
    voucher.version += 1
    voucher.save(update_fields=["status", "version", "modified_at", *changes])
    by = user if getattr(user, "pk", None) else None
    VoucherEvent.objects.create(
        voucher=voucher, from_status=previous, to_status=to_status, changed_by=by, note=note
    )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=voucher,
        household_id=voucher.aid.recipient.household_id,
        purpose=PURPOSE,
        detail={"status": [previous, to_status], **{k: str(v) for k, v in changes.items()}},
    )
    return voucher


@transaction.atomic
def redeem_voucher(
    *,
    user: User | None,
    voucher: Voucher,
    redeemed_on: date,
    where: str,
    amount_cents: int | None = None,
) -> Voucher:
    """The voucher was used (at a shop, a pharmacy) on `redeemed_on` for `amount_cents`
    (default: its value). Raises VoucherError when it is not issued, was used after its
    end date or before its start, or for more than its value."""
    amount_cents = voucher.value_cents if amount_cents is None else amount_cents
    if amount_cents <= 0 or amount_cents > voucher.value_cents:
        raise VoucherError(
            _("The amount redeemed lies between 0.01 and the voucher's value."), code="amount"
        )
    if not voucher.valid_from <= redeemed_on <= voucher.valid_until:
        raise VoucherError(_("The voucher was not valid on that day."), code="redeemed_on")
    return _move(
        user=user,
        voucher=voucher,
        to_status=VoucherStatus.REDEEMED,
        redeemed_on=redeemed_on,
        redeemed_where=where.strip()[:150],
        redeemed_cents=amount_cents,
    )


@transaction.atomic
def cancel_voucher(*, user: User, voucher: Voucher, note: str = "") -> Voucher:
    """Cancel an issued voucher (lost, returned). Raises VoucherError otherwise."""
    return _move(user=user, voucher=voucher, to_status=VoucherStatus.CANCELLED, note=note)


@transaction.atomic
def expire_vouchers(*, user: User | None = None, today: date | None = None) -> int:
    """Mark every issued voucher whose end date has passed as expired; returns how many."""
    today = today or timezone.localdate()
    due = Voucher.objects.filter(status=VoucherStatus.ISSUED, valid_until__lt=today)
    count = 0
    for voucher in due:
        _move(user=user, voucher=voucher, to_status=VoucherStatus.EXPIRED)
        count += 1
    return count


# -- Redemptions from a shop's or pharmacy's list (CSV) -----------------------------------------

REDEMPTION_COLUMNS = ["number", "date", "amount", "place"]


@dataclass(frozen=True)
class RedemptionError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("Line %(line)s, column %(column)s: %(message)s") % {
            "line": self.line,
            "column": self.column or "-",
            "message": self.message,
        }


class RedemptionFileInvalid(Exception):
    def __init__(self, errors: list[RedemptionError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def parse_day(value) -> date | None:
    """dd/mm/yyyy, dd-mm-yyyy, ISO yyyy-mm-dd, or a date/datetime (an Excel date cell);
    None when it is none of those."""
    from datetime import datetime

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_euros(value) -> int | None:
    """Euros as cents: "14500", "14.500,00", "14,500.00", "12,5", "12.50" or a number cell;
    None when it is not an amount."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        text = repr(value)
    else:
        text = str(value or "").strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text and "." in text:
        # The last separator is the decimal one; the other groups thousands.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    if amount.is_nan() or amount.is_infinite() or amount < 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        return None
    return int(amount * 100)


@transaction.atomic
def import_redemptions(
    *, user: User | None, municipality: Municipality, data: bytes | str, dry_run: bool = False
) -> int:
    """Redeem the vouchers of a shop's list: CSV with REDEMPTION_COLUMNS (`;` or `,`).

    Every line is checked first; raises RedemptionFileInvalid listing every problem and
    redeems nothing when one line is wrong (an unknown number, a voucher not issued, a
    date outside its validity, an amount over its value). Returns how many were redeemed."""
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
    )
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REDEMPTION_COLUMNS[:2] if c not in header]
    if missing:
        raise RedemptionFileInvalid(
            [RedemptionError(1, c, _("This column is missing.")) for c in missing]
        )
    errors: list[RedemptionError] = []
    planned: list[tuple[Voucher, date, str, int | None]] = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        number = row.get("number", "")
        voucher = Voucher.objects.filter(municipality=municipality, number=number).first()
        day = parse_day(row.get("date"))
        amount = parse_euros(row["amount"]) if row.get("amount") else None
        if voucher is None:
            errors.append(RedemptionError(line, "number", _("No voucher with this number.")))
        elif number in seen:
            errors.append(RedemptionError(line, "number", _("This voucher is listed twice.")))
        elif voucher.status != VoucherStatus.ISSUED:
            errors.append(
                RedemptionError(
                    line,
                    "number",
                    _("This voucher is %(status)s.") % {"status": voucher.get_status_display()},
                )
            )
        seen.add(number)
        if day is None:
            errors.append(RedemptionError(line, "date", _("Give a date as dd/mm/yyyy.")))
        elif voucher is not None and not voucher.valid_from <= day <= voucher.valid_until:
            errors.append(
                RedemptionError(line, "date", _("The voucher was not valid on that day."))
            )
        if row.get("amount") and amount is None:
            errors.append(RedemptionError(line, "amount", _("Give an amount in euro.")))
        elif voucher is not None and amount is not None and not 0 < amount <= voucher.value_cents:
            errors.append(
                RedemptionError(
                    line, "amount", _("More than the voucher's value cannot be redeemed.")
                )
            )
        if voucher is not None and day is not None:
            planned.append((voucher, day, row.get("place", ""), amount))
    if errors:
        raise RedemptionFileInvalid(errors)
    for voucher, day, place, amount in planned:
        redeem_voucher(
            user=user, voucher=voucher, redeemed_on=day, where=place, amount_cents=amount
        )
    if dry_run:
        transaction.set_rollback(True)
    return len(planned)


# -- Budget lines ------------------------------------------------------------------------------


@transaction.atomic
def set_budget_line(
    *,
    user: User | None,
    municipality: Municipality,
    year: int,
    code: str,
    name: str,
    budget_cents: int,
    measure: str = "",
    warn_below_percent: int = 10,
) -> BudgetLine:
    """Create or change the budget line `code` of `year`. Raises ValidationError for a
    bad value (nothing written)."""
    line = BudgetLine.objects.filter(municipality=municipality, year=year, code=code).first()
    action = audit.Action.UPDATE if line else audit.Action.CREATE
    line = line or BudgetLine(municipality=municipality, year=year, code=code)
    line.name = name
    line.budget_cents = budget_cents
    line.measure = measure
    line.warn_below_percent = warn_below_percent
    if line.created_by_id is None and getattr(user, "pk", None):
        line.created_by = user
    validate_row(line)
    line.save()
    audit.record(user=user, action=action, obj=line, purpose=PURPOSE)
    return line
