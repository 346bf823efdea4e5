"""Housing First in each state: candidacies, a commission with members and meetings,
agenda items and tenancies (one factory per state)."""

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import TeamFactory
from radar.households.tests.factories import HouseholdFactory
from radar.housing_first.models import (
    AgendaItem,
    Candidacy,
    CandidacyStatus,
    Commission,
    CommissionMember,
    Decision,
    EndReason,
    Meeting,
    OwnerKind,
    Tenancy,
    TenancyEvent,
)


class CandidacyFactory(DjangoModelFactory):
    """Being prepared, with the family's life project in their own words."""

    class Meta:
        model = Candidacy

    household = factory.SubFactory(HouseholdFactory)
    housing_history = "Trois ans dans une voiture, puis un abri de nuit."
    life_project = "Qu'on ait un chez-nous et que les enfants reviennent."
    priorities = "Un logement, l'école pour Léa."
    strengths = "Une mère qui se bat pour ses enfants."
    children = "Léa (8 ans) placée en famille d'accueil."


class SubmittedCandidacyFactory(CandidacyFactory):
    status = CandidacyStatus.SUBMITTED
    submitted_on = factory.LazyFunction(timezone.localdate)
    submissions = 1


class AdmittedCandidacyFactory(SubmittedCandidacyFactory):
    status = CandidacyStatus.DECIDED
    decision = Decision.ADMITTED


class CommissionFactory(DjangoModelFactory):
    class Meta:
        model = Commission

    team = factory.SubFactory(TeamFactory)
    name = factory.Sequence(lambda n: f"Commission d'inclusion {n}")
    language = "fr"


class CommissionMemberFactory(DjangoModelFactory):
    class Meta:
        model = CommissionMember

    commission = factory.SubFactory(CommissionFactory)
    name = factory.Sequence(lambda n: f"Membre {n}")
    organisation = "Toit & Moi"
    organisation_kind = CommissionMember.OrganisationKind.HOUSING_COMPANY


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    commission = factory.SubFactory(CommissionFactory)
    held_on = factory.LazyFunction(timezone.localdate)
    place = "Relais Social, Mons"


class AgendaItemFactory(DjangoModelFactory):
    """A submitted candidacy on a meeting's agenda, not decided yet."""

    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    candidacy = factory.SubFactory(SubmittedCandidacyFactory)
    submitted_on = factory.LazyAttribute(lambda o: o.candidacy.submitted_on)


class TenancyFactory(DjangoModelFactory):
    """A running tenancy with a social rental agency."""

    class Meta:
        model = Tenancy

    household = factory.SubFactory(HouseholdFactory)
    street = "Rue des Alliés 4"
    postcode = "7300"
    city = "Boussu"
    owner_kind = OwnerKind.SOCIAL_RENTAL_AGENCY
    landlord = "AIS Mons-Borinage"
    rent_cents = 52000
    start_on = date(2025, 3, 1)
    guidance_team = "Assistante sociale CPAS, infirmière, éducatrice"


class MovedOnTenancyFactory(TenancyFactory):
    end_on = date(2026, 2, 1)
    end_reason = EndReason.MOVED_ON


class TenancyEventFactory(DjangoModelFactory):
    class Meta:
        model = TenancyEvent

    tenancy = factory.SubFactory(TenancyFactory)
    kind = TenancyEvent.Kind.REPAIR
    occurred_on = date(2025, 6, 1)
