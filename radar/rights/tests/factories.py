"""Rights facts, follow-ups in each state, local rights and screening rows for tests."""

from datetime import date, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.rights.models import (
    FollowUpStatus,
    HouseholdFacts,
    LocalRight,
    MemberFacts,
    RightFollowUp,
    ScreeningResult,
)


class HouseholdFactsFactory(DjangoModelFactory):
    class Meta:
        model = HouseholdFacts

    data = factory.LazyFunction(lambda: {"region": "flanders"})


class MemberFactsFactory(DjangoModelFactory):
    class Meta:
        model = MemberFacts

    data = factory.LazyFunction(dict)


class FoundFollowUpFactory(DjangoModelFactory):
    class Meta:
        model = RightFollowUp

    right_id = "leefloon"
    status = FollowUpStatus.FOUND


class AppliedFollowUpFactory(FoundFollowUpFactory):
    """Applied at the OCMW 40 days ago, no answer yet."""

    status = FollowUpStatus.APPLIED
    discussed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=45))
    applied_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=40))
    applied_where = "OCMW Mol"


class GrantedFollowUpFactory(AppliedFollowUpFactory):
    status = FollowUpStatus.GRANTED
    decided_on = factory.LazyFunction(timezone.localdate)


class ScreeningResultFactory(DjangoModelFactory):
    class Meta:
        model = ScreeningResult

    right_id = "verhoogde_tegemoetkoming"
    status = "eligible"


class LocalRightFactory(DjangoModelFactory):
    """The babykaart: a child under 1 in a family with the verhoogde tegemoetkoming."""

    class Meta:
        model = LocalRight

    slug = "babykaart"
    name_nl = "Babykaart"
    name_fr = "Carte bébé"
    name_en = "Baby card"
    domain = "family"
    conditions = factory.LazyFunction(
        lambda: [
            {"fact": "child_age_under", "value": 1},
            {"right": "verhoogde_tegemoetkoming", "status": "eligible"},
        ]
    )
    amount = 250
    apply_nl = "Vraag de babykaart aan bij het Huis van het Kind."
    apply_fr = "Demandez la carte bébé à la Maison de l'enfant."
    apply_en = "Ask for the baby card at the Huis van het Kind."
    valid_from = date(2024, 1, 1)
