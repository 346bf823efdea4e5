"""A dossier whose rights are all known: used by the page and screening tests."""

from datetime import date

from radar.households.tests.factories import ChildFactory
from radar.rights import services


def fill_single_mother(household, user, *, child_birth=None):
    """Household `household` (one parent, Marie) becomes a single mother without income
    with a child; every fact the leefloon and the verhoogde tegemoetkoming need is known."""
    mother = household.members.order_by("pk").first()
    child = ChildFactory(
        household=household, first_name="Lotte", birth_date=child_birth or date(2019, 5, 1)
    )
    m, c = f"members[m{mother.pk}]", f"members[m{child.pk}]"
    services.record_facts(
        user=user,
        household=household,
        answers={
            "household_gross_taxable_income_yearly_previous_year": 9000.0,
            "housing.tenure": "private_rent",
            "housing.rent_monthly": 600.0,
            f"{m}.residence_status": "belgian",
            f"{m}.benefits_received": [],
            f"{m}.income_monthly_net": {},
            f"{m}.flags.willing_to_work": True,
            f"{m}.flags.other_benefit_rights_exhausted": True,
            f"{m}.flags.single_parent": True,
            f"{m}.flags.lives_alone": False,
            f"{c}.benefits_received": [],
        },
    )
    return mother, child
