"""Evaluate households against every right: exchange format in, results out. No Django.

    evaluate(situation)          one household (a dict in the exchange format)
    evaluate_many(situations)    many households in one OpenFisca simulation per month

Both validate (InvalidSituation), turn the facts into OpenFisca inputs, run the simulation,
and let each right of the catalogue decide. A fact absent from the document is never fed to
OpenFisca as a value: the variable keeps its default and the right reports the fact as
missing, so its status is `unknown` (or decided by other, known facts).
"""

from __future__ import annotations

import datetime
import json
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder

from radar.rights.catalogue import RIGHTS
from radar.rights.exchange import Facts, InvalidSituation, parse_situation
from radar.rights.messages import APPLY, REASONS
from radar.rights.model import tax_benefit_system
from radar.rights.registry import (
    Assessment,
    HouseholdResults,
    Outcome,
    Reason,
    Right,
    as_python_values,
)
from radar.rights.values import values_used

Translate = Callable[[str], str]

# Household facts fed to a yearly variable for the calendar year before the reference date.
PREVIOUS_YEAR_INPUTS = {
    "household_gross_taxable_income_yearly_previous_year": "household_gross_taxable_income",
}


def evaluate(
    situation: dict[str, Any],
    *,
    reference_date: datetime.date | None = None,
    rights: Iterable[str] | None = None,
    translate: Translate | None = None,
) -> dict[str, Any]:
    """The rights of one household. Raises InvalidSituation with the bad fields."""
    return evaluate_many(
        [situation], reference_date=reference_date, rights=rights, translate=translate
    )[0]


def evaluate_many(
    situations: Sequence[dict[str, Any]],
    *,
    reference_date: datetime.date | None = None,
    rights: Iterable[str] | None = None,
    translate: Translate | None = None,
) -> list[dict[str, Any]]:
    """The rights of many households, in the order given.

    Households are simulated together, one OpenFisca simulation per reference month (one in
    total when they share a date, as in screening). Raises InvalidSituation whose paths start
    with the household's index (`[3].members[0].age`) when any document is invalid.
    """
    all_facts = parse_many(situations, reference_date=reference_date)
    selected = [RIGHTS[right_id] for right_id in rights] if rights else list(RIGHTS.values())
    results: list[dict[str, Any] | None] = [None] * len(all_facts)
    by_month: dict[str, list[int]] = defaultdict(list)
    for index, facts in enumerate(all_facts):
        by_month[facts.reference_date.strftime("%Y-%m")].append(index)
    for month, indices in by_month.items():
        group = [all_facts[i] for i in indices]
        for i, result in zip(
            indices, _evaluate_month(group, month, selected, translate), strict=True
        ):
            results[i] = result
    return results  # type: ignore[return-value]


def parse_many(
    situations: Sequence[dict[str, Any]], *, reference_date: datetime.date | None = None
) -> list[Facts]:
    if len(situations) == 1:
        return [parse_situation(situations[0], reference_date=reference_date)]
    parsed, errors = [], {}
    for index, situation in enumerate(situations):
        try:
            parsed.append(parse_situation(situation, reference_date=reference_date))
        except InvalidSituation as invalid:
            for path, messages in invalid.errors.items():
                errors[f"[{index}].{path}" if path[0] != "[" else f"[{index}]{path}"] = messages
    if errors:
        raise InvalidSituation(errors)
    return parsed


# -- Simulation ------------------------------------------------------------------------------


def _evaluate_month(
    households: list[Facts], month: str, rights: list[Right], translate: Translate | None
) -> list[dict[str, Any]]:
    period = periods.period(month)
    simulation, person_indices = build_simulation(households, period)
    arrays = calculate(simulation, period, rights, python=True)
    parameters = parameters_at(month)
    instant = str(period.start)
    renderers = [(right, _Renderer(right, instant, translate)) for right in rights]
    output = []
    for index, facts in enumerate(households):
        household_results = HouseholdResults(arrays, index, person_indices[index])
        output.append(
            {
                "reference_date": facts.data["reference_date"],
                "rights": {
                    right.id: render(_decide(right, facts, household_results, parameters))
                    for right, render in renderers
                },
            }
        )
    return output


