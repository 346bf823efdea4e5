"""Non-take-up figures: per right and team; policy sees counts only, small ones hidden."""

from django.urls import reverse

from radar.accounts.tests.factories import PolicyFactory, TeamFactory
from radar.figures.tests.attack import lines_with_one_hidden, worked_out
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
    # Teams by name: Noord, Zuid. North's 6 is hidden too: "6, <5, total 8" gave the 2 away.
    assert row["teams"] == [("x", "<5"), ("<5", "0")]
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


def test_a_policy_user_without_a_team_sees_no_municipality(client_for, team_north, team_south):
    # Before radar.figures, a policy user without a team saw every team of every municipality.
    _eligible_families(team_north, 6)
    _eligible_families(team_south, 7)
    loose = PolicyFactory(username="loose")

    response = client_for(loose).get(URL)

    assert response.status_code == 200
    assert response.context["teams"] == []
    assert response.context["rows"] == []
    assert "geen enkel team" in response.content.decode()  # the Dutch notice: no team


def test_no_hidden_count_of_the_policy_page_can_be_worked_out(
    client_for, policy, municipality, team_north, team_south
):
    team_west = TeamFactory(municipality=municipality, name="West")
    counts = {
        "verhoogde_tegemoetkoming": (9, 3, 0),
        "huurpremie": (4, 4, 6),
        "sociaal_tarief_energie": (1, 1, 1),
    }
    for right_id, per_team in counts.items():
        for team, n in zip((team_north, team_south, team_west), per_team, strict=True):
            _eligible_families(team, n, right_id=right_id)

    rows = client_for(policy).get(URL).context["rows"]

    assert len(rows) == 3
    shown, lines = {}, []
    for r, row in enumerate(rows):
        cells = [(r, t) for t in range(len(row["teams"]))]
        shown.update(
            {
                (r, t): eligible
                for (r, t), (eligible, _granted) in zip(cells, row["teams"], strict=True)
            }
        )
        shown[(r, "total")] = row["total"][0]
        lines.append((cells, (r, "total")))
    assert not lines_with_one_hidden(shown, lines)
    assert not worked_out(shown, lines)
