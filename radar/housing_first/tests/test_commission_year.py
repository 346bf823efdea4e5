"""The commission's year and the seed's outcomes, for team leads (exact) and policy (small
counts hidden)."""

from datetime import date, timedelta

from django.utils import timezone

from radar.households.tests.factories import HouseholdFactory
from radar.housing_first import services
from radar.housing_first.figures import commission_year_for, outcomes_for
from radar.housing_first.models import Decision, TenancyEvent
from radar.housing_first.tests.factories import (
    CandidacyFactory,
    MeetingFactory,
    TenancyEventFactory,
    TenancyFactory,
)


def _decided(user, team, meeting, decision, submitted_days_before, **extra):
    candidacy = CandidacyFactory(household=HouseholdFactory(team=team))
    services.submit_candidacy(
        user=user, candidacy=candidacy,
        on=meeting.held_on - timedelta(days=submitted_days_before),
    )  # fmt: skip
    item = services.put_on_agenda(user=user, meeting=meeting, candidacy=candidacy)
    services.decide_candidacy(user=user, item=item, decision=decision, **extra)
    return candidacy


def test_the_commissions_year_counts_decisions_by_kind_and_the_days_to_a_decision(
    outreacher, team_lead, policy, household, other_household
):
    team = household.team
    today = timezone.localdate()
    meeting = MeetingFactory(commission__team=team, held_on=today)
    _decided(outreacher, team, meeting, Decision.ADMITTED, 10)
    _decided(outreacher, team, meeting, Decision.ADMITTED, 20)
    _decided(outreacher, team, meeting, Decision.NOT_ADMITTED, 30, reasons="Pas de place.")
    postponed = _decided(outreacher, team, meeting, Decision.POSTPONED, 40,
                         what_is_needed="Un avis", needed_by=today)  # fmt: skip
    services.submit_candidacy(user=outreacher, candidacy=postponed)
    south = MeetingFactory(commission__team=other_household.team, held_on=today)
    _decided(outreacher, other_household.team, south, Decision.ADMITTED, 5)

    year = commission_year_for(team_lead, year=today.year)

    assert year == {
        "submitted": 4, "resubmitted": 1, "admitted": 2, "not_admitted": 1, "postponed": 1,
        "decided": 4, "median_days_to_decision": 25,
    }  # fmt: skip
    hidden = commission_year_for(policy, year=today.year)
    assert hidden["admitted"] == "<5"
    assert hidden["median_days_to_decision"] == 20  # five decisions, both teams: 5 10 20 30 40
    assert commission_year_for(team_lead, year=today.year - 1)["decided"] == 0


def test_the_outcomes_count_families_with_a_child_back_school_and_arrears_under_control(
    team_lead, policy, household
):
    first = TenancyFactory(household=household, start_on=date(2025, 1, 1))
    second = TenancyFactory(household=HouseholdFactory(team=household.team),
                            start_on=date(2025, 2, 1))  # fmt: skip
    kinds = TenancyEvent.Kind
    TenancyEventFactory(tenancy=first, kind=kinds.ARREARS, occurred_on=date(2025, 3, 1))
    TenancyEventFactory(tenancy=first, kind=kinds.ARREARS_UNDER_CONTROL,
                        occurred_on=date(2025, 5, 1))  # fmt: skip
    TenancyEventFactory(tenancy=second, kind=kinds.ARREARS_UNDER_CONTROL,
                        occurred_on=date(2025, 3, 1))  # fmt: skip
    TenancyEventFactory(tenancy=second, kind=kinds.ARREARS, occurred_on=date(2025, 6, 1))
    TenancyEventFactory(tenancy=first, kind=kinds.CHILD_RETURNED, occurred_on=date(2025, 4, 1))
    TenancyEventFactory(tenancy=second, kind=kinds.SCHOOL_RESTARTED, occurred_on=date(2025, 9, 1))

    outcomes = outcomes_for(team_lead, as_of=date(2025, 7, 1))

    assert outcomes == {
        "tenancies": 2, "children_back_home": 1, "children_at_school": 0, "had_arrears": 2,
        "arrears_under_control": 1, "median_days_housed": (181 + 150) / 2,
    }  # fmt: skip
    hidden = outcomes_for(policy, as_of=date(2025, 7, 1))
    assert hidden["tenancies"] == "<5"
    assert hidden["median_days_housed"] is None
