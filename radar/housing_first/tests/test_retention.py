"""Retention at 6, 12 and 24 months against a table computed by hand.

Reference date 1 July 2026. "too recent": the horizon falls after the reference date.
| tenancy | start      | end        | way        | 6 months       | 12 months      | 24 months   |
| A       | 2026-01-01 | -          |            | housed (1 Jul) | too recent     | too recent  |
| B       | 2026-01-02 | -          |            | too recent     | too recent     | too recent  |
| C       | 2025-07-01 | 2026-01-01 | evicted    | evicted (*)    | evicted        | too recent  |
| D       | 2025-07-01 | 2026-01-02 | moved on   | housed         | moved on       | too recent  |
| E       | 2024-01-01 | -          |            | housed         | housed         | housed      |
| F       | 2024-03-01 | 2024-06-01 | no notice  | left           | left           | left        |
| G       | 2024-08-31 | 2025-12-15 | institution| housed (28 Feb)| housed (31 Aug)| too recent  |
| H       | 2023-06-01 | 2025-06-01 | deceased   | housed         | housed         | deceased (*)|
(*) ends exactly on the horizon's day: not housed at it.
| I       | 2026-06-01 | -          |            | too recent     | too recent     | too recent  |
| J       | 2026-08-01 | -          | (future)   | -              | -              | -           |
6 months: n 7, housed 5 (A D E G H), evicted 1, no notice 1: 5/7 = 0.714.
12 months: n 6, housed 3 (E G H), moved on 1 (D), evicted 1, no notice 1: 4/6 = 0.667.
24 months: n 3, housed 1 (E), no notice 1, deceased 1: 1/3 = 0.333.
Days housed up to 1 July 2026: 181 180 184 185 912 92 471 731 30 → median 184.
"""

from datetime import date

import pytest
from django.urls import reverse

from radar.housing_first.figures import (
    Stay,
    median_days_housed,
    retention,
    retention_for,
    suppress_retention,
)
from radar.housing_first.tests.factories import TenancyFactory

AS_OF = date(2026, 7, 1)
TABLE = {
    "A": (date(2026, 1, 1), None, ""),
    "B": (date(2026, 1, 2), None, ""),
    "C": (date(2025, 7, 1), date(2026, 1, 1), "evicted"),
    "D": (date(2025, 7, 1), date(2026, 1, 2), "moved_on"),
    "E": (date(2024, 1, 1), None, ""),
    "F": (date(2024, 3, 1), date(2024, 6, 1), "left_without_notice"),
    "G": (date(2024, 8, 31), date(2025, 12, 15), "institution"),
    "H": (date(2023, 6, 1), date(2025, 6, 1), "deceased"),
    "I": (date(2026, 6, 1), None, ""),
    "J": (date(2026, 8, 1), None, ""),
}
NONE_LEFT = {"evicted": 0, "left_without_notice": 0, "institution": 0, "deceased": 0, "other": 0}
EXPECTED = {
    "6": {"n": 7, "housed": 5, "moved_on": 0, "retention": 0.714,
          "left": {**NONE_LEFT, "evicted": 1, "left_without_notice": 1}},
    "12": {"n": 6, "housed": 3, "moved_on": 1, "retention": 0.667,
           "left": {**NONE_LEFT, "evicted": 1, "left_without_notice": 1}},
    "24": {"n": 3, "housed": 1, "moved_on": 0, "retention": 0.333,
           "left": {**NONE_LEFT, "left_without_notice": 1, "deceased": 1}},
}  # fmt: skip


def _stays():
    return [Stay(start, end, reason) for start, end, reason in TABLE.values()]


def test_retention_matches_the_hand_computed_table():
    assert retention(_stays(), as_of=AS_OF) == EXPECTED


def test_a_tenancy_ending_exactly_on_the_horizon_is_not_housed_at_it():
    ends_on_horizon = [Stay(date(2025, 1, 1), date(2025, 7, 1), "evicted")]
    ends_the_day_after = [Stay(date(2025, 1, 1), date(2025, 7, 2), "evicted")]

    assert retention(ends_on_horizon, as_of=AS_OF)["6"]["housed"] == 0
    assert retention(ends_on_horizon, as_of=AS_OF)["6"]["left"]["evicted"] == 1
    assert retention(ends_the_day_after, as_of=AS_OF)["6"]["housed"] == 1


