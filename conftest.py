"""Named personas shared by every test: who they are and what they may do.

Two teams of the same OCMW, north and south. Each persona is a pytest fixture; a test
asks for the people it needs by name. `client_for(user)` gives a logged-in test client.

    def test_other_team_cannot_open_the_family(client_for, other_outreacher, household):
        response = client_for(other_outreacher).get(f"/households/{household.pk}/")
        assert response.status_code == 404
"""

from datetime import date

import pytest
from django.test import Client
from hypothesis import settings as hypothesis_settings

from radar.accounts.tests.factories import (
    AdministratorFactory,
    ColleagueFactory,
    MunicipalityFactory,
    OutreacherFactory,
    PartnerFactory,
    PolicyFactory,
    TeamFactory,
    TeamLeadFactory,
)
from radar.households.tests.factories import HouseholdFactory, MemberFactory

# Property tests keep no example database in the working tree: the suite stays clean.
hypothesis_settings.register_profile("radar", database=None)
hypothesis_settings.load_profile("radar")


@pytest.fixture
def municipality(db):
    """The OCMW both teams work for."""
    return MunicipalityFactory(name="OCMW Radarstad", nis_code="13025")


@pytest.fixture
def team_north(municipality):
    return TeamFactory(municipality=municipality, name="Noord")


@pytest.fixture
def team_south(municipality):
    return TeamFactory(municipality=municipality, name="Zuid")


@pytest.fixture
def outreacher(team_north):
    """Ann, the family's outreacher (team north): sees and edits every north family,
    registers intakes and contacts for team north. `household` is in her caseload."""
    return OutreacherFactory(
        username="outreacher", first_name="Ann", last_name="Outreach", teams=[team_north]
    )


@pytest.fixture
def team_lead(team_north):
    """Bart, lead of team north: sees and edits the whole team's families, assigns them,
    sees the team dashboard. Not assigned to `household` himself."""
    return TeamLeadFactory(
        username="team_lead", first_name="Bart", last_name="Lead", teams=[team_north]
    )


@pytest.fixture
def colleague(team_north):
    """Chris, social-service colleague in team north: receives hand-overs, sees the
    team's families like the outreacher, but has no caseload of their own."""
    return ColleagueFactory(
        username="colleague", first_name="Chris", last_name="Colleague", teams=[team_north]
    )


@pytest.fixture
def other_outreacher(team_south):
    """Dirk, outreacher of team south: sees south's families and must never see,
    find, export or change a family of team north."""
    return OutreacherFactory(
        username="other_outreacher", first_name="Dirk", last_name="South", teams=[team_south]
    )


@pytest.fixture
def partner(team_north):
    """Els, school care coordinator at a partner organisation: no consent recorded yet,
    so she sees no named family. Linked to team north on purpose: the role decides, not
    the team."""
    return PartnerFactory(
        username="partner",
        first_name="Els",
        last_name="Partner",
        organisation_name="Basisschool De Linde",
        teams=[team_north],
    )


@pytest.fixture
def policy(team_north):
    """Frank, policy officer: sees aggregated figures and signals, never a name, address
    or member. Linked to team north on purpose: the role decides, not the team."""
    return PolicyFactory(
        username="policy", first_name="Frank", last_name="Policy", teams=[team_north]
    )


@pytest.fixture
def administrator(db):
    """Greet, the administrator: configures teams, channels and lists in the admin;
    sees no named family (households are not in the admin)."""
    return AdministratorFactory(username="administrator", first_name="Greet", last_name="Admin")


@pytest.fixture
def household(team_north, outreacher):
    """Family Janssens, team north, signalled, in `outreacher`'s caseload; one parent."""
    family = HouseholdFactory(
        team=team_north,
        name="Gezin Janssens",
        street="Stationsstraat 12",
        postcode="2400",
        city="Mol",
        neighbourhood="Rozenberg",
        assigned_workers=[outreacher],
    )
    MemberFactory(
        household=family,
        first_name="Marie",
        last_name="Janssens",
        insz="85073003328",
        birth_date=date(1985, 7, 30),
    )
    return family


@pytest.fixture
def other_household(team_south, other_outreacher):
    """Family Maes, team south, in `other_outreacher`'s caseload; one parent."""
    family = HouseholdFactory(
        team=team_south,
        name="Gezin Maes",
        street="Molenweg 3",
        postcode="2400",
        city="Mol",
        neighbourhood="Ezaart",
        assigned_workers=[other_outreacher],
    )
    MemberFactory(household=family, first_name="Youssef", last_name="Maes")
    return family


@pytest.fixture
def client_for(db):
    """`client_for(user)`: a test client logged in as that user (no password check)."""

    def make(user) -> Client:
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make
