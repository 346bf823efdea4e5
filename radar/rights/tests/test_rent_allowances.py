"""Huurpremie and huursubsidie end to end through engine.evaluate() (RULES-RESEARCH §13)."""

import copy
import datetime

from radar.rights import engine

TENANT = {
    "reference_date": "2025-03-15",
    "region": "flanders",
    "municipality": "Mol",
    "household_gross_taxable_income_yearly_previous_year": 15000,
    "housing": {
        "tenure": "private_rent",
        "rent_monthly": 650,
        "lease": True,
        "domiciled_at_rental_address": True,
        "landlord_is_first_degree_relative_living_at_address": False,
        "owns_a_dwelling": False,
        "dwelling_declared_unfit": False,
        "social_housing_waiting_list_years": 4.5,
        "waiting_list_uninterrupted": True,
    },
    "members": [
        {
            "id": "ann",
            "role": "applicant",
            "age": 52,
            "residence_status": "belgian",
            "benefits_received": [],
            "income_monthly_net": {"salary": 1100},
        },
    ],
}


def tenant(**housing):
    situation = copy.deepcopy(TENANT)
    for key, value in housing.items():
        if value is None:
            situation["housing"].pop(key, None)
        else:
            situation["housing"][key] = value
    return situation


def huurpremie(situation, **kwargs):
    return engine.evaluate(situation, rights=["huurpremie"], **kwargs)["rights"]["huurpremie"]


def huursubsidie(situation):
    return engine.evaluate(situation, rights=["huursubsidie"])["rights"]["huursubsidie"]


def test_a_tenant_four_years_on_the_waiting_list_gets_the_huurpremie():
    result = huurpremie(tenant())

    assert result["status"] == "eligible"
    # 75 % x 718,25 - 15 000 / 55 = 265,96, capped at the maximum 177,76 (2024, carried forward)
    assert result["amount_monthly"] == 177.76
    assert result["members"] == ["ann"]
    assert result["automatic"] is False
    assert result["to_verify"] is True  # 2025 limits and maxima are carried forward
    assert result["values_date"] == "2025-01-01"
    assert "letter" in result["apply"]


def test_the_amount_falls_with_the_income():
    situation = tenant()
    situation["household_gross_taxable_income_yearly_previous_year"] = 28105

    assert huurpremie(situation)["amount_monthly"] == 27.69  # 538,69 - 511,00


def test_less_than_four_years_on_the_waiting_list_is_not_eligible_whatever_else_is_unknown():
    situation = tenant(
        social_housing_waiting_list_years=3, waiting_list_uninterrupted=None, lease=None
    )

    result = huurpremie(situation)

    assert result["status"] == "not_eligible"
    assert result["missing"] == []
    assert result["reasons"] == [
        "Registered for 3 years on the waiting list for a social dwelling; the huurpremie "
        "starts after 4 years."
    ]


def test_missing_housing_facts_are_listed():
    situation = tenant(waiting_list_uninterrupted=None, owns_a_dwelling=None)
    del situation["household_gross_taxable_income_yearly_previous_year"]

    result = huurpremie(situation)

    assert result["status"] == "unknown"
    assert result["missing"] == [
        "housing.owns_a_dwelling",
        "housing.waiting_list_uninterrupted",
        "household_gross_taxable_income_yearly_previous_year",
    ]


def test_income_above_the_limit_is_not_eligible():
    situation = tenant()
    situation["household_gross_taxable_income_yearly_previous_year"] = 29000

    result = huurpremie(situation)

    assert result["status"] == "not_eligible"
    assert "above the social-housing income limit" in result["reasons"][0]


def test_a_single_person_in_the_disabled_band_is_asked_about_benefits_then_eligible():
    situation = tenant()
    situation["household_gross_taxable_income_yearly_previous_year"] = 29000
    del situation["members"][0]["benefits_received"]

    assert huurpremie(situation)["missing"] == ["members[ann].benefits_received"]

    situation["members"][0]["benefits_received"] = ["ivt"]
    assert huurpremie(situation)["status"] == "eligible"  # limit 30 459 for a disabled single


