"""Household situations in the exchange format, shared by the engine, CLI and API tests."""

import copy


def single_mother(**changes):
    """Mother (34, Belgian) with a salary of 400 and one child of 6, in Flanders, March 2025."""
    situation = {
        "reference_date": "2025-03-15",
        "region": "flanders",
        "municipality": "Mol",
        "household_gross_taxable_income_yearly_previous_year": 18000,
        "housing": {"tenure": "private_rent", "rent_monthly": 650},
        "members": [
            {
                "id": "mother",
                "role": "applicant",
                "age": 34,
                "residence_status": "belgian",
                "benefits_received": ["groeipakket"],
                "income_monthly_net": {"salary": 400, "family_allowance": 180},
                "flags": {"willing_to_work": True, "other_benefit_rights_exhausted": True},
            },
            {
                "id": "child",
                "role": "child",
                "age": 6,
                "benefits_received": [],
                "flags": {"disability_pillar1_points": 0},
            },
        ],
    }
    situation.update(changes)
    return copy.deepcopy(situation)


def single_adult(**member_changes):
    """One Belgian adult living alone without income, March 2025; member fields overridable."""
    member = {
        "id": "ann",
        "role": "applicant",
        "age": 30,
        "residence_status": "belgian",
        "benefits_received": [],
        "income_monthly_net": {},
        "flags": {"willing_to_work": True, "other_benefit_rights_exhausted": True},
    }
    member.update(member_changes)
    return {
        "reference_date": "2025-03-15",
        "region": "brussels",
        "household_gross_taxable_income_yearly_previous_year": 0,
        "members": [member],
    }
