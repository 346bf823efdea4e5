"""The social map's rows: what they say about themselves and the rules they keep."""

import pytest
from django.db import IntegrityError

from radar.accounts.tests.factories import MunicipalityFactory
from radar.organisations.models import Organisation
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    SchoolFactory,
)


@pytest.mark.django_db
def test_schools_and_poverty_associations_are_channels():
    assert SchoolFactory().is_channel
    assert OrganisationFactory(kind=Organisation.Kind.POVERTY_ASSOCIATION).is_channel
    assert not OrganisationFactory(kind=Organisation.Kind.CAW).is_channel


@pytest.mark.django_db
def test_languages_read_as_a_list():
    assert OrganisationFactory(languages="nl, fr ,en,").language_list == ["nl", "fr", "en"]


@pytest.mark.django_db
def test_a_contact_person_reads_with_role_and_organisation():
    person = ContactPersonFactory(
        name="Els", role="zorgcoördinator", organisation=SchoolFactory(name="De Linde")
    )
    assert str(person) == "Els, zorgcoördinator (De Linde)"


@pytest.mark.django_db
def test_the_same_name_may_exist_once_per_municipality():
    mol, balen = MunicipalityFactory(name="Mol"), MunicipalityFactory(name="Balen")
    OrganisationFactory(name="CAW Kempen", municipality=mol)
    OrganisationFactory(name="CAW Kempen", municipality=balen)
    with pytest.raises(IntegrityError):
        OrganisationFactory(name="CAW Kempen", municipality=mol)


@pytest.mark.django_db
def test_the_same_name_may_exist_once_without_municipality():
    OrganisationFactory(name="VDAB")
    with pytest.raises(IntegrityError):
        OrganisationFactory(name="VDAB")


@pytest.mark.django_db
def test_an_external_id_is_unique_but_may_be_left_empty():
    OrganisationFactory(external_id="")
    OrganisationFactory(external_id="")
    OrganisationFactory(external_id="SK-1")
    with pytest.raises(IntegrityError):
        OrganisationFactory(external_id="SK-1")
