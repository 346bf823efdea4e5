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
    if situation["members"][0]["age"] is None:
        del situation["members"][0]["age"]
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


def test_the_pension_age_follows_the_year_of_birth():
    # Wet 10 augustus 2015: 65 for those born up to 1959, 66 for 1960-1964, 67 from 1965.
    born_1960 = igo(pensioner(age=65, birth_date="1960-01-10"))
    born_1959 = igo(pensioner(age=None, birth_date="1959-12-01"))
    born_1965_at_66 = igo(
        pensioner(age=None, birth_date="1965-01-01"), reference_date=datetime.date(2031, 6, 1)
    )

    assert born_1960["status"] == "not_eligible"
    assert born_1960["reasons"] == [
        "Nobody in the household (applicant, partner or a parent living in) has reached the "
        "legal pension age (65–67) at which the IGO starts."
    ]
    assert born_1959["status"] == "eligible"
    assert "jan is 65, at least the legal pension age (65)." in born_1959["reasons"]
    assert born_1965_at_66["status"] == "not_eligible"


def test_an_age_that_leaves_the_year_of_birth_open_asks_for_the_birth_date():
    # 65 on 15 March 2025: born in 1959 (pension age 65) or 1960 (66).
    result = igo(pensioner(age=65))

    assert result["status"] == "unknown"
    assert result["missing"] == ["members[jan].birth_date"]
    assert igo(pensioner(age=66))["status"] == "eligible"  # 1958 or 1959: 65 either way


def test_a_birth_date_alone_gives_the_age():
    situation = pensioner(birth_date="1950-04-02")
    del situation["members"][0]["age"]

    result = igo(situation)

    assert result["status"] == "eligible"
    assert "jan is 74, at least the legal pension age (65)." in result["reasons"]


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
