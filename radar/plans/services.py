from datetime import date

from django.db import transaction
from django.utils import timezone

from radar.accounts.models import User
from radar.core import audit
from radar.core.validators import check_fields, validate_new_due_date, validate_row
from radar.households.models import Household, LifeDomain
from radar.plans.models import Goal, Step

PURPOSE = "casework"


@transaction.atomic
def add_goal(*, user: User, household: Household, domain: LifeDomain, title: str) -> Goal:
    """Raises ValidationError (nothing written) for a title too long or empty."""
    goal = Goal(household=household, domain=domain, title=title, created_by=user)
    validate_row(goal)
    goal.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=goal, purpose=PURPOSE)
    return goal


@transaction.atomic
def add_step(
    *,
    user: User,
    goal: Goal,
    title: str,
    owner: str = Step.Owner.FAMILY,
    owner_name: str = "",
    due_on: date | None = None,
    planned_on: date | None = None,
) -> Step:
    """Add a step to the goal's plan, due on `due_on` (or undated).

    `planned_on`: the day the step was agreed (default today); a new step is not due
    before it. Pass it when recording a plan made earlier (an agreement of a past case
    discussion, the demo's history). Raises ValidationError keyed by field (nothing
    written) for a due date before it or outside Step.clean()'s window, or a text too long.
    """
    step = Step(
        goal=goal,
        household_id=goal.household_id,
        title=title,
        owner=owner,
        owner_name=owner_name,
        due_on=due_on,
        created_by=user,
    )
    check_fields([("due_on", lambda d: validate_new_due_date(d, planned_on=planned_on), due_on)])
    validate_row(step)
    step.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=step, purpose=PURPOSE)
    return step


@transaction.atomic
def mark_step(*, user: User, step: Step, is_done: bool, on: date | None = None) -> Step:
    """Tick a step done (dated, attributed) or back to not done."""
    step.is_done = is_done
    step.done_on = (on or timezone.localdate()) if is_done else None
    step.done_by = user if is_done else None
    step.save(update_fields=["is_done", "done_on", "done_by", "modified_at"])
    audit.record(
        user=user, action=audit.Action.UPDATE, obj=step, purpose=PURPOSE, detail={"done": is_done}
    )
    return step


@transaction.atomic
def mark_goal_achieved(*, user: User, goal: Goal, is_achieved: bool) -> Goal:
    goal.is_achieved = is_achieved
    goal.save(update_fields=["is_achieved", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=goal,
        purpose=PURPOSE,
        detail={"achieved": is_achieved},
    )
    return goal