def calculate(
    simulation: Any, period: periods.Period, rights: Iterable[Right], *, python: bool = False
) -> dict[str, Any]:
    """The variables the rights read, for the whole simulation: numpy arrays (Enums decoded to
    names), or Python lists of scalars when `python` (converted once, not per household)."""
    system = tax_benefit_system()
    arrays = {}
    for variable in sorted({v for right in rights for v in right.variables}):
        values = simulation.calculate(variable, period)
        if system.variables[variable].value_type == Enum:
            values = values.decode_to_str()
        arrays[variable] = as_python_values(values) if python else values
    return arrays


def parameters_at(month: str) -> Any:
    """The model's parameters on the first day of `month` (YYYY-MM), computed once."""
    return _parameters_at(tax_benefit_system(), month)


@lru_cache(maxsize=64)
def _parameters_at(system: Any, month: str) -> Any:
    return system.parameters(periods.period(month).start)


def build_simulation(households: list[Facts], period: periods.Period):
    """One simulation with a household entity per situation; persons in household order.

    Returns the simulation and, per household, a map member id -> person index.
    """
    system = tax_benefit_system()
    person_household, person_roles, person_indices = [], [], []
    person_inputs: dict[str, dict[int, Any]] = defaultdict(dict)
    household_inputs: dict[str, dict[int, Any]] = defaultdict(dict)
    previous_year_inputs: dict[str, dict[int, Any]] = defaultdict(dict)
    for h, facts in enumerate(households):
        indices = {}
        for member in facts.members:
            p = len(person_household)
            indices[member["id"]] = p
            person_household.append(h)
            person_roles.append(member["role"])
            for variable, value in member_inputs(member):
                person_inputs[variable][p] = value
        person_indices.append(indices)
        for variable, value in household_facts_inputs(facts):
            if variable in PREVIOUS_YEAR_INPUTS:
                previous_year_inputs[PREVIOUS_YEAR_INPUTS[variable]][h] = value
            else:
                household_inputs[variable][h] = value

    builder = SimulationBuilder()
    builder.create_entities(system)
    builder.declare_person_entity("person", numpy.arange(len(person_household)))
    household_population = builder.declare_entity("household", numpy.arange(len(households)))
    builder.join_with_persons(household_population, numpy.array(person_household), person_roles)
    simulation = builder.build(system)

    previous_year = period.this_year.offset(-1)
    for inputs, size, at in (
        (person_inputs, len(person_household), period),
        (household_inputs, len(households), period),
        (previous_year_inputs, len(households), previous_year),
    ):
        for variable, values in inputs.items():
            if variable in system.variables:
                simulation.set_input(variable, at, _array(system.variables[variable], size, values))
    return simulation, person_indices


def member_inputs(member: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    """OpenFisca inputs for one member: (variable, value), known facts only."""
    for key in ("age", "birth_date", "residence_status"):
        if key in member:
            yield key, member[key]
    for benefit in member.get("benefits_received", ()):
        yield f"receives_{benefit}", True
    for kind, amount in member.get("income_monthly_net", {}).items():
        yield f"net_income_{kind}", amount
    yield from _flatten(member.get("flags", {}), "")


def household_facts_inputs(facts: Facts) -> Iterable[tuple[str, Any]]:
    data = facts.data
    for key in ("region", *PREVIOUS_YEAR_INPUTS):
        if key in data:
            yield key, data[key]
    yield from _flatten(data.get("housing", {}), "housing_")
    yield from _flatten(data.get("situation", {}), "")


def _flatten(values: dict[str, Any], prefix: str) -> Iterable[tuple[str, Any]]:
    for key, value in values.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}_")
        else:
            yield f"{prefix}{key}", value


def _array(variable: Any, size: int, values: dict[int, Any]) -> numpy.ndarray:
    if variable.value_type in (Enum, str):
        default = variable.default_value
        filled = [default.name if variable.value_type == Enum else default] * size
        for index, value in values.items():
            filled[index] = value
        return numpy.array(filled, dtype=str)
    array = numpy.full(size, variable.default_value, dtype=variable.dtype)
    for index, value in values.items():
        array[index] = value
    return array


