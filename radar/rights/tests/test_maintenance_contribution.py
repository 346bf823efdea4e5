"""Tegemoetkoming in het onderhoudsgeld through evaluate(): follows the leefloon."""

from radar.rights import engine
from radar.rights.tests.situations import single_adult

RIGHT = "tegemoetkoming_onderhoudsgeld_leefloon"
PAYING = {
    "child_maintenance_paid_monthly": 150,
    "child_maintenance_owed_under_decision_or_agreement": True,
    "proof_of_payment": True,
    "maintenance_child_lives_in_belgium": True,
}


def contribution(situation):
    return engine.evaluate(situation, rights=[RIGHT])["rights"][RIGHT]


def payer(**flags):
    situation = single_adult()
    situation["members"][0]["flags"].update({**PAYING, **flags})
    return situation


def test_a_leefloon_beneficiary_paying_150_gets_75_a_month():
    result = contribution(payer())

    assert result["status"] == "eligible"
    assert result["amount_monthly"] == 75.0
    assert result["members"] == ["ann"]


def test_the_contribution_is_capped_at_1100_a_year():
    assert contribution(payer(child_maintenance_paid_monthly=400))["amount_monthly"] == 91.67


def test_no_proof_of_payment_is_not_eligible():
    result = contribution(payer(proof_of_payment=False))

    assert result["status"] == "not_eligible"
    assert result["amount_monthly"] is None


def test_an_unknown_leefloon_makes_the_contribution_unknown_with_the_leefloon_facts():
    situation = payer()
    del situation["members"][0]["income_monthly_net"]

    result = contribution(situation)

    assert result["status"] == "unknown"
    assert result["missing"] == ["members[ann].income_monthly_net"]


def test_conditions_checked_at_application_carry_over_and_do_not_hold_back():
    situation = payer()
    del situation["members"][0]["flags"]["willing_to_work"]
    del situation["members"][0]["flags"]["proof_of_payment"]

    result = contribution(situation)

    assert result["status"] == "eligible"
    assert {
        "members[ann].flags.proof_of_payment",
        "members[ann].flags.willing_to_work",
    } <= set(result["checked_when_applying"])
    refused = contribution(payer(proof_of_payment=False))
    assert refused["status"] == "not_eligible"


def test_a_leefloon_left_to_the_ocmw_leaves_the_contribution_to_assess():
    situation = payer(willing_to_work=False, health_or_equity_reasons=True)

    assert contribution(situation)["status"] == "to_assess"


def test_a_high_salary_means_no_leefloon_and_no_contribution():
    situation = payer()
    situation["members"][0]["income_monthly_net"] = {"salary": 3000}

    assert contribution(situation)["status"] == "not_eligible"
