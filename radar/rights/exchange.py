"""The exchange format: one JSON document describing a household situation.

`parse_situation(data)` checks a document against `SITUATION` and returns `Facts`, or raises
`InvalidSituation` with every bad field by path (`members[1].flags.months_in_belgium`).
A field that is absent (or null) is unknown, never zero; `Facts.has(path)` tells.

To accept a new fact, add it to the schema below. A member flag `flags.<name>` (nested:
`flags.school.level` -> `school_level`) then feeds the OpenFisca variable of that name, if it
exists; a household fact `housing.<name>` feeds `housing_<name>`, `situation.<name>` feeds
`<name>`. See docs/rights.md.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from radar.rights.messages import ERRORS
from radar.rights.model.vocabulary import INCOME_KINDS

REGIONS = ("flanders", "wallonia", "brussels")
ROLES = ("applicant", "partner", "child", "parent", "other_adult")
RESIDENCE_STATUSES = (
    "belgian",
    "eu_citizen",
    "foreigner_population_register",
    "foreigner_foreigners_register_legal_stay",
    "recognised_refugee",
    "subsidiary_protection",
    "stateless",
    "no_legal_residence",
)
# Every right id of the rights explorer (issue 3); a member may already receive any of them.
RIGHT_IDS = (
    "leefloon",
    "equivalent_leefloon",
    "tegemoetkoming_onderhoudsgeld_leefloon",
    "verhoogde_tegemoetkoming",
    "maf_sociaal",
    "maf_inkomen",
    "groeipakket_basisbedrag",
    "groeipakket_startbedrag",
    "groeipakket_sociale_toeslag",
    "schoolbonus",
    "kinderopvangtoeslag",
    "kleutertoeslag",
    "schooltoeslag",
    "studietoelage_hoger_onderwijs",
    "kinderopvang_ocmw_tarief",
    "sociaal_tarief_energie",
    "verwarmingsfonds",
    "juridische_tweedelijnsbijstand",
    "juridische_tweedelijnsbijstand_gedeeltelijk",
    "uitpas_kansentarief",
    "huurpremie",
    "huursubsidie",
    "igo",
    "ivt",
    "it",
    "sociaal_internettarief",
    "af_wallonie_supplement_social",
    "af_bruxelles_supplement_social",
)
OTHER_BENEFITS = (
    "groeipakket",
    "unemployment_benefit",
    "sickness_benefit",
    "pension",
    "family_allowance",
    "hulp_aan_bejaarden",
)
BENEFITS = RIGHT_IDS + OTHER_BENEFITS


# -- Schema ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """The expected shape of one field."""

    kind: str  # bool, int, number, text, date, choice, choices, amounts, object
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    fields: dict[str, Spec] = field(default_factory=dict)
    required: bool = False


def Bool() -> Spec:  # noqa: N802 - reads like a type in the schema
    return Spec("bool")


# Every number has bounds: far beyond any real household, and small enough for the model's
# arithmetic (OpenFisca computes whole numbers as 32-bit integers). 1e308, 10**40 or an
# infinite value is an error on its field, not a crash in the simulation.
MAX_WHOLE_NUMBER = 100_000  # months, days, points, ages ...
MAX_NUMBER = 1_000_000_000  # amounts in euro, and other numbers


def Int(minimum: int | None = 0, maximum: int = MAX_WHOLE_NUMBER) -> Spec:  # noqa: N802
    return Spec("int", minimum=minimum, maximum=maximum)


def Number(minimum: float | None = 0, maximum: float = MAX_NUMBER) -> Spec:  # noqa: N802
    return Spec("number", minimum=minimum, maximum=maximum)


def Text(required: bool = False) -> Spec:  # noqa: N802
    return Spec("text", required=required)


def Day() -> Spec:  # noqa: N802
    return Spec("date")


def Choice(*choices: str, required: bool = False) -> Spec:  # noqa: N802
    return Spec("choice", choices=choices, required=required)


def Choices(*choices: str) -> Spec:  # noqa: N802
    return Spec("choices", choices=choices)


def Amounts(*kinds: str) -> Spec:  # noqa: N802
    return Spec("amounts", choices=kinds, minimum=0, maximum=MAX_NUMBER)


def Object(**fields: Spec) -> Spec:  # noqa: N802
    return Spec("object", fields=fields)


HOUSING = Object(
    tenure=Choice("private_rent", "social_rent", "owner", "informal", "homeless"),
    rent_monthly=Number(),
    heating=Choice(
        "natural_gas",
        "electric",
        "heating_oil_bulk",
        "heating_oil_pump",
        "paraffin",
        "propane_bulk",
        "district_heating",
        "wood",
        "other",
        "unknown",
    ),
    social_housing_waiting_list_years=Number(),
    waiting_list_uninterrupted=Bool(),
    lives_in_social_housing=Bool(),
    owns_a_dwelling=Bool(),
    other_real_estate=Bool(),
    dwelling_declared_unfit=Bool(),
    lease=Bool(),
    domiciled_at_rental_address=Bool(),
    landlord_is_first_degree_relative_living_at_address=Bool(),
    # huurpremie / huursubsidie
    is_room=Bool(),  # optional: absent means an independent dwelling
    municipality_with_higher_rent_limits=Bool(),
    refused_social_dwelling=Bool(),
    moved_months_ago=Int(),
    moved_from=Choice("unfit_dwelling", "unadapted_dwelling", "homeless", "other"),
    rented_through_social_rental_agency=Bool(),
    # verwarmingsfonds (category 2), sociaal_tarief_energie (social tenants)
    other_real_estate_cadastral_income=Number(),  # EUR a year, non-indexed KI
    collective_heating=Bool(),
)

SITUATION_EVENTS = Object(
    heating_delivery_days_ago=Int(),
    existing_social_telecom_tariff_in_household=Bool(),
    collective_debt_settlement=Bool(),
    cannot_pay_heating_bill=Bool(),
)

SCHOOL = Object(
    level=Choice("kindergarten", "primary", "secondary", "higher"),
    language=Choice("nl", "fr", "de"),
    recognised_by=Choice("flemish_community", "french_community", "german_community"),
    enrolled=Bool(),
    enrolled_since=Day(),
    sufficient_attendance=Bool(),
    unjustified_absent_half_days=Int(),
    unjustified_absent_half_days_previous_school_year=Int(),
)

CHILDCARE = Object(
    licensed_by=Text(),
    language=Choice("nl", "fr", "de"),
    income_related_price=Bool(),
    days_per_week=Number(),
    hours_per_day=Number(),
)

FLAGS = Object(
    lives_alone=Bool(),
    single_parent=Bool(),
    willing_to_work=Bool(),
    health_or_equity_reasons=Bool(),
    other_benefit_rights_exhausted=Bool(),
    pregnant=Bool(),
    expected_birth_date=Day(),  # groeipakket_startbedrag
    emancipated_by_marriage=Bool(),
    savings=Number(),
    months_in_belgium=Int(),
    eu_worker_or_self_employed=Bool(),
    years_resident_in_belgium=Int(),
    uninterrupted_years_resident_in_belgium=Int(),  # igo
    earning_capacity_at_most_one_third=Bool(),  # ivt
    self_reliance_points=Int(0, 18),  # it
    disability_pillar1_points=Int(),
    child_maintenance_paid_monthly=Number(),
    proof_of_payment=Bool(),
    unemployed_months=Int(),
    leefloon_months=Int(),
    equivalent_leefloon_months=Int(),
    groeipakket_zorgtoeslag=Bool(),
    child_maintenance_owed_under_decision_or_agreement=Bool(),
    maintenance_child_lives_in_belgium=Bool(),
    school=SCHOOL,
    childcare=CHILDCARE,
)

MEMBER = Object(
    id=Text(required=True),
    role=Choice(*ROLES, required=True),
    age=Int(0, 130),
    birth_date=Day(),  # groeipakket/af_*: birth year, age on 31 December
    residence_status=Choice(*RESIDENCE_STATUSES),
    benefits_received=Choices(*BENEFITS),
    income_monthly_net=Amounts(*INCOME_KINDS),
    flags=FLAGS,
)

SITUATION = Object(
    reference_date=Day(),
    region=Choice(*REGIONS),
    municipality=Text(),
    household_gross_taxable_income_yearly_previous_year=Number(),
    housing=HOUSING,
    situation=SITUATION_EVENTS,
    members=Spec("members", required=True),
)


# -- Validation ------------------------------------------------------------------------------


class InvalidSituation(ValueError):
    """The document does not follow the exchange format. `errors` maps path -> messages."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{path}: {' '.join(m)}" for path, m in errors.items()))
        self.errors = errors


