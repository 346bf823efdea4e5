"""Sociaal tarief energie and verwarmingsfonds through evaluate()."""

from radar.rights import engine
from radar.rights.tests.situations import single_adult, single_mother


def energy(situation, right):
    return engine.evaluate(situation, rights=[right])["rights"][right]


# -- sociaal_tarief_energie


def test_a_member_with_ivt_makes_the_household_a_protected_customer_automatically():
    situation = single_mother()
    situation["members"][1]["benefits_received"] = ["ivt"]

    tariff = energy(situation, "sociaal_tarief_energie")

    assert tariff["status"] == "eligible"
    assert tariff["automatic"] is True
    assert tariff["members"] == ["child"]
    assert "ivt" in tariff["reasons"][0]


def test_vt_alone_no_longer_gives_the_social_tariff():
    situation = single_mother()
    situation["members"][0]["benefits_received"] = ["verhoogde_tegemoetkoming"]

    tariff = energy(situation, "sociaal_tarief_energie")

    assert tariff["status"] == "not_eligible"
    assert any("1 July 2023" in reason for reason in tariff["reasons"])


def test_unknown_benefits_make_the_social_tariff_unknown():
    situation = single_mother()
    del situation["members"][1]["benefits_received"]
    del situation["members"][1]["flags"]["disability_pillar1_points"]

    tariff = energy(situation, "sociaal_tarief_energie")

    assert tariff["status"] == "unknown"
    assert tariff["missing"] == [
        "members[child].benefits_received",
        "members[child].flags.disability_pillar1_points",
    ]


def test_a_social_tenant_is_asked_about_collective_heating():
    situation = single_adult(benefits_received=[])
    situation["housing"] = {"tenure": "social_rent"}

    assert energy(situation, "sociaal_tarief_energie")["missing"] == ["housing.collective_heating"]
    situation["housing"]["collective_heating"] = True
    assert energy(situation, "sociaal_tarief_energie")["status"] == "eligible"


# -- verwarmingsfonds


def heated(**situation_facts):
    situation = single_adult()
    situation["housing"] = {"tenure": "private_rent", "heating": "heating_oil_bulk"}
    situation["situation"] = {"heating_delivery_days_ago": 20, **situation_facts}
    return situation


def test_a_single_person_with_vt_gets_the_heating_allowance_without_income_test():
    fund = energy(heated(), "verwarmingsfonds")

    assert fund["status"] == "eligible"
    assert fund["automatic"] is False
    assert any("Category 1" in reason for reason in fund["reasons"])
    assert any("€ 300,00" in reason for reason in fund["reasons"])


def test_gas_heating_or_a_late_request_is_not_eligible():
    gas = heated()
    gas["housing"]["heating"] = "natural_gas"
    late = heated(heating_delivery_days_ago=61)

    assert energy(gas, "verwarmingsfonds")["status"] == "not_eligible"
    late_result = energy(late, "verwarmingsfonds")
    assert late_result["status"] == "not_eligible"
    assert "60 days" in late_result["reasons"][0]


def test_unknown_heating_and_delivery_are_asked():
    situation = single_adult()
    situation["housing"] = {"heating": "unknown"}

    fund = energy(situation, "verwarmingsfonds")

    assert fund["status"] == "unknown"
    assert fund["missing"][0] == "housing.heating"
    # The request within 60 days of the delivery is checked by the OCMW: not a missing fact.
    assert "situation.heating_delivery_days_ago" not in fund["missing"]
    assert fund["checked_when_applying"] == ["situation.heating_delivery_days_ago"]


def test_a_high_income_without_vt_is_not_eligible_unless_in_debt_settlement():
    rich = heated(collective_debt_settlement=False)
    rich["household_gross_taxable_income_yearly_previous_year"] = 40000
    rich["housing"]["other_real_estate"] = False
    in_debt = heated(collective_debt_settlement=True, cannot_pay_heating_bill=True)
    in_debt["household_gross_taxable_income_yearly_previous_year"] = 40000

    result = energy(rich, "verwarmingsfonds")
    assert result["status"] == "not_eligible"
    assert "above the ceiling" in result["reasons"][0]
    debt = energy(in_debt, "verwarmingsfonds")
    assert debt["status"] == "to_assess"  # the OCMW confirms the state of need
    assert any("Category 3" in reason for reason in debt["reasons"])


def test_category_2_asks_for_the_cadastral_income_of_other_real_estate():
    situation = heated(collective_debt_settlement=False)
    situation["household_gross_taxable_income_yearly_previous_year"] = 40000
    situation["housing"]["other_real_estate"] = True

    fund = energy(situation, "verwarmingsfonds")

    assert fund["status"] == "not_eligible"  # 40 000 is above the ceiling whatever the KI
    situation["household_gross_taxable_income_yearly_previous_year"] = 20000
    situation["members"].append({"id": "friend", "role": "other_adult", "age": 40})
    fund = energy(situation, "verwarmingsfonds")
    assert "housing.other_real_estate_cadastral_income" in fund["missing"]
