"""The social map: organisations of each kind, their services and contact persons."""

import factory
from factory.django import DjangoModelFactory

from radar.organisations.models import ContactPerson, Organisation, Service


class OrganisationFactory(DjangoModelFactory):
    """An active organisation of kind "other" without a municipality."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = Organisation.Kind.OTHER
    address = "Markt 1, 2400 Mol"
    phone = "014 33 00 00"
    languages = "nl, fr"


class SchoolFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Basisschool {n}")
    kind = Organisation.Kind.SCHOOL


class PovertyAssociationFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Armoedevereniging {n}")
    kind = Organisation.Kind.POVERTY_ASSOCIATION


class InactiveOrganisationFactory(OrganisationFactory):
    is_active = False


class ServiceFactory(DjangoModelFactory):
    """A service; pass `life_domains=[domain, ...]` for the domains it serves."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Dienst {n}")
    description = "Begeleiding op afspraak."
    how_to_reach = "Bellen voor een afspraak."

    @factory.post_generation
    def life_domains(self, create, extracted, **kwargs):
        if create and extracted:
            self.life_domains.set(extracted)


class ContactPersonFactory(DjangoModelFactory):
    class Meta:
        model = ContactPerson

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    role = "zorgcoördinator"
    phone = "014 33 00 01"
    email = factory.Sequence(lambda n: f"contact{n}@school.example.be")