def error(code: str, **params: Any) -> str:
    return ERRORS[code].format(**params)


def _check(value: Any, spec: Spec, path: str, errors: dict[str, list[str]]) -> Any:
    """Return the cleaned value, recording errors under `path`; None means "drop it"."""

    def fail(code: str, **params: Any) -> None:
        errors.setdefault(path or "(document)", []).append(error(code, **params))

    kind = spec.kind
    if kind == "bool":
        if isinstance(value, bool):
            return value
        return fail("not_a_boolean")
    if kind in ("int", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return fail("not_an_integer" if kind == "int" else "not_a_number")  # NaN too
        # The range first: int() of an infinite float fails.
        if spec.minimum is not None and value < spec.minimum:
            return fail("too_small", minimum=spec.minimum)
        if spec.maximum is not None and value > spec.maximum:
            return fail("too_large", maximum=spec.maximum)
        if kind == "int" and value != int(value):
            return fail("not_an_integer")
        return int(value) if kind == "int" else float(value)
    if kind == "text":
        if isinstance(value, str) and value.strip():
            return value
        return fail("not_a_string")
    if kind == "date":
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except (TypeError, ValueError):
            return fail("not_a_date")
    if kind == "choice":
        if isinstance(value, str) and value in spec.choices:
            return value
        return fail("not_a_choice", value=repr(value), accepted=", ".join(spec.choices))
    if kind == "choices":
        if not isinstance(value, list):
            return fail("not_a_list")
        cleaned = []
        for index, item in enumerate(value):
            checked = _check(item, Choice(*spec.choices), f"{path}[{index}]", errors)
            if checked is not None and checked not in cleaned:
                cleaned.append(checked)
        return cleaned
    if kind == "amounts":
        if not isinstance(value, dict):
            return fail("not_an_object")
        cleaned = {}
        for key, amount in value.items():
            if key not in spec.choices:
                errors.setdefault(f"{path}.{key}", []).append(
                    error("unknown_income_kind", accepted=", ".join(spec.choices))
                )
                continue
            checked = _check(amount, Number(), f"{path}.{key}", errors)
            if checked is not None:
                cleaned[key] = checked
        return cleaned
    if kind == "object":
        return _check_object(value, spec, path, errors)
    if kind == "members":
        return _check_members(value, path, errors)
    raise AssertionError(f"unknown spec kind {kind}")


def _check_object(value: Any, spec: Spec, path: str, errors: dict[str, list[str]]) -> Any:
    if not isinstance(value, dict):
        errors.setdefault(path or "(document)", []).append(error("not_an_object"))
        return None
    prefix = f"{path}." if path else ""
    cleaned = {}
    for key, item in value.items():
        if key not in spec.fields:
            accepted = ", ".join(spec.fields)
            errors.setdefault(prefix + key, []).append(error("unknown_field", accepted=accepted))
        elif item is not None:
            checked = _check(item, spec.fields[key], prefix + key, errors)
            if checked is not None:
                cleaned[key] = checked
    for key, item_spec in spec.fields.items():
        if item_spec.required and value.get(key) is None:
            errors.setdefault(prefix + key, []).append(error("required"))
    return cleaned


def _check_members(value: Any, path: str, errors: dict[str, list[str]]) -> Any:
    if not isinstance(value, list):
        errors.setdefault(path, []).append(error("not_a_list"))
        return None
    if not value:
        errors.setdefault(path, []).append(error("no_members"))
        return None
    members = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        member = _check_object(item, MEMBER, f"{path}[{index}]", errors)
        if member is None:
            continue
        if member.get("id") in seen:
            errors.setdefault(f"{path}[{index}].id", []).append(
                error("duplicate_id", value=member["id"])
            )
        seen.add(member.get("id", ""))
        members.append(member)
    roles = [member.get("role") for member in members]
    if None not in roles and len(members) == len(value) and roles.count("applicant") != 1:
        errors.setdefault(path, []).append(error("one_applicant"))
    if roles.count("partner") > 1:
        errors.setdefault(path, []).append(error("one_partner"))
    return members


def parse_situation(data: Any, *, reference_date: datetime.date | None = None) -> Facts:
    """Check one document and return its facts.

    `reference_date` (e.g. from `--date`) overrides the document's; without either, today.
    Raises InvalidSituation listing every bad field.
    """
    from radar.rights.values import model_start  # the parameters decide where rules begin

    errors: dict[str, list[str]] = {}
    cleaned = _check_object(data, SITUATION, "", errors)
    if reference_date is not None and cleaned is not None:
        cleaned["reference_date"] = reference_date.isoformat()
    if cleaned is not None and "reference_date" in cleaned:
        if datetime.date.fromisoformat(cleaned["reference_date"]) < model_start():
            errors.setdefault("reference_date", []).append(
                error("date_before_model", start=model_start().isoformat())
            )
    if errors:
        raise InvalidSituation(errors)
    assert cleaned is not None
    cleaned.setdefault("reference_date", datetime.date.today().isoformat())
    _derive_ages(cleaned)
    return Facts(cleaned)


def age_on(birth_date: datetime.date, day: datetime.date) -> int:
    """Whole years on `day`; 0 before the birth (as the dossier computes it)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return max(day.year - birth_date.year - before_birthday, 0)


def _derive_ages(situation: dict[str, Any]) -> None:
    """A member with a birth date and no age gets the age on the reference date: every rule
    that reads the age then works from the birth date alone."""
    day = datetime.date.fromisoformat(situation["reference_date"])
    for member in situation.get("members", ()):
        if member.get("age") is None and member.get("birth_date") is not None:
            member["age"] = age_on(datetime.date.fromisoformat(member["birth_date"]), day)


# -- Facts -----------------------------------------------------------------------------------

_MEMBER_PATH = re.compile(r"^members\[(?P<id>[^\]]+)\]\.?(?P<rest>.*)$")


class Facts:
    """A checked situation, read by path. Absent means unknown.

    Paths are those of the exchange format, with members named by id:
    `region`, `housing.tenure`, `members[p1].age`, `members[p1].flags.school.level`.
    """

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.members: list[dict[str, Any]] = data["members"]
        self._by_id = {member["id"]: member for member in self.members}
        self._values: dict[str, Any] = {}  # path -> value or _ABSENT, filled as read
        self._roles: dict[tuple[str, ...], list[dict[str, Any]]] = {}

    @property
    def reference_date(self) -> datetime.date:
        return datetime.date.fromisoformat(self.data["reference_date"])

    @property
    def applicant(self) -> dict[str, Any]:
        return self.with_role("applicant")[0]

    @property
    def partner(self) -> dict[str, Any] | None:
        partners = self.with_role("partner")
        return partners[0] if partners else None

    def with_role(self, *roles: str) -> list[dict[str, Any]]:
        found = self._roles.get(roles)
        if found is None:
            found = self._roles[roles] = [m for m in self.members if m["role"] in roles]
        return list(found)  # a new list: callers may append to it

    def member(self, member_id: str) -> dict[str, Any]:
        return self._by_id[member_id]

    @staticmethod
    def path(member: dict[str, Any], rest: str) -> str:
        """The path of a member's fact: path(member, "flags.lives_alone")."""
        return f"members[{member['id']}].{rest}"

    def has(self, path: str) -> bool:
        value = self._values.get(path, _ABSENT)
        if value is _ABSENT and path not in self._values:
            value = self._values[path] = _lookup(self.data, self._by_id, path)
        return value is not _ABSENT

    def get(self, path: str, default: Any = None) -> Any:
        value = self._values.get(path, _ABSENT)
        if value is _ABSENT and path not in self._values:
            value = self._values[path] = _lookup(self.data, self._by_id, path)
        return default if value is _ABSENT else value

    def role_of(self, path: str) -> str | None:
        member_id = _parse_path(path)[0]
        return None if member_id is None else self._by_id[member_id]["role"]


_ABSENT = object()


@lru_cache(maxsize=4096)
def _parse_path(path: str) -> tuple[str | None, tuple[str, ...]]:
    """`members[p1].flags.x` -> ("p1", ("flags", "x")); `housing.tenure` -> (None, (...))."""
    match = _MEMBER_PATH.match(path)
    if match:
        rest = match["rest"]
        return match["id"], tuple(rest.split(".")) if rest else ()
    return None, tuple(path.split("."))


def _lookup(data: dict[str, Any], by_id: dict[str, dict[str, Any]], path: str) -> Any:
    member_id, keys = _parse_path(path)
    node: Any = data if member_id is None else by_id.get(member_id, _ABSENT)
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return _ABSENT
        node = node[key]
    return node
