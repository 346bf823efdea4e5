"""Searching the social map: by name or service, by life domain, by kind."""

import pytest
from django.contrib.auth.models import AnonymousUser

from radar.households.tests.factories import life_domain
from radar.organisations import selectors
from radar.organisations.models import Organisation
from radar.organisations.tests.factories import (
    InactiveOrganisationFactory,
    OrganisationFactory,
    SchoolFactory,
    ServiceFactory,
)


def names(organisations):
    return [o.name for o in organisations]


@pytest.fixture
def social_map(db):
    caw = OrganisationFactory(name="CAW Kempen", kind=Organisation.Kind.CAW)
    ServiceFactory(
        organisation=caw, name="Budgetbegeleiding", life_domains=[life_domain("finances")]
    )
    housing = OrganisationFactory(name="Kempisch Tehuis", kind=Organisation.Kind.HOUSING_COMPANY)
    ServiceFactory(organisation=housing, name="Huurbegeleiding", life_domains=[life_domain()])
    SchoolFactory(name="Basisschool De Linde")
    InactiveOrganisationFactory(name="CAW Oud")
    return caw, housing


def test_search_finds_an_organisation_by_its_name(social_map, outreacher):
    assert names(selectors.list_organisations_for(user=outreacher, query="caw")) == ["CAW Kempen"]


def test_search_finds_an_organisation_by_one_of_its_services(social_map, policy):
    found = selectors.list_organisations_for(user=policy, query="budget")
    assert names(found) == ["CAW Kempen"]


def test_the_life_domain_filter_keeps_organisations_serving_it(social_map, partner):
    found = selectors.list_organisations_for(user=partner, domain="housing")
    assert names(found) == ["Kempisch Tehuis"]


def test_the_kind_filter_keeps_that_kind(social_map, administrator):
    found = selectors.list_organisations_for(user=administrator, kind="school")
    assert names(found) == ["Basisschool De Linde"]


def test_inactive_organisations_are_left_out_unless_asked(social_map, outreacher):
    assert "CAW Oud" not in names(selectors.list_organisations_for(user=outreacher))
    everything = selectors.list_organisations_for(user=outreacher, include_inactive=True)
    assert "CAW Oud" in names(everything)


def test_an_anonymous_user_finds_nothing(social_map):
    assert list(selectors.list_organisations_for(user=AnonymousUser())) == []
    with pytest.raises(selectors.OrganisationNotFound):
        selectors.get_organisation_for(user=AnonymousUser(), organisation_id=social_map[0].pk)


def test_an_unknown_organisation_is_not_found(social_map, outreacher):
    with pytest.raises(selectors.OrganisationNotFound):
        selectors.get_organisation_for(user=outreacher, organisation_id="abc")
    with pytest.raises(selectors.OrganisationNotFound):
        selectors.get_organisation_for(user=outreacher, organisation_id=987654)


def test_the_list_runs_a_fixed_number_of_queries(social_map, outreacher, django_assert_num_queries):
    for i in range(5):
        ServiceFactory(name=f"Extra {i}", life_domains=[life_domain("health")])
    with django_assert_num_queries(4):
        organisations = list(selectors.list_organisations_for(user=outreacher))
        for organisation in organisations:
            for service in organisation.active_services:
                list(service.life_domains.all())