# -- Decision --------------------------------------------------------------------------------


def _decide(right: Right, facts: Facts, results: HouseholdResults, parameters: Any) -> Outcome:
    if right.regions:
        region = facts.data.get("region")
        if region is None:
            return Outcome(status="unknown", reasons=[], missing=["region"])
        if region not in right.regions:
            return Outcome(
                status="not_eligible",
                reasons=[Reason("only_in_region", {"regions": ", ".join(right.regions)})],
            )
        return right.decide(Assessment(right, facts, results, parameters))
    outcome = results.outcomes.get(id(right))  # decided already as another right's basis
    if outcome is None:
        outcome = results.outcomes[id(right)] = right.decide(
            Assessment(right, facts, results, parameters)
        )
    return outcome


def _render(
    right: Right, outcome: Outcome, instant: str, translate: Translate | None
) -> dict[str, Any]:
    return _Renderer(right, instant, translate)(outcome)


class _Renderer:
    """Renders outcomes of one right: what does not depend on the household is looked up once
    (values used, how to apply)."""

    def __init__(self, right: Right, instant: str, translate: Translate | None):
        self.right = right
        self.translate = translate
        self.used = values_used(right.parameters, instant)
        self.apply = translate(APPLY[right.id]) if translate else APPLY[right.id]
        self.sentences: dict[str, str] = {}

    def sentence(self, code: str) -> str:
        text = self.sentences.get(code)
        if text is None:
            text = self.translate(REASONS[code]) if self.translate else REASONS[code]
            self.sentences[code] = text
        return text

    def __call__(self, outcome: Outcome) -> dict[str, Any]:
        right = self.right
        amount = outcome.amount_monthly
        return {
            "status": outcome.status,
            "amount_monthly": None if amount is None else round(float(amount), 2),
            "reasons": [self.sentence(r.code).format(**r.params) for r in outcome.reasons],
            "missing": outcome.missing,
            "apply": self.apply,
            "automatic": right.automatic if outcome.automatic is None else outcome.automatic,
            "sources": list(right.sources),
            "members": outcome.members,
            "to_verify": self.used.to_verify or outcome.to_verify,
            "values_date": self.used.values_date,
            "checked_when_applying": outcome.checked_when_applying,
            "also_possible_if": outcome.also_possible_if,
            "amount_is_minimum": outcome.amount_is_minimum,
            "received": outcome.received,
            "amount_yearly": None
            if outcome.amount_yearly is None
            else round(float(outcome.amount_yearly), 2),
            "paid_in_month": outcome.paid_in_month,
        }


# -- Screening -------------------------------------------------------------------------------

STATUSES = ("eligible", "not_eligible", "unknown", "to_assess")
"""Status codes of `screen()`: STATUSES[code]; INVALID (-1) for a refused document."""
STATUS_CODES = {status: code for code, status in enumerate(STATUSES)}
INVALID = -1
_PARALLEL_FROM = 20_000  # households per process below which one process is faster


@dataclass(frozen=True)
class Screening:
    """Statuses and amounts of many households for many rights, without texts.

    `status[i, j]` is the code (index in STATUSES, or INVALID) of right `rights[j]` for
    household `i`, in the order given; `amount[i, j]` the amount_monthly (EUR, rounded to
    cents) or NaN where evaluate_many gives None. `errors[i]` holds InvalidSituation.errors of
    a household refused (only with skip_invalid=True; its row is INVALID)."""

    rights: tuple[str, ...]
    status: numpy.ndarray  # int8, shape (households, rights)
    amount: numpy.ndarray  # float64, shape (households, rights)
    errors: dict[int, dict[str, list[str]]]

    def status_of(self, household: int, right_id: str) -> str | None:
        code = int(self.status[household, self.rights.index(right_id)])
        return None if code == INVALID else STATUSES[code]

    def rows(self) -> Iterable[tuple[int, str, str, float | None]]:
        """(household index, right id, status, amount or None) for each valid household."""
        for i in range(len(self.status)):
            if i in self.errors:
                continue
            for j, right_id in enumerate(self.rights):
                amount = float(self.amount[i, j])
                yield i, right_id, STATUSES[self.status[i, j]], None if amount != amount else amount


