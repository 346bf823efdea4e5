from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from radar.accounts.models import User
from radar.core import audit
from radar.core.services import model_update, remove_record
from radar.core.validators import check_fields, validate_new_due_date, validate_row
from radar.households.models import Household, LifeDomain
from radar.plans.models import Goal, Step

PURPOSE = "casework"

# Fields a worker may correct through update_goal and update_step (ticking a step done and
# a goal achieved have their own use cases).
GOAL_FIELDS = ("domain", "title")
STEP_FIELDS = ("title", "owner", "owner_name", "due_on")


def _audit_update(*, user: User, obj, changed: list[str]) -> None:
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=obj,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )


def _audit_removal(*, user: User, obj, reason: str, **detail: Any) -> None:
    audit.record(
        user=user,
        action=audit.Action.DELETE,
        obj=obj,
        purpose=PURPOSE,
        detail={"removed": True, "reason": reason, **detail},
    )


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
def mark_step(
    *,
    user: User,
    step: Step,
    is_done: bool,
    on: date | None = None,
    expected_version: int | None = None,
) -> Step:
    """Tick a step done (dated, attributed) or back to not done; its version moves on, so
    an edit form opened before is refused. Raises ConcurrentEditError for a stale
    `expected_version` or a step removed meanwhile."""
    step, changed = model_update(
        instance=step,
        fields=("is_done", "done_on", "done_by"),
        data={
            "is_done": is_done,
            "done_on": (on or timezone.localdate()) if is_done else None,
            "done_by": user if is_done else None,
        },
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=step,
            purpose=PURPOSE,
            detail={"done": is_done},
        )
    return step


@transaction.atomic
def mark_goal_achieved(
    *, user: User, goal: Goal, is_achieved: bool, expected_version: int | None = None
) -> Goal:
    """Mark a goal achieved or not (see mark_step for the version)."""
    goal, changed = model_update(
        instance=goal,
        fields=("is_achieved",),
        data={"is_achieved": is_achieved},
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=goal,
            purpose=PURPOSE,
            detail={"achieved": is_achieved},
        )
    return goal


@transaction.atomic
def update_goal(
    *, user: User, goal: Goal, expected_version: int | None = None, **changes: Any
) -> Goal:
    """Correct a goal (GOAL_FIELDS, through core.services.model_update); the audit entry
    names the changed fields. Raises UnknownFieldError, ValidationError, and
    ConcurrentEditError for a stale `expected_version` or a goal removed meanwhile."""
    goal, changed = model_update(
        instance=goal,
        fields=GOAL_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    _audit_update(user=user, obj=goal, changed=changed)
    return goal


@transaction.atomic
def update_step(
    *, user: User, step: Step, expected_version: int | None = None, **changes: Any
) -> Step:
    """Correct a step (STEP_FIELDS; see update_goal)."""
    step, changed = model_update(
        instance=step,
        fields=STEP_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    _audit_update(user=user, obj=step, changed=changed)
    return step


@transaction.atomic
def remove_step(
    *, user: User, step: Step, reason: str, expected_version: int | None = None
) -> Step:
    """Remove a step written down by mistake, for `reason` (core.services.remove_record): it
    leaves the plan, the dashboards' steps due and the API; the row and the reason stay.

    Raises ValidationError for a missing reason, ConcurrentEditError for a stale
    `expected_version` or a step removed already."""
    step = remove_record(instance=step, user=user, reason=reason, expected_version=expected_version)
    _audit_removal(user=user, obj=step, reason=step.removal_reason)
    return step


@transaction.atomic
def remove_goal(
    *, user: User, goal: Goal, reason: str, expected_version: int | None = None
) -> Goal:
    """Remove a goal and its steps, for `reason` (see remove_step): the steps would
    otherwise stay due on the dashboards under a goal nobody sees. One audit entry for the
    goal, naming its steps, and one per step."""
    goal = remove_record(instance=goal, user=user, reason=reason, expected_version=expected_version)
    steps = list(Step.objects.filter(goal=goal))
    for step in steps:
        remove_record(instance=step, user=user, reason=goal.removal_reason, at=goal.removed_at)
        _audit_removal(user=user, obj=step, reason=step.removal_reason, goal=goal.pk)
    _audit_removal(
        user=user, obj=goal, reason=goal.removal_reason, steps=sorted(s.pk for s in steps)
    )
    return goal
