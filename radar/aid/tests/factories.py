"""The aid catalogue, recipients, aid given, vouchers and budget lines, one factory per state."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import MunicipalityFactory
from radar.aid import services
from radar.aid.models import AidGiven, AidType, BudgetLine, Recipient


def aid_type(municipality, code: str = "babykaart") -> AidType:
    """An entry of the default catalogue (radar.aid.defaults), loaded if needed."""
    services.ensure_default_catalogue(municipality=municipality)
    return AidType.objects.get(municipality=municipality, code=code)


class RecipientFactory(DjangoModelFactory):
    """A family that only received aid: not in outreach guidance, no household."""

    class Meta:
        model = Recipient

    municipality = factory.SubFactory(MunicipalityFactory)
    ref = factory.Sequence(lambda n: f"R{n:04d}")
    family_name = factory.Sequence(lambda n: f"Gezin Janssens {n}")
    children = 2


class AidGivenFactory(DjangoModelFactory):
    class Meta:
        model = AidGiven

    recipient = factory.SubFactory(RecipientFactory)
    aid_type = factory.LazyAttribute(lambda o: aid_type(o.recipient.municipality, "luiers"))
    count = 1
    amount_cents = 2500
    given_on = date(2019, 3, 1)


class BudgetLineFactory(DjangoModelFactory):
    class Meta:
        model = BudgetLine

    municipality = factory.SubFactory(MunicipalityFactory)
    year = 2019
    code = "kinderarmoede"
    name = "Kinderarmoede"
    measure = "POD MI kinderarmoede"
    budget_cents = 100_000
