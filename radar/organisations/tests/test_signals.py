"""Signals from an organisation over time, and which schools and associations bring families.

Casework roles count the intakes of their own team(s); policy counts the municipality with
small counts hidden; partners see no channel figures.
"""

from datetime import date

import pytest

from radar.households.tests.factories import HouseholdFactory, IntakeFactory
from radar.organisations import selectors
from radar.organisations.tests.factories import PovertyAssociationFactory, SchoolFactory

TODAY = date(2025, 6, 15)


def signal(organisation, team, received_on, household=None):
    household = household or HouseholdFactory(team=team)
    return IntakeFactory(household=household, organisation=organisation, received_on=received_on)


@pytest.fixture
def school(team_north, team_south):
    linde = SchoolFactory(name="Basisschool De Linde")
    signal(linde, team_north, date(2025, 6, 2))
    signal(linde, team_north, date(2025, 6, 20))
    signal(linde, team_north, date(2025, 3, 1))
    signal(linde, team_south, date(2025, 6, 3))
    signal(linde, team_north, date(2024, 11, 5))
    return linde


def test_casework_sees_signals_of_their_team_per_month_zeros_included(outreacher, school):
    by_month = selectors.signals_by_month_for(
        user=outreacher, organisation=school, months=12, today=TODAY
    )

    assert len(by_month) == 12
    assert by_month[0].period == date(2024, 7, 1)
    assert by_month[-1].period == date(2025, 6, 1)
    counts = {row.period: row.signals for row in by_month}
    assert counts[date(2025, 6, 1)] == 2  # team south's intake is not counted
    assert counts[date(2025, 3, 1)] == 1
    assert counts[date(2024, 11, 1)] == 1
    assert counts[date(2025, 1, 1)] == 0


def test_casework_sees_yearly_totals_of_their_team(team_lead, school):
    by_year = selectors.signals_by_year_for(user=team_lead, organisation=school)

    assert [(r.period, r.signals) for r in by_year] == [(2025, 3), (2024, 1)]


def test_policy_gets_yearly_totals_of_the_municipality_with_small_counts_hidden(policy, school):
    assert selectors.signals_by_month_for(user=policy, organisation=school) == []
    by_year = selectors.signals_by_year_for(user=policy, organisation=school)

    assert [(r.period, r.signals) for r in by_year] == [(2025, "<5"), (2024, "<5")]


def test_policy_sees_counts_of_five_and_more(policy, team_north, team_south):
    school = SchoolFactory()
    for i in range(6):
        signal(school, team_north if i % 2 else team_south, date(2025, 2, 1 + i))

    by_year = selectors.signals_by_year_for(user=policy, organisation=school)

    assert [(r.period, r.signals, r.families) for r in by_year] == [(2025, "6", "6")]


def test_the_channels_list_shows_every_school_and_association_including_zero(
    outreacher, school, team_north
):
    silent = SchoolFactory(name="Basisschool Sint-Jan")
    association = PovertyAssociationFactory(name="OnderOns")
    signal(association, team_north, date(2025, 1, 10))

    rows = selectors.list_channel_signal_counts_for(user=outreacher, year=2025)

    assert [(r.organisation.name, r.signals, r.has_signals) for r in rows] == [
        ("Basisschool De Linde", 3, True),
        ("OnderOns", 1, True),
        ("Basisschool Sint-Jan", 0, False),
    ]
    assert silent.pk in {r.organisation.pk for r in rows}


def test_one_family_signalled_twice_counts_as_two_signals_and_one_family(outreacher, team_north):
    school = SchoolFactory()
    family = HouseholdFactory(team=team_north)
    signal(school, team_north, date(2025, 2, 1), household=family)
    signal(school, team_north, date(2025, 5, 1), household=family)

    [row] = selectors.list_channel_signal_counts_for(user=outreacher, year=2025)

    assert (row.signals, row.families) == (2, 1)


def test_policy_sees_the_channels_with_small_counts_hidden(policy, school):
    SchoolFactory(name="Basisschool Sint-Jan")

    rows = selectors.list_channel_signal_counts_for(user=policy, year=2025)

    assert [(r.organisation.name, r.signals) for r in rows] == [
        ("Basisschool De Linde", "<5"),
        ("Basisschool Sint-Jan", "0"),
    ]


def test_partners_and_administrators_get_no_channel_figures(partner, administrator, school):
    assert selectors.list_channel_signal_counts_for(user=partner, year=2025) == []
    assert selectors.list_channel_signal_counts_for(user=administrator, year=2025) == []
