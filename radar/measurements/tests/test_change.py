"""The change figures against tables computed by hand and against scipy itself."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone
from scipy import stats

from radar.households.tests.factories import HouseholdFactory
from radar.measurements import selectors
from radar.measurements.change import domain_change, wilcoxon_p
from radar.measurements.models import MeasurementSettings
from radar.measurements.tests.factories import assess, instrument, known_since


def test_a_hand_computed_domain():
    # T0 -> T1: 2->4, 1->3, 3->3, 4->3, 2->2, 1->2
    change = domain_change([(2, 4), (1, 3), (3, 3), (4, 3), (2, 2), (1, 2)])

    assert (change.n, change.up, change.same, change.down) == (6, 3, 2, 1)
    assert change.mean_change == pytest.approx((2 + 2 + 0 - 1 + 0 + 1) / 6)
    assert (change.up_percent, change.same_percent, change.down_percent) == (50.0, 33.3, 16.7)
    assert change.table == {(2, 4): 1, (1, 3): 1, (3, 3): 1, (4, 3): 1, (2, 2): 1, (1, 2): 1}
    # At level 1-2 at T0: 2, 1, 2, 1; left them: 2->4 and 1->3.
    assert (change.in_problem_levels, change.left_problem_levels) == (4, 2)
    # Four non-zero differences: too few for the test.
    assert change.wilcoxon_p is None


def test_the_wilcoxon_p_value_is_scipys_from_six_non_zero_differences():
    differences = [1, 2, 1, 1, 3, 1]
    # All positive, n = 6 with ties: scipy's "auto" picks its method; we take its answer.
    expected = stats.wilcoxon(differences, zero_method="wilcox", method="auto").pvalue

    assert wilcoxon_p(differences) == pytest.approx(expected)
    assert wilcoxon_p([1, 2, 1, 1, 3]) is None
    # Zero differences do not count towards the six, and "wilcox" drops them.
    assert wilcoxon_p([0, 0, 0, 1, 2, 1, 1, 3]) is None
    with_zeros = [0, 0, 1, 2, 1, -1, 3, 1]
    assert wilcoxon_p(with_zeros) == pytest.approx(
        stats.wilcoxon(with_zeros, zero_method="wilcox", method="auto").pvalue
    )


def test_no_pairs_and_all_the_same():
    assert domain_change([]).n == 0
    assert domain_change([]).mean_change is None
    same = domain_change([(3, 3)] * 10)
    assert (same.up, same.same, same.down, same.wilcoxon_p) == (0, 10, 0, None)


@pytest.mark.parametrize("seed", range(25))
def test_random_pairs_against_scipy(seed):
    rng = random.Random(seed)
    pairs = [(rng.randint(1, 5), rng.randint(1, 5)) for _ in range(rng.randint(0, 40))]
    differences = [t1 - t0 for t0, t1 in pairs]

    change = domain_change(pairs)

    assert change.n == len(pairs)
    assert change.up == sum(d > 0 for d in differences)
    assert change.down == sum(d < 0 for d in differences)
    assert change.same == sum(d == 0 for d in differences)
    assert sum(change.table.values()) == len(pairs)
    if sum(d != 0 for d in differences) >= 6:
        expected = stats.wilcoxon(differences, zero_method="wilcox", method="auto").pvalue
        assert change.wilcoxon_p == pytest.approx(expected)
        assert change.mean_change == pytest.approx(sum(differences) / len(differences))
    else:
        assert change.wilcoxon_p is None


@pytest.mark.django_db
def test_pairs_take_the_first_and_the_latest_at_least_90_days_later(
    team_north, team_lead, outreacher
):
    today = timezone.localdate()
    start = today - timedelta(days=400)
    zrm = instrument()
    a = known_since(HouseholdFactory(team=team_north), start)
    # T0 (2), then 100 days later (3), then 300 days later (4): T1 is the latest, 4.
    assess(a, user=outreacher, on=start, housing=2, finances=1)
    assess(a, user=outreacher, on=start + timedelta(days=100), housing=3, finances=1)
    assess(a, user=outreacher, on=start + timedelta(days=300), housing=4)
    # A T1 too early to count: 89 days after T0.
    b = known_since(HouseholdFactory(team=team_north), start)
    assess(b, user=outreacher, on=start, housing=1)
    assess(b, user=outreacher, on=start + timedelta(days=89), housing=5)
    # Exactly 90 days: counts.
    c = known_since(HouseholdFactory(team=team_north), start)
    assess(c, user=outreacher, on=start, housing=3)
    assess(c, user=outreacher, on=start + timedelta(days=90), housing=2)
    # Only a T0.
    d = known_since(HouseholdFactory(team=team_north), start)
    assess(d, user=outreacher, on=start, housing=1)

    pairs = selectors.domain_pairs(instrument=zrm, teams=selectors.teams_for_figures(team_lead))

    assert sorted(pairs["housing"]) == [(2, 4), (3, 2)]
    # finances: scored at T0, not at the T1 of household a: no pair.
    assert pairs["finances"] == []
    figures = selectors.change_as_json(selectors.change_figures(user=team_lead, instrument=zrm))
    assert figures["housing"] == {
        "n": 2, "up": 1, "same": 0, "down": 1, "mean_change": 0.5, "wilcoxon_p": None,
    }  # fmt: skip


@pytest.mark.django_db
def test_the_municipality_sets_the_days_from_t0_to_t1(
    municipality, team_north, team_lead, outreacher
):
    MeasurementSettings.objects.create(municipality=municipality, t1_after_days=120)
    start = timezone.localdate() - timedelta(days=200)
    a = known_since(HouseholdFactory(team=team_north), start)
    assess(a, user=outreacher, on=start, housing=2)
    assess(a, user=outreacher, on=start + timedelta(days=100), housing=4)

    pairs = selectors.domain_pairs(
        instrument=instrument(), teams=selectors.teams_for_figures(team_lead)
    )

    assert pairs["housing"] == []