def test_a_rented_home_is_an_independent_dwelling_unless_it_is_said_to_be_a_room():
    assert huurpremie(tenant(rent_monthly=600))["status"] == "eligible"
    assert huurpremie(tenant(rent_monthly=600, is_room=False))["status"] == "eligible"
    room = tenant(rent_monthly=600, is_room=True)  # rooms: 574,60, or 632,06 in some places
    assert huurpremie(room)["missing"] == ["housing.municipality_with_higher_rent_limits"]
    assert huurpremie(tenant(rent_monthly=640, is_room=True))["status"] == "not_eligible"


def test_a_rent_above_the_normal_maximum_asks_about_the_municipality():
    situation = tenant(rent_monthly=750)

    assert huurpremie(situation)["missing"] == ["housing.municipality_with_higher_rent_limits"]
    higher = huurpremie(tenant(rent_monthly=750, municipality_with_higher_rent_limits=True))
    assert higher["status"] == "eligible"
    assert higher["amount_monthly"] == 195.54
    assert huurpremie(tenant(rent_monthly=800))["status"] == "not_eligible"


def test_dependants_raise_the_maximum_rent_and_premium():
    situation = tenant(rent_monthly=950)
    situation["members"] += [
        {"id": "k1", "role": "child", "age": 4},
        {"id": "k2", "role": "child", "age": 9},
    ]

    result = huurpremie(situation)

    assert result["status"] == "eligible"  # maximum rent 718,25 x 1.4 = 1 005,55
    assert result["amount_monthly"] == 237.02  # 177,76 + 2 x 29,63


def test_a_social_tenant_an_owner_and_an_unfit_dwelling_are_not_eligible():
    assert huurpremie(tenant(tenure="social_rent"))["status"] == "not_eligible"
    assert huurpremie(tenant(lives_in_social_housing=True))["status"] == "not_eligible"
    assert huurpremie(tenant(owns_a_dwelling=True))["status"] == "not_eligible"
    unfit = huurpremie(tenant(dwelling_declared_unfit=True))
    assert unfit["reasons"] == [
        "The dwelling was declared unfit, uninhabitable or overcrowded: no huurpremie."
    ]
    assert huurpremie(tenant(refused_social_dwelling=True))["status"] == "not_eligible"


def test_the_huurpremie_is_flemish_only():
    situation = tenant()
    situation["region"] = "wallonia"

    result = huurpremie(situation)

    assert result["status"] == "not_eligible"
    assert result["reasons"] == ["This right only exists in flanders."]


def test_huurpremie_at_an_earlier_date_uses_the_2024_maximum_as_confirmed():
    result = huurpremie(tenant(), reference_date=datetime.date(2024, 6, 1))

    assert result["amount_monthly"] == 177.76
    assert result["values_date"] == "2024-01-01"


MOVED = {
    "moved_months_ago": 4,
    "moved_from": "homeless",
    "social_housing_waiting_list_years": None,
    "waiting_list_uninterrupted": None,
}


def test_a_household_that_left_homelessness_four_months_ago_gets_the_huursubsidie():
    result = huursubsidie(tenant(**MOVED))

    assert result["status"] == "eligible"
    assert result["amount_monthly"] is None  # not modelled
    assert any("social rental agency" in reason for reason in result["reasons"])


def test_the_huursubsidie_must_be_asked_within_nine_months():
    assert huursubsidie(tenant(**{**MOVED, "moved_months_ago": 8}))["status"] == "eligible"
    late = huursubsidie(tenant(**{**MOVED, "moved_months_ago": 9}))
    assert late["status"] == "not_eligible"
    assert "within 9 months" in late["reasons"][0]


def test_a_move_from_an_ordinary_dwelling_does_not_open_the_huursubsidie_unless_through_an_svk():
    ordinary = tenant(**{**MOVED, "moved_from": "other"})

    assert huursubsidie(ordinary)["missing"] == ["housing.rented_through_social_rental_agency"]
    assert huursubsidie(
        tenant(**{**MOVED, "moved_from": "other", "rented_through_social_rental_agency": False})
    )["status"] == ("not_eligible")
    assert huursubsidie(
        tenant(**{**MOVED, "moved_from": "other", "rented_through_social_rental_agency": True})
    )["status"] == ("eligible")


def test_huursubsidie_without_move_facts_is_unknown():
    result = huursubsidie(tenant())

    assert result["status"] == "unknown"
    assert "housing.moved_months_ago" in result["missing"]
    assert "housing.moved_from" in result["missing"]
