"""From the dossier to the exchange format, and from a form answer to a fact.

`situation_for(household)` builds the engine's document from the household, its members
and their stored facts. Members are named `m<pk>` (stable, no personal data); the pages
show first names instead (`member_names`). Unknown stays absent.

A fact is addressed by its exchange path (`housing.tenure`, `members[m12].flags.school.level`),
exactly as the engine lists it under `missing`; `spec_for(path)` gives its expected shape from
the exchange schema, so facts added to the schema by a new right can be asked without code here.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from radar.households.models import Household, Member
from radar.rights import exchange

MEMBER_PATH = re.compile(r"^members\[m(?P<pk>\d+)\]\.(?P<rest>.+)$")

# Member facts the dossier computes itself: not stored in MemberFacts unless unknown there.
COMPUTED_MEMBER_FIELDS = ("id", "role")

# Household facts stored in HouseholdFacts.data (the exchange format minus members).
HOUSEHOLD_FIELDS = tuple(k for k in exchange.SITUATION.fields if k not in ("members",))


def region_for_postcode(postcode: str) -> str | None:
    """The region of a Belgian postcode (bpost ranges); None when it is not one."""
    digits = (postcode or "").strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) == 4):
        return None
    number = int(digits)
    if 1000 <= number <= 1299:
        return "brussels"
    if 1300 <= number <= 1499 or 4000 <= number <= 7999:
        return "wallonia"
    if 1500 <= number <= 3999 or 8000 <= number <= 9999:
        return "flanders"
    return None


def member_id(member: Member) -> str:
    return f"m{member.pk}"


def exchange_roles(members: Iterable[Member]) -> dict[int, str]:
    """Member pk -> exchange role: the first parent (registered first) is the applicant, the
    second the partner, children are children, everyone else another adult. Without a parent,
    the first other adult (or else the first member) applies."""
    members = sorted(members, key=lambda m: m.pk)
    roles: dict[int, str] = {}
    parents = [m for m in members if m.role == Member.Role.PARENT]
    for index, member in enumerate(parents):
        roles[member.pk] = ("applicant", "partner")[index] if index < 2 else "other_adult"
    for member in members:
        if member.pk in roles:
            continue
        roles[member.pk] = "child" if member.role == Member.Role.CHILD else "other_adult"
    if members and "applicant" not in roles.values():
        adults = [m for m in members if roles[m.pk] == "other_adult"]
        roles[(adults or members)[0].pk] = "applicant"
    return roles


def situation_for(
    household: Household,
    *,
    members: list[Member] | None = None,
    household_data: dict[str, Any] | None = None,
    member_data: dict[int, dict[str, Any]] | None = None,
    reference_date: datetime.date | None = None,
) -> dict[str, Any]:
    """The household in the exchange format, on `reference_date` (default today).

    Pass `members`, `household_data` and `member_data` (pk -> data) to avoid queries when
    screening many households; otherwise they are read from the database. Unborn children
    are left out; a member's age comes from the birth date, or from a stored `age`.
    """
    day = reference_date or timezone.localdate()
    if members is None:
        members = list(household.members.all())
    if household_data is None:
        from radar.rights.models import HouseholdFacts

        stored = HouseholdFacts.objects.filter(household=household).values_list("data", flat=True)
        household_data = next(iter(stored), {})
    if member_data is None:
        member_data = _member_data(members)
    return _situation(
        day,
        household.postcode,
        household.city,
        [MemberRow(m.pk, m.role, m.birth_date) for m in members if not m.is_unborn],
        household_data,
        member_data,
        [m.expected_on for m in members if m.is_unborn and m.expected_on is not None],
    )


class MemberRow(NamedTuple):
    """What the exchange document needs of a born member (exchange_roles reads pk and role)."""

    pk: int
    role: str
    birth_date: datetime.date | None


def _situation(
    day: datetime.date,
    postcode: str,
    city: str,
    born: list[MemberRow],
    household_data: dict[str, Any],
    member_data: dict[int, dict[str, Any]],
    due_dates: list[datetime.date],
) -> dict[str, Any]:
    situation: dict[str, Any] = {"reference_date": day.isoformat()}
    situation.update({k: v for k, v in household_data.items() if k in HOUSEHOLD_FIELDS})
    if "region" not in situation:
        region = region_for_postcode(postcode) or getattr(settings, "RADAR_RIGHTS_REGION", None)
        if region:
            situation["region"] = region
    if "municipality" not in situation and city:
        situation["municipality"] = city
    roles = exchange_roles(born)  # type: ignore[arg-type]
    situation["members"] = []
    for member in sorted(born, key=lambda m: m.pk):
        data = {
            k: v for k, v in member_data.get(member.pk, {}).items() if k in exchange.MEMBER.fields
        }
        entry = {"id": f"m{member.pk}", "role": roles[member.pk]}
        if member.birth_date is not None:  # the birth date wins over an age entered by hand
            data.pop("age", None)
            entry["age"] = _age_on(member.birth_date, day)
        entry.update({k: v for k, v in data.items() if k not in COMPUTED_MEMBER_FIELDS})
        situation["members"].append(entry)
    _expected_birth(situation, due_dates)
    return situation


def _raw(query: QuerySet[Any]) -> list[tuple[Any, ...]]:
    """The rows of a values_list query straight from the database cursor: Django's per-value
    converters took most of the time of reading a caseload's facts. Dates come back as text
    on SQLite, JSON as text there and decoded on PostgreSQL (_json)."""
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _json(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str | bytes) else (value or {})


def _age_on(birth: datetime.date, day: datetime.date) -> int:
    """As Member.age_on: never negative (a reference date before the birth is age 0)."""
    return max(day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day)), 0)


def situations_for_screening(
    households: QuerySet[Household], *, reference_date: datetime.date
) -> tuple[list[int], list[dict[str, Any]]]:
    """The households' ids (in pk order) and their exchange documents as situation_for gives
    them, read with one query per table (the households as a subquery) and no model
    instances: the screening job's way in (radar.rights.services.screen_households). Keep
    `households` small enough to hold in memory (a pk range)."""
    from radar.rights.models import HouseholdFacts, MemberFacts

    households = households.order_by()
    in_order = households.order_by("pk").values_list("pk", "postcode", "city")
    places = {pk: (postcode, city) for pk, postcode, city in _raw(in_order)}
    household_ids = list(places)
    selection = households.values("pk")
    born: dict[int, list[MemberRow]] = {}
    due: dict[int, list[datetime.date]] = {}
    members = Member.objects.filter(household__in=selection).order_by()
    for pk, household_id, role, birth_date, expected_on in _raw(
        members.values_list("pk", "household_id", "role", "birth_date", "expected_on")
    ):
        if birth_date is None and expected_on is not None:  # Member.is_unborn
            if isinstance(expected_on, str):  # SQLite
                expected_on = datetime.date.fromisoformat(expected_on)
            due.setdefault(household_id, []).append(expected_on)
            continue
        if isinstance(birth_date, str):  # SQLite
            birth_date = datetime.date.fromisoformat(birth_date)
        born.setdefault(household_id, []).append(MemberRow(pk, role, birth_date))
    household_data = {
        pk: _json(data)
        for pk, data in _raw(
            HouseholdFacts.objects.filter(household__in=selection)
            .order_by()
            .values_list("household_id", "data")
        )
    }
    member_data = {
        pk: _json(data)
        for pk, data in _raw(
            MemberFacts.objects.filter(member__household__in=selection)
            .order_by()
            .values_list("member_id", "data")
        )
    }
    return household_ids, [
        _situation(
            reference_date,
            *places[pk],
            born.get(pk, []),
            household_data.get(pk, {}),
            member_data,
            due.get(pk, []),
        )
        for pk in household_ids
    ]


def _expected_birth(situation: dict[str, Any], due_dates: list[datetime.date]) -> None:
    """An unborn child (a member with a due date) is not a member of the exchange format; its
    due date goes to the applicant as flags.expected_birth_date (Groeipakket startbedrag),
    unless a member's expected birth date is recorded already. The earliest due date counts."""
    due = sorted(due_dates)
    if not due or not situation["members"]:
        return
    if any("expected_birth_date" in m.get("flags", {}) for m in situation["members"]):
        return
    applicant = next(
        (m for m in situation["members"] if m["role"] == "applicant"), situation["members"][0]
    )
    applicant.setdefault("flags", {})["expected_birth_date"] = due[0].isoformat()


