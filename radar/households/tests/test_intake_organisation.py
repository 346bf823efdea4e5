"""An intake points to the organisation and contact person on the social map that signalled
the family, so the organisation's page can count its signals."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from radar.households import services
from radar.households.models import Household, Intake
from radar.households.tests.factories import channel
from radar.organisations.tests.factories import ContactPersonFactory, SchoolFactory


@pytest.fixture
def linde(db):
    return SchoolFactory(name="Basisschool De Linde")


@pytest.fixture
def coordinator(linde):
    return ContactPersonFactory(organisation=linde, name="Jan Maes", role="zorgcoördinator")


def register(user, team, **overrides):
    data = {
        "user": user,
        "team": team,
        "household_name": "Gezin El Amrani",
        "channel": channel("school"),
        "received_on": date(2025, 9, 15),
    }
    return services.register_intake(**{**data, **overrides})


def test_an_intake_records_the_signalling_organisation_and_contact_person(
    outreacher, team_north, linde, coordinator
):
    household = register(outreacher, team_north, organisation=linde, contact_person=coordinator)

    intake = household.intakes.get()
    assert (intake.organisation, intake.contact_person) == (linde, coordinator)
    # The free-text fields are filled in with the names when left empty.
    assert intake.signalled_by_organisation == "Basisschool De Linde"
    assert intake.signalled_by_person == "Jan Maes"


def test_typed_names_are_kept_next_to_the_organisation(outreacher, team_north, linde):
    household = register(
        outreacher, team_north, organisation=linde, signalled_by_person="de juf van 3B"
    )

    intake = household.intakes.get()
    assert (intake.organisation, intake.signalled_by_person) == (linde, "de juf van 3B")


def test_a_contact_person_of_another_organisation_is_refused(outreacher, team_north, linde):
    stranger = ContactPersonFactory(name="Piet", organisation=SchoolFactory(name="Sint-Jan"))

    with pytest.raises(ValidationError):
        register(outreacher, team_north, organisation=linde, contact_person=stranger)
    with pytest.raises(ValidationError):
        register(outreacher, team_north, contact_person=stranger)
    assert not Household.objects.exists()


def test_the_intake_form_offers_the_social_map(client_for, outreacher, team_north, coordinator):
    form = {
        "household_name": "Gezin Vermeulen",
        "first_name": "Sofie",
        "last_name": "Vermeulen",
        "role": "parent",
        "team": team_north.pk,
        "channel": channel("school").pk,
        "received_on": timezone.localdate().isoformat(),
        "organisation": coordinator.organisation.pk,
        "contact_person": coordinator.pk,
        "confirmed_new": "True",
    }

    response = client_for(outreacher).post(reverse("households:intake"), form)

    assert response.status_code == 302
    intake = Intake.objects.get()
    assert (intake.organisation, intake.contact_person) == (coordinator.organisation, coordinator)


def test_the_intake_form_refuses_a_contact_person_without_their_organisation(
    client_for, outreacher, team_north, coordinator
):
    form = {
        "household_name": "Gezin Vermeulen",
        "first_name": "Sofie",
        "last_name": "Vermeulen",
        "role": "parent",
        "team": team_north.pk,
        "channel": channel("school").pk,
        "received_on": timezone.localdate().isoformat(),
        "contact_person": coordinator.pk,
        "confirmed_new": "True",
    }

    response = client_for(outreacher).post(reverse("households:intake"), form)

    assert response.status_code == 200
    assert response.context["form"].errors["contact_person"]
    assert not Intake.objects.exists()
