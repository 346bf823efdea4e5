"""The policy figures: counts only, of the user's own municipality, small counts hidden."""

from radar.accounts.tests.factories import MunicipalityFactory, PolicyFactory, TeamFactory
from radar.dashboards.selectors import municipality_figures, suppress_small
from radar.households.tests.factories import HouseholdFactory, IntakeFactory


def test_counts_of_one_to_four_are_hidden_and_zero_and_five_are_shown():
    assert [suppress_small(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


def test_a_policy_user_sees_only_the_figures_of_their_own_municipality(policy, team_north):
    elsewhere = TeamFactory(municipality=MunicipalityFactory(name="OCMW Elders"))
    for _ in range(6):
        IntakeFactory(household=HouseholdFactory(team=team_north, is_known_to_ocmw=False))
    for _ in range(9):
        IntakeFactory(household=HouseholdFactory(team=elsewhere))

    figures = municipality_figures(user=policy)

    assert figures["signalled_this_year"] == "6"
    assert figures["not_known_this_year"] == "6"
    assert sum(int(row["n"]) for row in figures["by_channel"] if row["n"] != "<5") == 6


def test_a_user_without_team_sees_nothing_when_several_municipalities_exist(db, team_north):
    MunicipalityFactory(name="OCMW Elders")
    HouseholdFactory.create_batch(6, team=team_north)

    figures = municipality_figures(user=PolicyFactory(username="loose"))

    assert figures["signalled_this_year"] == "0"


def test_the_figures_page_names_no_family(client_for, policy, household):
    HouseholdFactory.create_batch(5, team=household.team, name="Gezin Geheim")

    response = client_for(policy).get("/")

    assert response.status_code == 200
    assert "Gezin Geheim" not in response.content.decode()
    assert household.name not in response.content.decode()
