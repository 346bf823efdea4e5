"""The rights Radar knows, and the contract each one fulfils.

A right is a `Right`: what it is, which facts it needs, where it applies, how to get it, and
a `decide` function. `decide` receives an `Assessment` for one household (the OpenFisca
results for that household and its facts) and returns an `Outcome`. The rule itself stays in
the OpenFisca model; `decide` only turns results and missing facts into a status and
plain-language reasons.

Rights are defined in radar/rights/catalogue/<family>.py and listed in
radar/rights/catalogue/__init__.py. See docs/rights.md, "How to add a right".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from radar.rights.exchange import Facts
from radar.rights.model.money import cents

Status = Literal["eligible", "not_eligible", "unknown", "to_assess"]


@dataclass(frozen=True)
class Reason:
    """A sentence from messages.REASONS by code, with its placeholders."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    status: Status
    reasons: list[Reason]
    missing: list[str] = field(default_factory=list)
    amount_monthly: float | None = None
    members: list[str] = field(default_factory=list)
    automatic: bool | None = None  # None: the right's default
    to_verify: bool = False  # besides unconfirmed parameter values, which the engine adds
    # Facts the deciding body checks when the person applies, not recorded (do not hold back
    # `eligible`), and facts of rare routes that could only widen the right ("also possible if").
    checked_when_applying: list[str] = field(default_factory=list)
    also_possible_if: list[str] = field(default_factory=list)
    amount_is_minimum: bool = False  # some facts the amount depends on are missing
    received: bool = False  # a member already receives this right (benefits_received)
    # A yearly payment (schoolbonus, schooltoeslag, kleutertoeslag): the yearly amount and the
    # month it is paid (1-12, None when it varies); amount_monthly stays the twelfth of it.
    amount_yearly: float | None = None
    paid_in_month: int | None = None


@dataclass(frozen=True)
class Right:
    id: str
    domain: str  # life domain, for grouping: income, health, housing, energy, education...
    needs: tuple[str, ...]
    """Facts the right may ask for, as paths with a role or * for the member:
    `members[applicant].age`, `members[*].benefits_received`, `housing.tenure`. A check that
    uses a fact outside this list is a programming error (UndeclaredFact)."""
    variables: tuple[str, ...]  # OpenFisca variables `decide` reads
    parameters: tuple[str, ...]  # parameter nodes, for values_date and to_verify
    decide: Callable[[Assessment], Outcome]
    sources: tuple[str, ...]
    automatic: bool = False  # granted without a request (can be overridden per outcome)
    regions: tuple[str, ...] = ()  # empty: federal, applies everywhere
    personal: bool = False  # the right belongs to members; the outcome names them

    def declares(self, path: str, role: str | None) -> bool:
        return _declares(self.needs, path, role)


_MEMBER_ID = re.compile(r"^members\[[^\]]+\]")


@lru_cache(maxsize=4096)
def _declares(needs: tuple[str, ...], path: str, role: str | None) -> bool:
    if role is None:
        return path in needs
    rest = _MEMBER_ID.sub("", path)
    return f"members[{role}]{rest}" in needs or f"members[*]{rest}" in needs


class UndeclaredFact(AssertionError):
    """A right's decide function used a fact its `needs` does not list."""


CHECK_DECLARATIONS = False
"""Whether `Assessment.known`/`is_known` refuse a fact outside the right's `needs`
(UndeclaredFact) and `value`/`member_value` a variable outside its `variables`. The check costs
a path parse per read, so it is off in production and switched on by the test suite
(radar/rights/tests/conftest.py), which exercises every right."""


