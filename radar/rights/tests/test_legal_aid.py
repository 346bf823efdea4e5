"""Juridische tweedelijnsbijstand (fully and partly free) through evaluate()."""

import datetime

from radar.rights import engine
from radar.rights.tests.situations import single_adult, single_mother

BOTH = ["juridische_tweedelijnsbijstand", "juridische_tweedelijnsbijstand_gedeeltelijk"]
SEPT_2025 = datetime.date(2025, 10, 1)


def legal_aid(situation, date=SEPT_2025):
    result = engine.evaluate(situation, rights=BOTH, reference_date=date)["rights"]
    return result[BOTH[0]], result[BOTH[1]]


def test_a_single_person_below_1612_is_fully_free_from_september_2025():
    full, partial = legal_aid(single_adult(income_monthly_net={"salary": 1600}))

    assert full["status"] == "eligible"
    assert full["members"] == ["ann"]
    assert partial["status"] == "not_eligible"


def test_the_same_income_was_only_partly_free_before_september_2025():
    full, partial = legal_aid(
        single_adult(income_monthly_net={"salary": 1600}), date=datetime.date(2025, 8, 1)
    )

    assert full["status"] == "not_eligible"
    assert partial["status"] == "eligible"
    assert "€ 1.582,00" in partial["reasons"][0]


def test_above_the_partial_ceiling_neither_applies():
    full, partial = legal_aid(single_adult(income_monthly_net={"salary": 2000}))

    assert full["status"] == "not_eligible"
    assert partial["status"] == "not_eligible"


def test_a_dependant_child_is_deducted_and_child_benefit_is_not_counted():
    situation = single_mother()
    situation["members"][0]["income_monthly_net"] = {"salary": 2200, "family_allowance": 300}

    full, _ = legal_aid(situation)

    assert full["status"] == "eligible"  # 2 200 - 355,21 <= 1 920
    assert full["to_verify"] is True  # the 2025 deduction per dependant is derived


def test_a_leefloon_recipient_is_presumed_without_means():
    full, partial = legal_aid(
        single_adult(benefits_received=["leefloon"], income_monthly_net={"salary": 3000})
    )

    assert full["status"] == "eligible"
    assert "unless" in full["reasons"][0]
    assert partial["status"] == "not_eligible"


def test_unknown_income_is_asked_and_living_with_a_parent_needs_lives_alone():
    situation = single_adult()
    del situation["members"][0]["income_monthly_net"]

    full, partial = legal_aid(situation)
    assert full["status"] == partial["status"] == "unknown"
    assert full["missing"] == ["members[ann].income_monthly_net"]

    situation = single_adult(income_monthly_net={"salary": 1500})
    situation["members"].append({"id": "dad", "role": "parent", "age": 60})
    full, _ = legal_aid(situation)
    assert full["missing"] == ["members[ann].flags.lives_alone"]


def test_a_parent_who_shares_the_household_counts_as_a_cohabitant():
    situation = single_adult(income_monthly_net={"salary": 1500}, flags={"lives_alone": False})
    situation["members"].append(
        {"id": "dad", "role": "parent", "age": 60, "income_monthly_net": {"pension": 1000}}
    )

    full, partial = legal_aid(situation)

    assert full["status"] == "not_eligible"  # 2 500 > 1 920 (household)
    assert partial["status"] == "not_eligible"  # 2 500 > 2 226
