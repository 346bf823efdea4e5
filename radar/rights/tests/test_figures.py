"""Non-take-up figures: per right and team; policy sees counts only, small ones hidden."""

from django.urls import reverse

from radar.households.tests.factories import HouseholdFactory
from radar.rights.tests.factories import GrantedFollowUpFactory, ScreeningResultFactory

URL = reverse("rights:figures")


def _eligible_families(team, n, right_id="verhoogde_tegemoetkoming"):
    for _ in range(n):
        ScreeningResultFactory(household=HouseholdFactory(team=team), right_id=right_id)


def test_policy_sees_counts_per_team_with_small_counts_hidden(
    client_for, policy, team_north, team_south, household
):
    _eligible_families(team_north, 6)
    _eligible_families(team_south, 2)
    GrantedFollowUpFactory(household=household, right_id="verhoogde_tegemoetkoming")

    response = client_for(policy).get(URL)

    row = response.context["rows"][0]
    assert row["teams"] == [("6", "<5"), ("<5", "0")]  # teams by name: Noord, Zuid
    assert row["total"] == ("8", "<5")
    body = response.content.decode()
    assert "Gezin" not in body


def test_the_team_lead_sees_exact_counts_for_their_teams(
    client_for, team_lead, team_north, team_south
):
    _eligible_families(team_north, 2)
    _eligible_families(team_south, 3)

    response = client_for(team_lead).get(URL)

    assert [t.name for t in response.context["teams"]] == ["Noord"]
    assert response.context["rows"][0]["teams"] == [("2", "0")]


def test_outreachers_and_partners_get_no_figures(client_for, outreacher, partner):
    assert client_for(outreacher).get(URL).status_code == 403
    assert client_for(partner).get(URL).status_code == 403
