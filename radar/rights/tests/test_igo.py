"""IGO end to end through engine.evaluate() (RULES-RESEARCH §14)."""

import copy
import datetime

from radar.rights import engine

PENSIONER = {
    "reference_date": "2025-03-15",
    "region": "wallonia",
    "members": [
        {
            "id": "jan",
            "role": "applicant",
            "age": 70,
            "residence_status": "belgian",
            "benefits_received": ["pension"],
            "income_monthly_net": {"pension": 1000},
            "flags": {"years_resident_in_belgium": 70},
        },
    ],
}


def pensioner(**changes):
    situation = copy.deepcopy(PENSIONER)
    situation["members"][0].update(changes)
    return situation


def igo(situation, **kwargs):
    return engine.evaluate(situation, rights=["igo"], **kwargs)["rights"]["igo"]


def test_a_single_pensioner_with_a_small_pension_is_eligible_with_an_estimate():
    result = igo(pensioner())

    assert result["status"] == "eligible"
    assert result["amount_monthly"] == 680.37  # 1 580,37 - 90 % x 1 000 (amount to verify)
    assert result["members"] == ["jan"]
    assert result["to_verify"] is True
    assert result["values_date"] == "2025-02-01"


def test_the_may_2024_indexed_amounts_apply_on_the_first_date_the_model_covers():
    # model_start is 2024-05-01, so the earliest check uses the May 2024 (derived) amounts
    result = igo(pensioner(), reference_date=datetime.date(2024, 5, 1))

    assert result["amount_monthly"] == 649.39  # 1 549,39 - 900
    assert result["values_date"] == "2024-05-01"


def test_a_pension_above_the_maximum_is_not_eligible():
    result = igo(pensioner(income_monthly_net={"pension": 1800}))

    assert result["status"] == "not_eligible"
    assert "reach the IGO amount" in result["reasons"][0]


def test_sixty_five_in_2025_is_below_the_pension_age():
    result = igo(pensioner(age=65))

    assert result["status"] == "not_eligible"
    assert result["reasons"] == [
        "Nobody in the household (applicant, partner or a parent living in) has reached the "
        "legal pension age (66) at which the IGO starts."
    ]


def test_a_couple_shares_the_resources_and_both_are_named():
    situation = pensioner(income_monthly_net={"pension": 800})
    situation["members"].append(
        {
            "id": "mia",
            "role": "partner",
            "age": 68,
            "residence_status": "belgian",
            "income_monthly_net": {"pension": 600},
            "flags": {"years_resident_in_belgium": 68},
        }
    )

    result = igo(situation)

    assert result["status"] == "eligible"
    assert result["members"] == ["jan", "mia"]
    assert result["amount_monthly"] == 847.16  # 2 x (1 053,58 - 630)


def test_a_grandmother_living_with_her_sons_family_is_checked_on_her_own():
    situation = {
        "reference_date": "2025-03-15",
        "region": "flanders",
        "members": [
            {"id": "son", "role": "applicant", "age": 45, "income_monthly_net": {"salary": 2500}},
            {
                "id": "oma",
                "role": "parent",
                "age": 80,
                "residence_status": "belgian",
                "income_monthly_net": {"pension": 700},
                "flags": {"years_resident_in_belgium": 80},
            },
        ],
    }

    result = igo(situation)

    assert result["status"] == "eligible"
    assert result["members"] == ["oma"]
    assert result["amount_monthly"] == 950.37  # increased amount: a son is not a cohabitant


def test_missing_residence_years_and_income_are_asked():
    situation = pensioner(flags={})
    del situation["members"][0]["income_monthly_net"]

    result = igo(situation)

    assert result["status"] == "unknown"
    assert result["missing"] == [
        "members[jan].flags.years_resident_in_belgium",
        "members[jan].income_monthly_net",
    ]


def test_less_than_ten_years_in_belgium_is_not_eligible():
    result = igo(pensioner(flags={"years_resident_in_belgium": 9}))

    assert result["status"] == "not_eligible"
    assert "needs 10" in result["reasons"][0]


def test_another_nationality_needs_a_belgian_pension():
    without = pensioner(
        residence_status="foreigner_population_register",
        benefits_received=[],
        income_monthly_net={},
    )
    unknown = copy.deepcopy(without)
    del unknown["members"][0]["benefits_received"]

    assert igo(without)["status"] == "not_eligible"
    assert igo(unknown)["missing"] == ["members[jan].benefits_received"]
    assert igo(pensioner(residence_status="foreigner_population_register"))["status"] == (
        "eligible"
    )


def test_someone_who_already_receives_the_igo_is_eligible():
    result = igo(pensioner(benefits_received=["pension", "igo"]))

    assert result["status"] == "eligible"
    assert result["reasons"] == ["jan already receives the IGO."]
