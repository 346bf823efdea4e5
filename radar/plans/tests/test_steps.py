"""Goals and small steps: a step is ticked done (dated, attributed), can be undone, and
is overdue when its date has passed."""

from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households.tests.factories import life_domain
from radar.plans import services
from radar.plans.models import Goal, Step
from radar.plans.tests.factories import DoneStepFactory, GoalFactory, StepFactory


def test_a_goal_with_its_first_steps(outreacher, household):
    goal = services.add_goal(
        user=outreacher,
        household=household,
        domain=life_domain("housing"),
        title="De woning behouden",
    )
    first = services.add_step(
        user=outreacher,
        goal=goal,
        title="Brief huisbaas samen lezen",
        owner=Step.Owner.OUTREACHER,
        due_on=timezone.localdate() + timedelta(days=30),  # a new step is not due in the past
    )
    second = services.add_step(
        user=outreacher, goal=goal, title="Afbetalingsplan vragen", owner_name="Marie"
    )

    assert goal.household == household
    assert goal.created_by == outreacher
    assert list(goal.steps.order_by("id")) == [first, second]
    assert first.household_id == household.pk  # copied from the goal
    assert second.owner == Step.Owner.FAMILY
    assert not first.is_done and first.done_on is None
    entries = AuditEntry.objects.filter(household_id=household.pk, action="create")
    assert sorted(entries.values_list("object_type", flat=True)) == [
        "plans.goal",
        "plans.step",
        "plans.step",
    ]


def test_marking_a_step_done_dates_and_attributes_it(outreacher, household):
    step = StepFactory(goal=GoalFactory(household=household))

    done = services.mark_step(user=outreacher, step=step, is_done=True)

    done.refresh_from_db()
    assert done.is_done
    assert done.done_on == timezone.localdate()
    assert done.done_by == outreacher
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.object_type, entry.household_id) == (
        "update",
        "plans.step",
        household.pk,
    )
    assert entry.detail == {"done": True}


def test_a_step_can_be_marked_done_on_an_earlier_day(outreacher, household):
    step = StepFactory(goal=GoalFactory(household=household))
    services.mark_step(user=outreacher, step=step, is_done=True, on=date(2025, 9, 1))
    assert Step.objects.get(pk=step.pk).done_on == date(2025, 9, 1)


def test_undoing_a_step_clears_when_and_by_whom(outreacher, team_lead, household):
    step = DoneStepFactory(goal=GoalFactory(household=household), done_by=outreacher)

    undone = services.mark_step(user=team_lead, step=step, is_done=False)

    undone.refresh_from_db()
    assert not undone.is_done
    assert undone.done_on is None
    assert undone.done_by is None
    assert AuditEntry.objects.get().detail == {"done": False}


def test_a_step_past_its_date_is_overdue_until_done(outreacher, household):
    today = date(2025, 10, 10)
    late = StepFactory(goal=GoalFactory(household=household), due_on=date(2025, 10, 9))
    due_today = StepFactory(goal=late.goal, due_on=today)
    undated = StepFactory(goal=late.goal, due_on=None)
    done_late = DoneStepFactory(goal=late.goal, due_on=date(2025, 10, 1))

    assert late.is_overdue(today)
    assert not due_today.is_overdue(today)
    assert not undated.is_overdue(today)
    assert not done_late.is_overdue(today)
    services.mark_step(user=outreacher, step=late, is_done=True)
    assert not late.is_overdue(today)


def test_is_overdue_defaults_to_today(household):
    step = StepFactory(
        goal=GoalFactory(household=household), due_on=timezone.localdate() - timedelta(days=1)
    )
    assert step.is_overdue()


def test_a_goal_can_be_marked_achieved_and_back(outreacher, household):
    goal = GoalFactory(household=household)
    services.mark_goal_achieved(user=outreacher, goal=goal, is_achieved=True)
    assert Goal.objects.get(pk=goal.pk).is_achieved
    services.mark_goal_achieved(user=outreacher, goal=goal, is_achieved=False)
    assert not Goal.objects.get(pk=goal.pk).is_achieved
    assert AuditEntry.objects.filter(object_type="plans.goal", action="update").count() == 2


def test_the_database_refuses_a_done_step_without_a_date(household):
    step = StepFactory(goal=GoalFactory(household=household))
    with pytest.raises(IntegrityError), transaction.atomic():
        Step.objects.filter(pk=step.pk).update(is_done=True)


def test_the_step_toggle_page_ticks_the_step(client_for, outreacher, household):
    step = StepFactory(goal=GoalFactory(household=household))
    response = client_for(outreacher).post(f"/households/{household.pk}/steps/{step.pk}/toggle/")
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.is_done and step.done_by == outreacher


def test_another_team_cannot_tick_a_step(client_for, other_outreacher, household):
    step = StepFactory(goal=GoalFactory(household=household))
    response = client_for(other_outreacher).post(
        f"/households/{household.pk}/steps/{step.pk}/toggle/"
    )
    assert response.status_code == 404
    assert not Step.objects.get(pk=step.pk).is_done


def test_a_step_of_another_family_cannot_be_ticked_through_ones_own(
    client_for, other_outreacher, household, other_household
):
    step = StepFactory(goal=GoalFactory(household=household))
    response = client_for(other_outreacher).post(
        f"/households/{other_household.pk}/steps/{step.pk}/toggle/"
    )
    assert response.status_code == 404
    assert not Step.objects.get(pk=step.pk).is_done


@pytest.mark.parametrize("persona", ["partner", "policy"])
def test_roles_without_casework_cannot_tick_a_step(client_for, request, persona, household):
    step = StepFactory(goal=GoalFactory(household=household))
    response = client_for(request.getfixturevalue(persona)).post(
        f"/households/{household.pk}/steps/{step.pk}/toggle/"
    )
    assert response.status_code == 403
    assert not Step.objects.get(pk=step.pk).is_done


def test_the_step_row_can_be_found_again_once_ids_pass_999(client_for, outreacher, household):
    """Row ids are HTML ids and htmx targets, not numbers to show: "step-1234", never the
    localised "step-1.234" (a CSS selector "#step-1.234" means id "step-1", class "234")."""
    step = StepFactory(pk=1234, goal=GoalFactory(household=household))
    client = client_for(outreacher)

    page = client.get(f"/households/{household.pk}/").content.decode()
    row = client.post(
        f"/households/{household.pk}/steps/{step.pk}/toggle/", headers={"HX-Request": "true"}
    ).content.decode()

    for html in (page, row):
        assert 'id="step-1234"' in html
        assert 'hx-target="#step-1234"' in html
