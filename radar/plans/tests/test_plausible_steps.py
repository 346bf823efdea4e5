"""A new step is due today or later; an existing step keeps a date that has passed (it is
overdue, not wrong). Every due date lies between 2000 and five years ahead (issue 8)."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.validators import validate_row
from radar.plans import services
from radar.plans.models import Step
from radar.plans.tests.factories import GoalFactory, StepFactory


def add_step(user, goal, **kwargs):
    return services.add_step(user=user, goal=goal, title="Huurcontract lezen", **kwargs)


@pytest.mark.parametrize(
    "due_on",
    [timezone.localdate() - timedelta(days=1), date(1, 1, 1), date(2200, 1, 1)],
    ids=["yesterday", "year 1", "year 2200"],
)
def test_a_new_step_due_in_the_past_or_far_away_is_refused(outreacher, household, due_on):
    goal = GoalFactory(household=household)

    with pytest.raises(ValidationError) as refused:
        add_step(outreacher, goal, due_on=due_on)

    assert set(refused.value.message_dict) == {"due_on"}
    assert not Step.objects.exists()


def test_a_new_step_due_today_or_undated_is_accepted(outreacher, household):
    goal = GoalFactory(household=household)

    assert add_step(outreacher, goal, due_on=timezone.localdate()).pk
    assert add_step(outreacher, goal).due_on is None


def test_a_plan_made_earlier_keeps_its_dates(outreacher, household):
    goal = GoalFactory(household=household)
    last_week = timezone.localdate() - timedelta(days=7)

    step = add_step(outreacher, goal, due_on=last_week, planned_on=last_week - timedelta(days=3))

    assert step.is_overdue()


def test_an_existing_overdue_step_stays_valid(household):
    step = StepFactory(goal=GoalFactory(household=household))
    Step.objects.filter(pk=step.pk).update(due_on=timezone.localdate() - timedelta(days=20))
    step.refresh_from_db()

    validate_row(step)  # an edit of the title later must not trip over the date


def test_a_goal_title_too_long_is_refused_not_cut(outreacher, household):
    from radar.households.tests.factories import life_domain

    with pytest.raises(ValidationError) as refused:
        services.add_goal(
            user=outreacher, household=household, domain=life_domain(), title="x" * 201
        )
    assert set(refused.value.message_dict) == {"title"}


def test_the_step_page_refuses_a_past_due_date_with_the_other_errors(
    client_for, outreacher, household
):
    goal = GoalFactory(household=household)
    yesterday = timezone.localdate() - timedelta(days=1)

    response = client_for(outreacher).post(
        f"/households/{household.pk}/goals/{goal.pk}/steps/new/",
        {"title": "", "owner": "family", "due_on": yesterday.isoformat()},
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"title", "due_on"}
    assert not Step.objects.exists()
