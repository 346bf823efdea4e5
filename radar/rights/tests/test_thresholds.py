"""Every money threshold at −1 cent, exactly on it, and +1 cent (issue 9, part 3).

OpenFisca keeps amounts in float32; a household exactly on a threshold used to be refused with
a reason that contradicted itself ("income € 45.278,06 is above € 45.278,06"). The threshold
values are read from the parameters at the reference date, so the test follows the values
as they are updated. `test_every_income_threshold_parameter_is_tested` lists the parameters
that are thresholds on money and fails when one is not covered here.

A case observes either the engine's answer (status and amount, through evaluate *and* screen)
or a model variable; for an "at most" threshold the answer at −1 cent and on the threshold is
the same and differs at +1 cent; for a "below" threshold it changes on the threshold.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from openfisca_core import periods

from radar.rights import engine
from radar.rights.exchange import parse_situation
from radar.rights.model import PARAMETERS_DIR

DATES = ("2025-03-15", "2026-04-15")
INCOME = "household_gross_taxable_income_yearly_previous_year"


def parameter(date: str, path: str) -> float:
    node = engine.parameters_at(date[:7])
    for part in path.split("."):
        node = node[int(part)] if part.isdigit() else getattr(node, part)
    return float(node)


def _adult(id="ann", role="applicant", age=40, **flags):
    return {
        "id": id,
        "role": role,
        "age": age,
        "residence_status": "belgian",
        "benefits_received": [],
        "income_monthly_net": {},
        "flags": {"disability_pillar1_points": 0, **flags},
    }


def single(date: str, region: str, income: float, **changes) -> dict:
    situation = {
        "reference_date": date,
        "region": region,
        INCOME: income,
        "housing": {"tenure": "private_rent", "other_real_estate": False},
        "situation": {"collective_debt_settlement": False},
        "members": [_adult()],
    }
    situation.update(changes)
    return copy.deepcopy(situation)


PRIMARY = {
    "level": "primary",
    "language": "nl",
    "recognised_by": "flemish_community",
    "enrolled": True,
    "unjustified_absent_half_days": 0,
}


def family(date: str, region: str, income: float, *ages: int) -> dict:
    """A single parent with children of `ages` (born after 2019 when young enough)."""
    year = int(date[:4])
    children = [
        {
            "id": f"k{i}",
            "role": "child",
            "age": age,
            "birth_date": f"{year - age - 1}-11-01",
            "residence_status": "belgian",
            "benefits_received": ["groeipakket"],
            "income_monthly_net": {},
            "flags": {"disability_pillar1_points": 0, "school": dict(PRIMARY)},
        }
        for i, age in enumerate(ages)
    ]
    parent = _adult("mum", single_parent=True, school={"level": "secondary"})
    parent["benefits_received"] = ["groeipakket"]
    parent["income_monthly_net"] = {"salary": 1500}
    situation = single(date, region, income)
    situation["members"] = [parent, *children]
    return situation


def heated(date: str, region: str, income: float) -> dict:
    situation = single(date, region, income)
    situation["housing"]["heating"] = "heating_oil_bulk"
    situation["situation"]["heating_delivery_days_ago"] = 20
    return situation


def legal_aid(date: str, region: str, income: float) -> dict:
    """A single person whose monthly net income is `income`."""
    situation = single(date, region, 0)
    situation["members"][0]["income_monthly_net"] = {"salary": income}
    return situation


def with_cadastral_income(situation: dict, amount: float) -> dict:
    situation["housing"]["other_real_estate"] = True
    situation["housing"]["other_real_estate_cadastral_income"] = amount
    return situation


@dataclass(frozen=True)
class Threshold:
    parameter: str  # dotted path in the parameters; the value is the threshold
    build: Callable[[str, str, float], dict]  # (date, region, amount) -> situation
    region: str
    kind: str = "at_most"  # or "below"
    right: str | None = None  # observe the engine's answer for this right...
    variable: str | None = None  # ...or a model variable
    offset: Callable[[str], float] = lambda date: 0.0  # added to the parameter (per member)

    @property
    def id(self) -> str:
        return self.parameter


THRESHOLDS = [
    Threshold("verhoogde_tegemoetkoming.income_ceiling.base", single, "flanders",
              right="verhoogde_tegemoetkoming"),
    Threshold("verhoogde_tegemoetkoming.income_ceiling.base", single, "flanders",
              variable="verhoogde_tegemoetkoming_income_test"),
    Threshold("verwarmingsfonds.income_ceiling_base", heated, "flanders",
              variable="verwarmingsfonds_low_income"),
    Threshold("schooltoeslag.income_maximum.points_2",
              lambda d, r, x: family(d, r, x, 8), "flanders", right="schooltoeslag"),
    Threshold("schooltoeslag.income_maximum.points_2",
              lambda d, r, x: family(d, r, x, 8), "flanders",
              variable="schooltoeslag_income_condition"),
    Threshold("schooltoeslag.income_minimum.points_2",
              lambda d, r, x: family(d, r, x, 8), "flanders",
              variable="schooltoeslag_primary_yearly"),
    Threshold("groeipakket_sociale_toeslag.income_threshold.lower",
              lambda d, r, x: family(d, r, x, 3), "flanders",
              variable="groeipakket_sociale_toeslag_band"),
    Threshold("groeipakket_sociale_toeslag.income_threshold.middle_small_family",
              lambda d, r, x: family(d, r, x, 3), "flanders",
              variable="groeipakket_sociale_toeslag_band"),
    Threshold("groeipakket_sociale_toeslag.income_threshold.middle_large_family",
              lambda d, r, x: family(d, r, x, 3, 4, 5), "flanders",
              variable="groeipakket_sociale_toeslag_band"),
    Threshold("af_wallonie_supplement_social.income_threshold.lower",
              lambda d, r, x: family(d, r, x, 3), "wallonia", kind="below",
              variable="af_wallonie_supplement_band"),
    Threshold("af_wallonie_supplement_social.income_threshold.upper",
              lambda d, r, x: family(d, r, x, 3), "wallonia",
              variable="af_wallonie_supplement_band"),
    Threshold("af_bruxelles_supplement_social.income_threshold.lower",
              lambda d, r, x: family(d, r, x, 3), "brussels", kind="below",
              right="af_bruxelles_supplement_social"),
    Threshold("af_bruxelles_supplement_social.income_threshold.upper",
              lambda d, r, x: family(d, r, x, 3, 4), "brussels",
              right="af_bruxelles_supplement_social"),
    Threshold("af_bruxelles_supplement_social.cadastral_income_maximum",
              lambda d, r, x: with_cadastral_income(family(d, r, 20000, 3), x), "brussels",
              kind="below", right="af_bruxelles_supplement_social"),
    Threshold("huurpremie.income_limit.single", single, "flanders",
              variable="rent_allowance_income_condition"),
    Threshold("huurpremie.income_limit.other",
              lambda d, r, x: family(d, r, x, 30), "flanders",
              variable="rent_allowance_income_condition"),
    Threshold("juridische_tweedelijnsbijstand.single_full_ceiling", legal_aid, "flanders",
              variable="juridische_bijstand_income_below_full_ceiling"),
    Threshold("juridische_tweedelijnsbijstand.single_partial_ceiling", legal_aid, "flanders",
              variable="juridische_bijstand_income_below_partial_ceiling"),
    *(
        Threshold(f"maf_inkomen.income_limits.{i}", single, "flanders",
                  variable="maf_inkomen_bracket")
        for i in range(5)
    ),
]  # fmt: skip


def _observe(case: Threshold, situation: dict) -> Any:
    if case.variable is not None:
        facts = parse_situation(situation)
        period = periods.period(facts.reference_date.strftime("%Y-%m"))
        simulation, _ = engine.build_simulation([facts], period)
        return simulation.calculate(case.variable, period)[0].item()
    result = engine.evaluate(situation, rights=[case.right])["rights"][case.right]
    screened = engine.screen([situation], rights=[case.right], processes=1)
    assert screened.status_of(0, case.right) == result["status"], "screen and evaluate differ"
    if result["status"] == "not_eligible":  # the reason never contradicts the answer
        assert not any("below" in r and "above" in r for r in result["reasons"])
    return result["status"], result["amount_monthly"]


@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize(
    "case", THRESHOLDS, ids=[f"{c.parameter}-{c.right or c.variable}" for c in THRESHOLDS]
)
def test_threshold_to_the_cent(case: Threshold, date: str):
    value = round(parameter(date, case.parameter), 2)
    before, on, after = (
        _observe(case, case.build(date, case.region, round(value + delta, 2)))
        for delta in (-0.01, 0, 0.01)
    )
    if case.kind == "at_most":
        assert before == on != after, (before, on, after)
    else:
        assert before != on == after, (before, on, after)


THRESHOLD_FILES = (
    "income_threshold",
    "income_limit",
    "income_ceiling",
    "full_ceiling",
    "partial_ceiling",
    "income_maximum",
    "income_minimum",
    "income_limits",
)
NOT_TESTED_HERE = {
    # Composite parts: tested through the base value they are added to, or per member.
    "verhoogde_tegemoetkoming.income_ceiling.per_additional_member",
    "verhoogde_tegemoetkoming.reference_month_ceiling",
    "huurpremie.income_limit.per_dependant",
    "huurpremie.income_limit.single_disabled",
    "juridische_tweedelijnsbijstand.household_full_ceiling",
    "juridische_tweedelijnsbijstand.household_partial_ceiling",
    "verwarmingsfonds.income_ceiling_per_dependant",
    # A yearly limit on 12 x a monthly income: no monthly amount in cents lands on it.
    "verwarmingsfonds.dependant_income_limit",
}


def test_every_income_threshold_parameter_is_tested():
    """Each YAML parameter named like an income threshold has a case above (or is a part of
    one, listed in NOT_TESTED_HERE); the schooltoeslag table is tested on one row."""
    tested = {case.parameter.rsplit(".", 1)[0] if "maf" in case.parameter else case.parameter
              for case in THRESHOLDS}  # fmt: skip
    missing = []
    for path in sorted(PARAMETERS_DIR.rglob("*.yaml")):
        if path.name == "index.yaml":
            continue
        dotted = ".".join(path.relative_to(PARAMETERS_DIR).with_suffix("").parts)
        if not any(word in dotted for word in THRESHOLD_FILES):
            continue
        if dotted.startswith("schooltoeslag.income_m") or any(
            dotted.startswith(skip) for skip in NOT_TESTED_HERE
        ):
            continue
        if dotted not in tested:
            missing.append(dotted)
    assert missing == []
