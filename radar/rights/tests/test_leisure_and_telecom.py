"""UiTPAS kansentarief and the social internet offer through evaluate()."""

from radar.rights import engine
from radar.rights.tests.situations import single_adult, single_mother


def right(situation, right_id):
    return engine.evaluate(situation, rights=[right_id])["rights"][right_id]


# -- uitpas_kansentarief (Flanders; local criteria)


def test_vt_gives_the_uitpas_kansentarief_to_the_whole_household():
    uitpas = right(single_mother(), "uitpas_kansentarief")

    assert uitpas["status"] == "eligible"
    assert uitpas["members"] == ["mother", "child"]


def test_uitpas_outside_flanders_is_not_eligible():
    assert right(single_adult(), "uitpas_kansentarief")["status"] == "not_eligible"  # Brussels


def test_a_short_leefloon_without_vt_is_left_to_the_uitpas_region():
    situation = single_mother(household_gross_taxable_income_yearly_previous_year=60000)
    situation["members"][0]["benefits_received"] = ["leefloon"]
    situation["members"][0]["flags"]["leefloon_months"] = 1

    assert right(situation, "uitpas_kansentarief")["status"] == "to_assess"


def test_uitpas_is_unknown_like_vt_and_needs_the_debt_settlement_fact_to_say_no():
    situation = single_mother()
    del situation["household_gross_taxable_income_yearly_previous_year"]
    assert right(situation, "uitpas_kansentarief")["missing"] == [
        "household_gross_taxable_income_yearly_previous_year",
        "situation.collective_debt_settlement",
    ]

    situation = single_mother(household_gross_taxable_income_yearly_previous_year=60000)
    situation["members"].append(
        {"id": "partner", "role": "partner", "age": 35, "benefits_received": []}
    )
    situation["situation"] = {"collective_debt_settlement": False}
    uitpas = right(situation, "uitpas_kansentarief")
    assert uitpas["status"] == "not_eligible"


# -- sociaal_internettarief


def test_igo_opens_the_social_internet_offer():
    situation = single_adult(age=70, benefits_received=["igo"])
    situation["situation"] = {"existing_social_telecom_tariff_in_household": False}

    internet = right(situation, "sociaal_internettarief")

    assert internet["status"] == "eligible"
    assert any("€ 19,00" in reason for reason in internet["reasons"])


def test_an_existing_social_telecom_tariff_excludes_a_second_one():
    situation = single_adult(age=70, benefits_received=["igo"])
    situation["situation"] = {"existing_social_telecom_tariff_in_household": True}

    internet = right(situation, "sociaal_internettarief")

    assert internet["status"] == "not_eligible"
    assert "already" in internet["reasons"][0]


def test_the_existing_tariff_is_asked_when_unknown_and_vt_alone_does_not_qualify():
    situation = single_adult(age=70, benefits_received=["igo"])
    assert right(situation, "sociaal_internettarief")["missing"] == [
        "situation.existing_social_telecom_tariff_in_household"
    ]

    vt_only = single_adult(benefits_received=["verhoogde_tegemoetkoming"])
    internet = right(vt_only, "sociaal_internettarief")
    assert internet["status"] == "not_eligible"
    assert any("verhoogde tegemoetkoming alone" in reason for reason in internet["reasons"])