def screen(
    situations: Sequence[dict[str, Any]],
    *,
    date: datetime.date | None = None,
    rights: Iterable[str] | None = None,
    skip_invalid: bool = False,
    processes: int | None = None,
) -> Screening:
    """Proactive screening: the status (and amount) of every right for many households.

    Same statuses and amounts as evaluate_many(situations, reference_date=date, rights=rights),
    without reasons, missing facts or texts. Invalid documents raise InvalidSituation (paths
    start with the household's index), or with skip_invalid are left out (row INVALID, errors
    in `errors`). Large batches are split over `processes` forked worker processes (default:
    one per available core, from 20,000 households a process); processes=1 stays in this one.
    Documents with the same facts (member ids aside) are screened once and share the result.
    """
    right_ids = tuple(rights) if rights else tuple(RIGHTS)
    for right_id in right_ids:
        RIGHTS[right_id]  # noqa: B018 - a KeyError for an unknown right, as evaluate_many
    # Households with the same facts (member ids aside) get the same statuses and amounts:
    # each distinct document is screened once. A caseload has many (sparse facts).
    first, inverse = _distinct(situations)
    unique = situations if len(first) == len(situations) else [situations[i] for i in first]
    status, amount, unique_errors = _screen_all(unique, date, right_ids, skip_invalid, processes)
    errors: dict[int, dict[str, list[str]]] = {}
    if unique_errors:
        for index, position in enumerate(inverse.tolist()):
            if position in unique_errors:
                errors[index] = (
                    unique_errors[position]
                    if first[position] == index
                    else _errors_of(situations[index], date) or unique_errors[position]
                )
    if errors and not skip_invalid:
        raise InvalidSituation(
            {
                f"[{index}].{path}" if path[0] != "[" else f"[{index}]{path}": messages
                for index, invalid in sorted(errors.items())
                for path, messages in invalid.items()
            }
        )
    if len(first) != len(situations):
        status, amount = status[inverse], amount[inverse]
    return Screening(right_ids, status, amount, errors)


def _distinct(situations: Sequence[dict[str, Any]]) -> tuple[list[int], numpy.ndarray]:
    """(index of the first of each distinct document, position of each document's first).
    Documents are the same when their JSON is, with member ids replaced by their order of
    first appearance (so a duplicate id stays a duplicate); one that cannot be written as
    JSON is distinct."""
    keys: dict[str, int] = {}
    first: list[int] = []
    inverse = numpy.empty(len(situations), dtype=numpy.int64)
    for index, situation in enumerate(situations):
        key = _document_key(situation)
        position = keys.get(key) if key is not None else None
        if position is None:
            position = len(first)
            first.append(index)
            if key is not None:
                keys[key] = position
        inverse[index] = position
    return first, inverse


def _document_key(situation: Any) -> str | None:
    try:
        members = situation.get("members") if isinstance(situation, dict) else None
        if isinstance(members, list):
            ids: dict[Any, int] = {}
            situation = {
                **situation,
                "members": [
                    {**m, "id": ids.setdefault(m.get("id"), len(ids))} if isinstance(m, dict) else m
                    for m in members
                ],
            }
        return json.dumps(situation, sort_keys=True, allow_nan=True)
    except (TypeError, ValueError):  # unhashable ids, keys that are not strings, non-JSON
        return None


def _errors_of(situation: dict[str, Any], date: datetime.date | None) -> dict[str, list[str]]:
    try:
        parse_situation(situation, reference_date=date)
    except InvalidSituation as invalid:
        return invalid.errors
    return {}