def _member_data(members: list[Member]) -> dict[int, dict[str, Any]]:
    from radar.rights.models import MemberFacts

    return dict(
        MemberFacts.objects.filter(member__in=[m.pk for m in members]).values_list(
            "member_id", "data"
        )
    )


def member_names(members: Iterable[Member]) -> dict[str, str]:
    """Exchange member id -> first name, to show results to the worker."""
    return {member_id(m): m.first_name or m.full_name for m in members}


def name_members(text: str, names: dict[str, str]) -> str:
    """Replace member ids (m12) in an engine sentence by first names."""
    if not names:
        return text
    return re.sub(r"\bm\d+\b", lambda match: names.get(match.group(0), match.group(0)), text)


# -- Paths and specs --------------------------------------------------------------------------


def split_path(path: str) -> tuple[int | None, str]:
    """`members[m12].flags.x` -> (12, "flags.x"); `housing.tenure` -> (None, "housing.tenure").
    Raises ValueError for a member path that does not name a dossier member."""
    if path.startswith("members["):
        match = MEMBER_PATH.match(path)
        if not match:
            raise ValueError(path)
        return int(match["pk"]), match["rest"]
    return None, path


def spec_for(path: str) -> exchange.Spec | None:
    """The schema of a fact, from the exchange format; None when it is not a fact one can
    enter here (a whole object, an id, a role, or a path the schema does not know)."""
    try:
        member_pk, rest = split_path(path)
    except ValueError:
        return None
    spec = exchange.MEMBER if member_pk is not None else exchange.SITUATION
    for key in rest.split("."):
        if spec.kind != "object" or key not in spec.fields:
            return None
        spec = spec.fields[key]
    if spec.kind in ("object", "members") or rest in ("id", "role", "reference_date"):
        return None
    return spec


