"""/api/organisations/: the social map, read-only, for any logged-in user."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from radar.households.tests.factories import life_domain
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    InactiveOrganisationFactory,
    OrganisationFactory,
    ServiceFactory,
)


@pytest.fixture
def social_map(db):
    caw = OrganisationFactory(name="CAW Kempen", kind="caw")
    ServiceFactory(
        organisation=caw, name="Budgetbegeleiding", life_domains=[life_domain("finances")]
    )
    ContactPersonFactory(organisation=caw, name="Els Peeters")
    housing = OrganisationFactory(name="Kempisch Tehuis", kind="housing_company")
    ServiceFactory(organisation=housing, name="Huurbegeleiding", life_domains=[life_domain()])
    InactiveOrganisationFactory(name="Gesloten dienst")
    return caw


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def names(response):
    return [row["name"] for row in response.json()["results"]]


def test_the_list_holds_the_active_organisations(social_map, partner):
    response = api(partner).get(reverse("api-organisations-list"))

    assert response.status_code == 200
    assert names(response) == ["CAW Kempen", "Kempisch Tehuis"]


def test_the_list_filters_by_search_text_life_domain_and_kind(social_map, policy):
    client = api(policy)

    assert names(client.get(reverse("api-organisations-list"), {"q": "budget"})) == ["CAW Kempen"]
    assert names(client.get(reverse("api-organisations-list"), {"domain": "housing"})) == [
        "Kempisch Tehuis"
    ]
    assert names(client.get(reverse("api-organisations-list"), {"kind": "caw"})) == ["CAW Kempen"]


def test_the_detail_holds_services_with_their_domains_and_contact_persons(social_map, outreacher):
    response = api(outreacher).get(reverse("api-organisations-detail", args=[social_map.pk]))

    data = response.json()
    assert response.status_code == 200
    assert [(s["name"], s["life_domains"]) for s in data["services"]] == [
        ("Budgetbegeleiding", ["finances"])
    ]
    assert [c["name"] for c in data["contact_persons"]] == ["Els Peeters"]


def test_an_unknown_organisation_is_a_404(social_map, outreacher):
    response = api(outreacher).get(reverse("api-organisations-detail", args=[987654]))

    assert response.status_code == 404


def test_the_api_is_read_only(social_map, administrator):
    client = api(administrator)

    assert client.post(reverse("api-organisations-list"), {"name": "X"}).status_code == 405
    url = reverse("api-organisations-detail", args=[social_map.pk])
    assert client.delete(url).status_code == 405


def test_anonymous_callers_are_refused(social_map):
    client = APIClient()

    assert client.get(reverse("api-organisations-list")).status_code in (401, 403)
    detail = client.get(reverse("api-organisations-detail", args=[social_map.pk]))
    assert detail.status_code in (401, 403)
    assert "CAW" not in detail.content.decode()