class Assessment:
    """One right, one household: read results, record conditions, then call `outcome()`.

    Conditions are checked with `require` (all must hold) or `require_any` (one must hold).
    A condition whose facts are all known and that fails makes the right `not_eligible`,
    whatever else is unknown; a condition with missing facts makes it `unknown` unless another
    one fails; `discretion` makes it `to_assess` when nothing fails or is missing.
    """

    def __init__(self, right: Right, facts: Facts, results: HouseholdResults, parameters: Any):
        self.right = right
        self.facts = facts
        self.results = results
        self.parameters = parameters  # OpenFisca parameters at the reference month
        self.reasons: list[Reason] = []
        self.failures: list[Reason] = []
        self.missing: list[str] = []
        self.discretionary = False
        self.on_application: list[str] = []
        self.widening: list[str] = []
        self.hints: list[Reason] = []
        self.amount_is_minimum = False
        self.received = False

    # -- reading

    def value(self, variable: str) -> Any:
        """A household-level result (a Python scalar)."""
        if CHECK_DECLARATIONS:
            self._check_variable(variable)
        return self.results.household(variable)

    def member_value(self, variable: str, member: dict[str, Any]) -> Any:
        """A person-level result for one member."""
        if CHECK_DECLARATIONS:
            self._check_variable(variable)
        return self.results.person(variable, member["id"])

    def known(self, *paths: str) -> bool:
        """Whether every fact is known; records the unknown ones as missing."""
        if CHECK_DECLARATIONS:
            for path in paths:
                self._check_declared(path)
        has = self.facts.has
        known = True
        for path in paths:
            if not has(path):
                known = False
                if path not in self.missing:
                    self.missing.append(path)
        return known

    def is_known(self, path: str) -> bool:
        """Whether a fact is known, without recording it as missing."""
        if CHECK_DECLARATIONS:
            self._check_declared(path)
        return self.facts.has(path)

    def _check_declared(self, path: str) -> None:
        if not self.right.declares(path, self.facts.role_of(path)):
            raise UndeclaredFact(f"{self.right.id} uses {path}, not declared in its needs")

    def _check_variable(self, variable: str) -> None:
        if variable not in self.right.variables:
            raise UndeclaredFact(f"{self.right.id} reads {variable}, not in its variables")

    # -- recording

    def require(
        self, passed: bool, facts: Iterable[str], *, yes: Reason | None, no: Reason
    ) -> bool | None:
        """A condition that must hold. Returns True/False, or None when facts are missing."""
        if not self.known(*facts):
            return None
        if passed:
            if yes is not None:
                self.reasons.append(yes)
            return True
        self.failures.append(no)
        return False

    def require_any(
        self, options: Iterable[tuple[bool, Iterable[str]]], *, yes: Reason | None, no: Reason
    ) -> bool | None:
        """A condition that holds when one option (value, facts) holds with known facts."""
        options = [(passed, list(facts)) for passed, facts in options]
        if any(passed and all(map(self.is_known, facts)) for passed, facts in options):
            if yes is not None:
                self.reasons.append(yes)
            return True
        missing = [path for _, facts in options for path in facts if not self.is_known(path)]
        if missing:
            self.known(*missing)
            return None
        self.failures.append(no)
        return False

    def checked_at_application(
        self, path: str, passed: bool, *, yes: Reason | None, no: Reason
    ) -> bool | None:
        """A condition the deciding body checks when the person applies (willingness to work,
        other rights claimed, enrolment and attendance, a request within a deadline, a proof):
        not recorded, it is listed under `checked_when_applying` and does not hold the status
        back; a recorded fact that fails it refuses. Returns True/False, or None if unrecorded."""
        if CHECK_DECLARATIONS:
            self._check_declared(path)
        if not self.facts.has(path):
            if path not in self.on_application:
                self.on_application.append(path)
            return None
        if passed:
            if yes is not None:
                self.reasons.append(yes)
            return True
        self.failures.append(no)
        return False

    def also_possible_if(self, *paths: str, reason: Reason | None = None) -> None:
        """A rare route that can only widen the right (a child's disability points, a debt
        settlement ...): when its facts are not recorded the status follows the main route and
        the result lists them under `also_possible_if`, with `reason` as the hint."""
        if CHECK_DECLARATIONS:
            for path in paths:
                self._check_declared(path)
        unrecorded = [path for path in paths if not self.facts.has(path)]
        for path in unrecorded:
            if path not in self.widening:
                self.widening.append(path)
        if unrecorded and reason is not None and reason not in self.hints:
            self.hints.append(reason)

    def note(self, reason: Reason) -> None:
        self.reasons.append(reason)

    def discretion(self, reason: Reason) -> None:
        """The law leaves the decision to the OCMW or the administration here."""
        self.discretionary = True
        self.reasons.append(reason)

    # -- concluding

    @property
    def status(self) -> Status:
        if self.failures:
            return "not_eligible"
        if self.missing:
            return "unknown"
        if self.discretionary:
            return "to_assess"
        return "eligible"

    def outcome(
        self,
        *,
        amount: float | None = None,
        members: Iterable[str] = (),
        automatic: bool | None = None,
        to_verify: bool = False,
    ) -> Outcome:
        """The outcome of the recorded conditions. The amount only counts when the status is
        eligible or to_assess (then it is a maximum)."""
        status = self.status
        reasons = self.failures if status == "not_eligible" else self.reasons
        if status != "eligible":
            reasons = reasons + self.hints
        holds = status in ("eligible", "to_assess")
        return Outcome(
            status=status,
            reasons=list(reasons),
            missing=[] if status == "not_eligible" else list(self.missing),
            amount_monthly=amount if holds else None,
            members=list(members) if holds else [],
            automatic=automatic,
            to_verify=to_verify,
            checked_when_applying=[] if status == "not_eligible" else list(self.on_application),
            also_possible_if=[] if status == "eligible" else list(self.widening),
            amount_is_minimum=holds and amount is not None and self.amount_is_minimum,
            received=holds and self.received,
        )