class InvalidAnswer(ValueError):
    pass


def _number(text: str) -> float:
    """A number as people type it in Belgium: 1.234,56 or 1234.56 or 1 234."""
    text = text.strip().replace(" ", "").replace("\u202f", "").replace("€", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        decimal = Decimal(text)
    except InvalidOperation as exc:
        raise InvalidAnswer(_("Expected a number.")) from exc
    if not decimal.is_finite():  # "NaN", "Infinity"
        raise InvalidAnswer(_("Expected a number."))
    return float(decimal)  # "1e400" is infinite here: _in_range refuses it


def _in_range(number: float, spec: exchange.Spec) -> float:
    if spec.minimum is not None and number < spec.minimum:
        raise InvalidAnswer(_("Must be at least %(n)s.") % {"n": _shown(spec.minimum)})
    if spec.maximum is not None and number > spec.maximum:
        raise InvalidAnswer(_("Must be at most %(n)s.") % {"n": _shown(spec.maximum)})
    return number


def _shown(bound: float) -> str:
    return formats.number_format(bound, force_grouping=True)


def parse_answer(spec: exchange.Spec, values: dict[str, Any]) -> Any:
    """The value of a fact from form data (`value`, `values` as a list, `amount_<kind>`,
    `none`); None means "unknown" (the fact is removed). Raises InvalidAnswer."""
    value = values.get("value", "")
    value = value.strip() if isinstance(value, str) else value
    kind = spec.kind
    if kind == "choices":
        chosen = [v for v in values.get("values", []) if v in spec.choices]
        if chosen or values.get("none"):
            return chosen
        return None
    if kind == "amounts":
        amounts = {}
        for choice in spec.choices:
            raw = (values.get(f"amount_{choice}") or "").strip()
            if raw:
                amount = _number(raw)
                if amount > 0:
                    _in_range(amount, spec)
                    amounts[choice] = amount
        if amounts or values.get("none"):
            return amounts
        return None
    if value in ("", None):
        return None
    if kind == "bool":
        if value in ("yes", "true", "1", "on"):
            return True
        if value in ("no", "false", "0"):
            return False
        raise InvalidAnswer(_("Expected yes or no."))
    if kind in ("int", "number"):
        number = _in_range(_number(value), spec)  # first: int() of infinity fails
        if kind == "int":
            if number != int(number):
                raise InvalidAnswer(_("Expected a whole number."))
            number = int(number)
        return number
    if kind == "choice":
        if value not in spec.choices:
            raise InvalidAnswer(_("Choose one of the options."))
        return value
    if kind == "date":
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError as exc:
            raise InvalidAnswer(_("Expected a date.")) from exc
    return value  # text


def set_in(data: dict[str, Any], dotted: str, value: Any) -> None:
    """Set (or, for None, remove) a nested key; empty parents are removed."""
    keys = dotted.split(".")
    node = data
    parents = []
    for key in keys[:-1]:
        parents.append((node, key))
        node = node.setdefault(key, {})
    if value is None:
        node.pop(keys[-1], None)
        for parent, key in reversed(parents):
            if parent.get(key) == {}:
                parent.pop(key)
    else:
        node[keys[-1]] = value


def get_in(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def leaf_paths(spec: exchange.Spec, prefix: str = "") -> list[str]:
    """Every enterable fact under an object spec, in schema order."""
    paths = []
    for key, child in spec.fields.items():
        dotted = f"{prefix}{key}"
        if child.kind == "object":
            paths += leaf_paths(child, dotted + ".")
        elif child.kind != "members" and dotted not in ("id", "role", "reference_date"):
            paths.append(dotted)
    return paths
