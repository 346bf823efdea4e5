"""Ties of the family's network, and case discussions with their agreements."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import TeamFactory
from radar.households.tests.factories import HouseholdFactory
from radar.network.models import Agreement, CaseDiscussion, NetworkTie


class NetworkTieFactory(DjangoModelFactory):
    """A grandmother who supports the whole family."""

    class Meta:
        model = NetworkTie

    household = factory.SubFactory(HouseholdFactory)
    name = factory.Sequence(lambda n: f"Oma Jeanne {n}")
    kind = NetworkTie.Kind.RELATIVE
    relation = "grootmoeder"
    quality = NetworkTie.Quality.SUPPORTS


class StrainingTieFactory(NetworkTieFactory):
    name = factory.Sequence(lambda n: f"Buurman Karel {n}")
    kind = NetworkTie.Kind.NEIGHBOUR
    relation = "buurman"
    quality = NetworkTie.Quality.STRAINS


class FormerTieFactory(NetworkTieFactory):
    is_active = False


class CaseDiscussionFactory(DjangoModelFactory):
    """An intervision of a team today; pass `households=[...]` and `participants=[...]`."""

    class Meta:
        model = CaseDiscussion
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    held_on = factory.LazyFunction(timezone.localdate)
    kind = CaseDiscussion.Kind.INTERVISION
    notes = "Gezin zoekt een oplossing voor de huurachterstal."

    @factory.post_generation
    def households(self, create, extracted, **kwargs):
        if create and extracted:
            self.households.set(extracted)

    @factory.post_generation
    def participants(self, create, extracted, **kwargs):
        if create and extracted:
            self.participants.set(extracted)


class AgreementFactory(DjangoModelFactory):
    """An agreement about a family, in a case discussion of its team that discussed it."""

    class Meta:
        model = Agreement

    household = factory.SubFactory(HouseholdFactory)
    discussion = factory.LazyAttribute(
        lambda a: CaseDiscussionFactory(team=a.household.team, households=[a.household])
    )
    text = "Ann belt het CAW voor een afspraak over schuldbemiddeling."