class HouseholdResults:
    """The OpenFisca results of one household, from the arrays of a whole simulation.

    `arrays` maps variable -> the values of the whole simulation: numpy arrays, or (faster, as
    the engine passes them) Python lists already converted with `as_python_values`."""

    def __init__(self, arrays: dict[str, Any], index: int, person_index: dict[str, int]):
        self._arrays = arrays
        self._index = index
        self._person_index = person_index
        # Outcomes of federal rights already decided for this household, by id(right): a
        # derived right reads its basis right's outcome from here (catalogue/derived.py).
        self.outcomes: dict[int, Outcome] = {}

    def household(self, variable: str) -> Any:
        return _scalar(self._arrays[variable][self._index])

    def person(self, variable: str, member_id: str) -> Any:
        return _scalar(self._arrays[variable][self._person_index[member_id]])


def as_python_values(values: Any) -> list[Any]:
    """A simulation's array as a list of Python scalars (what `_scalar` gives per item)."""
    if len(values) and hasattr(values[0], "name") and not isinstance(values[0], str):
        return [value.name for value in values]  # Enum members
    return values.tolist()


_PLAIN = (bool, int, float, str)


def _scalar(value: Any) -> Any:
    if type(value) in _PLAIN:  # converted already (as_python_values)
        return value
    if hasattr(value, "name"):  # an Enum member
        return value.name
    return value.item() if hasattr(value, "item") else value


def at_most(amount: float, limit: float) -> bool:
    """amount <= limit to the cent: a fact (float64) and a model result (float32) on the same
    threshold compare equal (radar/rights/model/money.py)."""
    return bool(cents(amount) <= cents(limit))


def below(amount: float, limit: float) -> bool:
    """amount < limit to the cent."""
    return bool(cents(amount) < cents(limit))


def money(amount: float) -> str:
    """An amount for a reason, in the Belgian format (€ 1.811,59): float32 results are
    rounded to cents."""
    text = f"{round(float(amount), 2):,.2f}"
    return "€ " + text.replace(",", " ").replace(".", ",").replace(" ", ".")


def names(members: Iterable[dict[str, Any]]) -> str:
    return ", ".join(member["id"] for member in members)
