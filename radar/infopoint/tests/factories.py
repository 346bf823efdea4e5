"""Info point sessions and their anonymous counts."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import TeamFactory
from radar.households.tests.factories import life_domain
from radar.infopoint.models import InfoPointSession, SessionQuestionCount


class InfoPointSessionFactory(DjangoModelFactory):
    """A session held today in Rozenberg, nobody counted yet."""

    class Meta:
        model = InfoPointSession
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    held_on = factory.LazyFunction(timezone.localdate)
    neighbourhood = "Rozenberg"
    location = "Pleintje aan de kerk"

    @factory.post_generation
    def staff(self, create, extracted, **kwargs):
        if create and extracted:
            self.staff.set(extracted)


class BusySessionFactory(InfoPointSessionFactory):
    """A session that already had visitors."""

    visitors = 12


class SessionQuestionCountFactory(DjangoModelFactory):
    class Meta:
        model = SessionQuestionCount

    session = factory.SubFactory(InfoPointSessionFactory)
    domain = factory.LazyFunction(life_domain)
    count = 1
