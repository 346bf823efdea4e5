"""The team lead's overview: per worker the caseload, the families losing contact and the
overdue steps; the families per status and those without an outreacher. Counted once a
minute at most, with the age of the counts on the page."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from radar.dashboards.selectors import team_dashboard
from radar.households.models import Status
from radar.households.selectors import list_losing_contact_for
from radar.households.tests.factories import ClosedHouseholdFactory, HouseholdFactory
from radar.plans.tests.factories import DoneStepFactory, GoalFactory, StepFactory

URL = reverse("team_dashboard")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def caseload(team_north, team_south, outreacher, colleague, other_outreacher):
    """Ann: two families, one losing contact, with two overdue steps and a done one; Ann and
    Chris share a third; one family without anyone; team south's families never count."""
    long_ago = timezone.now() - timedelta(days=40)
    losing = HouseholdFactory(team=team_north, signalled_at=long_ago, assigned_workers=[outreacher])
    HouseholdFactory(team=team_north, assigned_workers=[outreacher])
    shared = HouseholdFactory(team=team_north, assigned_workers=[outreacher, colleague])
    HouseholdFactory(team=team_north, status=Status.IN_CONTACT)
    ClosedHouseholdFactory(team=team_north, signalled_at=long_ago, assigned_workers=[outreacher])
    HouseholdFactory(team=team_south, signalled_at=long_ago, assigned_workers=[other_outreacher])
    yesterday = timezone.localdate() - timedelta(days=1)
    goal = GoalFactory(household=losing)
    StepFactory(goal=goal, due_on=yesterday)
    StepFactory(goal=goal, due_on=yesterday)
    StepFactory(goal=goal)  # due next week
    DoneStepFactory(goal=goal, due_on=yesterday)
    StepFactory(goal=GoalFactory(household=shared), due_on=yesterday)
    return losing


def _row(figures, user):
    return next(row[1:] for row in figures["rows"] if row[0] == user)


def test_per_worker_caseload_losing_contact_and_overdue_steps(
    team_lead, outreacher, colleague, caseload
):
    figures = team_dashboard(user=team_lead)

    assert _row(figures, outreacher) == (3, 1, 3)
    assert _row(figures, colleague) == (1, 0, 1)
    assert _row(figures, team_lead) == (0, 0, 0)
    assert figures["unassigned_count"] == 1
    assert [h.status for h in figures["unassigned"]] == [Status.IN_CONTACT]
    by_status = {choice[0]: n for choice, n in figures["by_status"]}
    assert (by_status[Status.SIGNALLED], by_status[Status.IN_CONTACT]) == (3, 1)
    assert by_status[Status.CLOSED] == 1


def test_losing_contact_is_the_same_rule_as_the_outreachers_list(team_lead, outreacher, caseload):
    figures = team_dashboard(user=team_lead)

    assert _row(figures, outreacher)[1] == list_losing_contact_for(user=outreacher).count() == 1


def test_the_counts_are_kept_a_minute_and_the_page_says_how_old_they_are(
    client_for, settings, team_lead, outreacher, team_north, caseload
):
    settings.RADAR_TEAM_DASHBOARD_SECONDS = 60
    first = team_dashboard(user=team_lead)
    HouseholdFactory(team=team_north, assigned_workers=[outreacher])

    later = team_dashboard(user=team_lead, now=first["counted_at"] + timedelta(seconds=35))
    response = client_for(team_lead).get(URL)

    assert _row(later, outreacher) == _row(first, outreacher) == (3, 1, 3)
    assert later["counted_seconds_ago"] == 35
    assert re.search(r"Geteld \d+ seconden? geleden\.", response.content.decode())
    cache.clear()
    assert _row(team_dashboard(user=team_lead), outreacher) == (4, 1, 3)


def test_without_the_cache_every_request_counts_afresh(
    settings, team_lead, outreacher, team_north, caseload
):
    settings.RADAR_TEAM_DASHBOARD_SECONDS = 0
    team_dashboard(user=team_lead)
    HouseholdFactory(team=team_north, assigned_workers=[outreacher])

    figures = team_dashboard(user=team_lead)

    assert _row(figures, outreacher) == (4, 1, 3)
    assert not figures["is_cached"]


def test_two_leads_of_different_teams_never_share_counts(settings, team_lead, team_south, caseload):
    from radar.accounts.tests.factories import TeamLeadFactory

    settings.RADAR_TEAM_DASHBOARD_SECONDS = 60
    lead_south = TeamLeadFactory(username="lead_south", teams=[team_south])

    north = team_dashboard(user=team_lead)
    south = team_dashboard(user=lead_south)

    assert north["unassigned_count"] == 1
    assert south["unassigned_count"] == 0
    assert sum(n for _choice, n in south["by_status"]) == 1
