"""IVT and IT end to end through engine.evaluate() (RULES-RESEARCH §15)."""

import copy

from radar.rights import engine

ADULT = {
    "reference_date": "2025-03-15",
    "region": "brussels",
    "members": [
        {
            "id": "sam",
            "role": "applicant",
            "age": 40,
            "residence_status": "belgian",
            "benefits_received": [],
            "income_monthly_net": {},
            "flags": {"earning_capacity_at_most_one_third": True, "self_reliance_points": 12},
        },
    ],
}


def adult(**flags):
    situation = copy.deepcopy(ADULT)
    for key, value in flags.items():
        if value is None:
            situation["members"][0]["flags"].pop(key)
        else:
            situation["members"][0]["flags"][key] = value
    return situation


def rights(situation):
    return engine.evaluate(situation, rights=["ivt", "it"])["rights"]


def test_a_recognised_disability_is_left_to_the_means_test_of_dg_persons_with_disabilities():
    result = rights(adult())

    for right in ("ivt", "it"):
        assert result[right]["status"] == "to_assess"
        assert result[right]["members"] == ["sam"]
        assert result[right]["amount_monthly"] is None
        assert any("DG Persons with disabilities" in r for r in result[right]["reasons"])
    assert "category 3" in result["it"]["reasons"][0]
    assert result["it"]["to_verify"] is True  # category bands


def test_without_the_medical_facts_the_allowances_are_unknown():
    result = rights(adult(earning_capacity_at_most_one_third=None, self_reliance_points=None))

    assert result["ivt"]["status"] == "unknown"
    assert result["ivt"]["missing"] == ["members[sam].flags.earning_capacity_at_most_one_third"]
    assert result["it"]["missing"] == ["members[sam].flags.self_reliance_points"]


def test_below_the_medical_thresholds_is_not_eligible():
    result = rights(adult(earning_capacity_at_most_one_third=False, self_reliance_points=6))

    assert result["ivt"]["status"] == "not_eligible"
    assert result["it"]["status"] == "not_eligible"
    assert "at least 7" in result["it"]["reasons"][0]


def test_only_members_aged_21_to_64_can_ask():
    situation = adult()
    situation["members"][0]["age"] = 65

    result = rights(situation)

    assert result["ivt"]["status"] == "not_eligible"
    assert "between 21 and 64" in result["ivt"]["reasons"][0]


def test_an_adult_child_with_a_disability_is_named():
    situation = copy.deepcopy(ADULT)
    situation["members"][0]["age"] = 70
    situation["members"].append(
        {
            "id": "lies",
            "role": "child",
            "age": 25,
            "residence_status": "belgian",
            "flags": {"earning_capacity_at_most_one_third": True, "self_reliance_points": 4},
        }
    )

    result = rights(situation)

    assert result["ivt"]["status"] == "to_assess"
    assert result["ivt"]["members"] == ["lies"]
    assert result["it"]["status"] == "not_eligible"


def test_the_foreigners_register_is_not_enough_and_subsidiary_protection_is_to_assess():
    situation = adult()
    situation["members"][0]["residence_status"] = "foreigner_foreigners_register_legal_stay"
    assert rights(situation)["ivt"]["status"] == "not_eligible"

    situation["members"][0]["residence_status"] = "subsidiary_protection"
    assert rights(situation)["ivt"]["status"] == "to_assess"


def test_someone_who_already_receives_the_ivt_is_eligible():
    situation = adult()
    situation["members"][0]["benefits_received"] = ["ivt"]

    result = rights(situation)

    assert result["ivt"]["status"] == "eligible"
    assert result["ivt"]["reasons"] == ["sam already receives the IVT."]