def test_a_tenancy_too_recent_for_a_horizon_is_not_counted_in_it():
    one_day_short = [Stay(date(2026, 1, 2), None, "")]

    table = retention(one_day_short, as_of=AS_OF)

    assert [table[h]["n"] for h in ("6", "12", "24")] == [0, 0, 0]
    assert table["6"]["retention"] is None


def test_the_median_time_housed_counts_running_tenancies_up_to_the_reference_date():
    assert median_days_housed(_stays(), as_of=AS_OF) == 184
    assert median_days_housed([], as_of=AS_OF) is None


@pytest.mark.parametrize("months", ["6", "12", "24"])
def test_every_horizon_adds_up_to_n(months):
    row = retention(_stays(), as_of=AS_OF)[months]

    assert row["housed"] + row["moved_on"] + sum(row["left"].values()) == row["n"]


def test_policy_users_see_small_cells_hidden_and_no_rate_that_would_give_them_away():
    shown = suppress_retention(EXPECTED)

    # 6 months: 5 housed, 0 moved on, 1 evicted, 1 without notice, n 7. With housed and n
    # both shown, "<5 + <5 = 2" would give each 1 away: one more count is hidden, and no
    # rate is shown that would give the retained away.
    assert shown["6"]["left"]["evicted"] == shown["6"]["left"]["left_without_notice"] == "<5"
    assert "x" in (shown["6"]["n"], shown["6"]["housed"])
    assert shown["6"]["retention"] is None
    assert shown["24"]["n"] == "<5"
    assert shown["24"]["retention"] is None


def test_policy_users_see_the_rate_when_no_count_is_small():
    big = {"6": {"n": 20, "housed": 12, "moved_on": 8, "retention": 1.0, "left": NONE_LEFT}}

    shown = suppress_retention(big)

    assert shown["6"] == {"n": "20", "housed": "12", "moved_on": "8", "retention": 1.0,
                          "left": {k: "0" for k in NONE_LEFT}}  # fmt: skip


@pytest.fixture
def stays_in_the_database(household, other_household):
    """The table's tenancies, all of team north (each its own family), and one of south."""
    from radar.households.tests.factories import HouseholdFactory

    for start, end, reason in TABLE.values():
        TenancyFactory(
            household=HouseholdFactory(team=household.team),
            start_on=start, end_on=end, end_reason=reason,
            end_note="" if reason != "other" else "-",
        )  # fmt: skip
    TenancyFactory(household=other_household, start_on=date(2024, 1, 1))


def test_the_team_lead_gets_the_exact_table_of_their_teams(team_lead, stays_in_the_database):
    assert retention_for(team_lead, as_of=AS_OF) == EXPECTED


def test_the_retention_api_answers_per_horizon(client_for, team_lead, stays_in_the_database):
    response = client_for(team_lead).get(
        reverse("api-housing-first-retention"), {"as_of": "2026-07-01"}
    )

    assert response.status_code == 200
    assert response.json() == EXPECTED


def test_the_retention_api_hides_small_cells_for_policy(client_for, policy, stays_in_the_database):
    response = client_for(policy).get(
        reverse("api-housing-first-retention"), {"as_of": "2026-07-01"}
    )

    assert response.status_code == 200
    assert response.json()["24"] == {
        "n": "<5", "housed": "<5", "moved_on": "0", "retention": None,
        "left": {**{k: "0" for k in NONE_LEFT}, "left_without_notice": "<5", "deceased": "<5"},
    }  # fmt: skip


@pytest.mark.parametrize("as_of", ["", "2026-13-01", "01/07/2026", "1999-01-01"])
def test_the_retention_api_refuses_a_missing_or_wrong_date(client_for, team_lead, as_of):
    response = client_for(team_lead).get(reverse("api-housing-first-retention"), {"as_of": as_of})

    assert response.status_code == 400


@pytest.mark.parametrize("role", ["outreacher", "colleague", "partner", "administrator"])
def test_only_team_leads_and_policy_get_the_retention(client_for, request, role):
    user = request.getfixturevalue(role)

    response = client_for(user).get(reverse("api-housing-first-retention"), {"as_of": "2026-07-01"})

    assert response.status_code == 403