def _screen_all(
    situations: Sequence[dict[str, Any]],
    date: datetime.date | None,
    right_ids: tuple[str, ...],
    skip_invalid: bool,
    processes: int | None,
) -> tuple[numpy.ndarray, numpy.ndarray, dict[int, dict[str, list[str]]]]:
    count = len(situations)
    if processes is None:
        processes = min(available_cores(), max(1, count // _PARALLEL_FROM))
    if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
        bounds = numpy.linspace(0, count, processes + 1).astype(int)
        chunks = [(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        global _JOB
        _JOB = (situations, date, right_ids, skip_invalid)
        try:
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                parts = pool.map(_screen_chunk, chunks)
        finally:
            _JOB = None
    else:
        parts = [_screen_range(situations, 0, count, date, right_ids, skip_invalid)]
    errors: dict[int, dict[str, list[str]]] = {}
    for part in parts:
        errors.update(part[2])
    status = numpy.concatenate([part[0] for part in parts]) if parts else numpy.empty((0, 0))
    amount = numpy.concatenate([part[1] for part in parts]) if parts else numpy.empty((0, 0))
    return status, amount, errors


_JOB: tuple[Any, ...] | None = None  # what forked workers screen (inherited, not pickled)


def _screen_chunk(chunk: tuple[int, int]):
    assert _JOB is not None
    situations, date, right_ids, skip_invalid = _JOB
    return _screen_range(situations, chunk[0], chunk[1], date, right_ids, skip_invalid)


def available_cores() -> int:
    """The cores this process may run on (screen's default number of processes)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _screen_range(
    situations: Sequence[dict[str, Any]],
    start: int,
    stop: int,
    date: datetime.date | None,
    right_ids: tuple[str, ...],
    skip_invalid: bool,
) -> tuple[numpy.ndarray, numpy.ndarray, dict[int, dict[str, list[str]]]]:
    selected = [RIGHTS[right_id] for right_id in right_ids]
    status = numpy.full((stop - start, len(selected)), INVALID, dtype=numpy.int8)
    amount = numpy.full((stop - start, len(selected)), numpy.nan)
    errors: dict[int, dict[str, list[str]]] = {}
    by_month: dict[str, list[tuple[int, Facts]]] = defaultdict(list)
    for index in range(start, stop):
        try:
            facts = parse_situation(situations[index], reference_date=date)
        except InvalidSituation as invalid:
            errors[index] = invalid.errors
            continue
        by_month[facts.data["reference_date"][:7]].append((index - start, facts))
    if errors and not skip_invalid:
        return status, amount, errors
    for month, group in by_month.items():
        rows = [row for row, _ in group]
        codes, amounts = _screen_month([facts for _, facts in group], month, selected)
        status[rows] = codes
        amount[rows] = amounts
    return status, amount, errors


def _screen_month(
    households: list[Facts], month: str, rights: list[Right]
) -> tuple[numpy.ndarray, numpy.ndarray]:
    period = periods.period(month)
    simulation, person_indices = build_simulation(households, period)
    arrays = calculate(simulation, period, rights, python=True)
    parameters = parameters_at(month)
    count = len(households)
    codes = numpy.empty((count, len(rights)), dtype=numpy.int8)
    amounts = numpy.full((count, len(rights)), numpy.nan)
    regions = [facts.data.get("region") for facts in households]
    # Regional rights outside their region (or without a region) are decided without decide.
    regional = {}
    for j, right in enumerate(rights):
        if right.regions:
            outside = [region is not None and region not in right.regions for region in regions]
            codes[:, j] = numpy.where(
                outside, STATUS_CODES["not_eligible"], STATUS_CODES["unknown"]
            )
            regional[j] = [region in right.regions for region in regions]
    code_of = STATUS_CODES
    for index, facts in enumerate(households):
        results = HouseholdResults(arrays, index, person_indices[index])
        row_codes = codes[index]
        row_amounts = amounts[index]
        for j, right in enumerate(rights):
            if j in regional and not regional[j][index]:
                continue
            outcome = _decide(right, facts, results, parameters)
            row_codes[j] = code_of[outcome.status]
            if outcome.amount_monthly is not None:
                row_amounts[j] = round(float(outcome.amount_monthly), 2)
    return codes, amounts
