"""A family with a canary token in every category, and partners of two organisations."""

from types import SimpleNamespace

import pytest

from radar.accounts.tests.factories import PartnerFactory
from radar.contacts.tests.factories import ContactMomentFactory
from radar.households.tests.factories import HouseholdFactory, MemberFactory, NeedFactory
from radar.organisations.tests.factories import OrganisationFactory
from radar.plans.tests.factories import GoalFactory, StepFactory
from radar.rights.models import RightFollowUp

INSZ = "85073003328"


@pytest.fixture
def school(db):
    return OrganisationFactory(name="Basisschool De Linde", kind="school")


@pytest.fixture
def caw(db):
    return OrganisationFactory(name="CAW Kempen", kind="caw")


@pytest.fixture
def school_partner(school):
    """Els, care coordinator at the school: sees what families shared with the school."""
    return PartnerFactory(username="els", organisation=school, organisation_name=school.name)


@pytest.fixture
def shared(team_north, outreacher):
    """Family Peeters with a canary in every category; CANARIES maps category -> tokens."""
    family = HouseholdFactory(
        team=team_north,
        name="CANARY-NAME Peeters",
        street="CANARY-STREET 1",
        phone="CANARY-PHONE",
        assigned_workers=[outreacher],
    )
    MemberFactory(household=family, first_name="Lien", last_name="Peeters", insz=INSZ)
    NeedFactory(household=family, description=f"CANARY-NEED-{family.pk}")
    goal = GoalFactory(household=family, title=f"CANARY-GOAL-{family.pk}")
    StepFactory(goal=goal, title=f"CANARY-STEP-{family.pk}")
    RightFollowUp.objects.create(household=family, right_id=f"canary-right-{family.pk}")
    ContactMomentFactory(household=family, note=f"CANARY-NOTE-{family.pk}")
    _canary_aid(family)
    canaries = {
        "contact_details": ["CANARY-NAME", "CANARY-STREET", "CANARY-PHONE"],
        "needs": [f"CANARY-NEED-{family.pk}"],
        "plan": [f"CANARY-GOAL-{family.pk}", f"CANARY-STEP-{family.pk}"],
        "rights": [f"canary-right-{family.pk}"],
        "notes": [f"CANARY-NOTE-{family.pk}"],
        "aid": [f"CANARY-AID-{family.pk}"],
    }
    return SimpleNamespace(household=family, canaries=canaries)


def _canary_aid(family) -> None:
    from datetime import date

    from radar.aid import services as aid_services
    from radar.aid.models import AidType

    token = f"CANARY-AID-{family.pk}"
    aid_type = AidType.objects.create(
        municipality=family.team.municipality, code="canary", kind="in_kind",
        name_nl=token, name_fr=token, name_en=token,
    )  # fmt: skip
    aid_services.give_aid(
        user=None,
        recipient=aid_services.recipient_for_household(household=family),
        aid_type=aid_type,
        given_on=date(2024, 1, 5),
        amount_cents=1234,
    )
