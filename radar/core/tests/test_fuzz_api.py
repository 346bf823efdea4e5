"""Schemathesis against Radar's own OpenAPI schema, through the WSGI app (no server).

For each role (an outreacher, a partner with a consented family and a policy
officer, each with a DRF token), every operation of /api/schema/ gets cases in both of
schemathesis' modes: data that fits the schema and data that does not. Path ids are either
generated or taken from the world (fuzz_world.py): the user's own family and its records,
another team's family, and the two crossed. Every response is checked: no server error,
a documented status code, a body that fits the documented schema, the documented content
type. The test counts the cases and asserts at least MIN_CASES per role and no finding.

Bounded: PER_OPERATION examples per operation and role, derandomized (the same cases every
run), each request rolled back (fuzzing.rolled_back).
"""

import os
import re

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from radar.core.tests.fuzz_world import build_world
from radar.core.tests.fuzzing import Tally, connections_kept_open, fuzz_settings, rolled_back
from radar.core.validators import EARLIEST_BIRTH, PLAN_YEARS_AHEAD

MIN_CASES = 2_000  # per role
PER_OPERATION = 85  # examples per operation and role: 24 operations -> 2,040
# The team lead reaches the same operations as the outreacher (more families): left out
# to keep the run short.
ROLES = ("outreacher", "partner", "policy")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]
RECORD_PARAMETERS = {
    "member_pk": "member",
    "need_pk": "need",
    "contact_pk": "contact",
    "goal_pk": "goal",
    "step_pk": "step",
}


def _path_choices(operation, world) -> list[dict]:
    """Path parameters from the world: own family and record, other team's, crossed."""
    names = {parameter.name for parameter in operation.path_parameters}
    if not names:
        return []
    if names == {"organisation_pk"}:
        return [{"organisation_pk": org.pk} for org in world.organisations]
    if names == {"id"} and operation.path.startswith("/api/referrals/"):
        return [{"id": family.referral.pk} for family in world.families]
    choices = []
    for family in world.families:
        for records_of in world.families:
            params = {"id": family.household.pk}
            for name in names - {"id"}:
                params[name] = getattr(records_of, RECORD_PARAMETERS[name]).pk
            if params not in choices:
                choices.append(params)
    return choices


def _strategy(operation, world):
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    strategies = [operation.as_strategy(generation_mode=mode) for mode in modes]
    for params in _path_choices(operation, world):
        strategies += [
            operation.as_strategy(generation_mode=mode, path_parameters=params) for mode in modes
        ]
    return st.one_of(strategies)


def _operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


_DATE = re.compile(r"^(-?\d{4,})-\d{2}-\d{2}")


def implausible_dates(value, path="") -> list[str]:
    """Dates in a body outside every window of radar.core.validators (before 1900, or
    more than PLAN_YEARS_AHEAD + 1 years ahead): the API accepted what it must refuse."""
    latest = timezone.localdate().year + PLAN_YEARS_AHEAD + 1
    if isinstance(value, dict):
        return [f for key, item in value.items() for f in implausible_dates(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [f for i, item in enumerate(value) for f in implausible_dates(item, f"{path}[{i}]")]
    if isinstance(value, str) and (match := _DATE.match(value)):
        if not EARLIEST_BIRTH.year <= int(match.group(1)) <= latest:
            return [f"{path}={value}"]
    return []


def _fuzz_operation(operation, world, headers, tally: Tally, per_operation: int) -> None:
    label = f"{operation.method.upper()} {operation.path}"

    @fuzz_settings(per_operation)
    @given(case=_strategy(operation, world))
    def run(case):
        with rolled_back():
            response = case.call(headers=headers)
            tally.count(label, response.status_code)
            try:
                case.validate_response(response, checks=CHECKS, headers=headers)
            except (FailureGroup, AssertionError) as failure:
                titles = sorted({type(f).__name__ for f in getattr(failure, "exceptions", [])})
                key = f"{label} {response.status_code} {','.join(titles) or type(failure)}"
                tally.found(key, str(failure))
            if response.status_code < 300 and response.content:
                if wrong := implausible_dates(response.json()):
                    tally.found(f"{label} {response.status_code} implausible date {wrong[0]}",
                                case.as_curl_command(headers=headers))  # fmt: skip

    run()


def fuzz_api(role: str, world, per_operation: int = PER_OPERATION) -> Tally:
    token = world.tokens[role]
    headers = {"Authorization": f"Token {token}"}
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application,
                                            headers=headers)  # fmt: skip
    tally = Tally()
    for operation in _operations(schema):
        _fuzz_operation(operation, world, headers, tally, per_operation)
    return tally


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_api_fuzzing_finds_no_server_error_and_no_schema_violation(role):
    world = build_world()
    with connections_kept_open():
        tally = fuzz_api(role, world, int(os.environ.get("RADAR_FUZZ_API_EXAMPLES", PER_OPERATION)))
    print(tally.summary())  # shown with pytest -s
    assert not tally.findings, tally.report()
    assert tally.cases >= MIN_CASES, f"only {tally.cases} API cases as {role}"
