import json
from datetime import timedelta

import pytest
from django.utils import timezone

from radar.households.tests.factories import HouseholdFactory
from radar.measurements.models import Assessment
from radar.measurements.tests.factories import assess, instrument, known_since

pytestmark = pytest.mark.django_db

ASSESSMENTS = "/api/measurements/assessments/"
CHANGE = "/api/measurements/change/"


def _post(client, data):
    return client.post(ASSESSMENTS, json.dumps(data), content_type="application/json")


def test_an_assessment_is_posted(client_for, outreacher, household):
    known_since(household, timezone.localdate() - timedelta(days=5))
    instrument()

    response = _post(
        client_for(outreacher),
        {
            "household": household.pk,
            "member": None,
            "instrument": "zrm2017",
            "date": timezone.localdate().isoformat(),
            "scores": {"housing": 2, "finances": 3},
        },
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["scores"] == {"finances": 3, "housing": 2}
    assert Assessment.objects.get().household == household


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": "2000-01-01"}, "assessed_on"),
        ({"date": "2999-01-01"}, "assessed_on"),
        ({"scores": {"housing": 9}}, "scores"),
        ({"scores": {"tuin": 2}}, "scores"),
        ({"instrument": "zrm2010"}, "instrument"),
        ({"member": 987654}, "member"),
        ({"worker": "ann"}, "worker"),
    ],
)
def test_a_wrong_assessment_is_refused(client_for, outreacher, household, change, field):
    known_since(household, timezone.localdate() - timedelta(days=5))
    instrument()
    data = {
        "household": household.pk,
        "instrument": "zrm2017",
        "date": timezone.localdate().isoformat(),
        "scores": {"housing": 2},
        **change,
    }

    response = _post(client_for(outreacher), data)

    assert response.status_code == 400
    assert field in response.json()
    assert not Assessment.objects.exists()


def test_another_teams_household_is_not_found(client_for, outreacher, other_household):
    response = _post(
        client_for(outreacher),
        {"household": other_household.pk, "instrument": "zrm2017",
         "date": timezone.localdate().isoformat(), "scores": {"housing": 2}},
    )  # fmt: skip

    assert response.status_code == 404


def _pairs(team, user, pairs, start):
    for t0, t1 in pairs:
        h = known_since(HouseholdFactory(team=team), start)
        assess(h, user=user, on=start, housing=t0)
        assess(h, user=user, on=start + timedelta(days=120), housing=t1)


def test_the_change_per_domain(client_for, team_lead, outreacher, team_north):
    start = timezone.localdate() - timedelta(days=200)
    pairs = [(1, 3), (2, 4), (2, 3), (3, 4), (1, 2), (2, 2), (3, 5), (4, 3)]
    _pairs(team_north, outreacher, pairs, start)

    response = client_for(team_lead).get(CHANGE, {"instrument": "zrm2017"})

    assert response.status_code == 200
    housing = response.json()["housing"]
    # differences 2, 2, 1, 1, 1, 0, 2, -1: seven non-zero.
    from scipy import stats

    p = stats.wilcoxon([2, 2, 1, 1, 1, 0, 2, -1], zero_method="wilcox", method="auto").pvalue
    assert housing == {
        "n": 8, "up": 6, "same": 1, "down": 1, "mean_change": 1.0, "wilcoxon_p": round(p, 4),
    }  # fmt: skip
    assert response.json()["finances"]["n"] == 0


def test_policy_sees_small_counts_hidden(client_for, policy, outreacher, team_north):
    start = timezone.localdate() - timedelta(days=200)
    _pairs(team_north, outreacher, [(1, 3), (2, 4), (2, 3), (3, 4), (1, 2), (2, 2), (3, 5)], start)

    housing = client_for(policy).get(CHANGE, {"instrument": "zrm2017"}).json()["housing"]

    assert housing["n"] == 7
    # The 1 is hidden, and so is the 6 next to it: else 7 - 6 - 0 gives it away.
    assert housing["up"] == "x"
    assert housing["same"] == "<5"
    assert housing["down"] == 0
    assert housing["mean_change"] is None and housing["wilcoxon_p"] is None


def test_the_change_of_one_team_only_and_refusals(
    client_for, team_lead, outreacher, team_north, team_south, other_outreacher
):
    start = timezone.localdate() - timedelta(days=200)
    _pairs(team_south, other_outreacher, [(1, 5)], start)
    client = client_for(team_lead)

    own = client.get(CHANGE, {"instrument": "zrm2017", "team": team_north.pk}).json()
    other = client.get(CHANGE, {"instrument": "zrm2017", "team": team_south.pk}).json()
    everything = client.get(CHANGE, {"instrument": "zrm2017"}).json()

    assert own["housing"]["n"] == other["housing"]["n"] == everything["housing"]["n"] == 0
    assert client.get(CHANGE, {"instrument": "nope"}).status_code == 400
    assert client.get(CHANGE, {"instrument": "zrm2017", "team": "x"}).status_code == 400
    assert client_for(outreacher).get(CHANGE, {"instrument": "zrm2017"}).status_code == 403
