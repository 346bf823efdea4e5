"""Every change to the family's network and to the team's case discussions.

Each use case checks its rule, writes the change and its audit entry in one transaction,
and returns the changed object. Callers reach households through
radar.households.selectors and discussions through radar.network.selectors first.
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit
from radar.core.services import model_update
from radar.households.models import Household, Member
from radar.households.selectors import visible_households
from radar.network.models import Agreement, CaseDiscussion, NetworkTie
from radar.network.selectors import team_members
from radar.plans import services as plans_services
from radar.plans.models import Goal, Step

PURPOSE = "casework"
DISCUSSION_PURPOSE = "case discussion"

# Fields a worker may change through update_tie.
TIE_FIELDS = ("name", "kind", "relation", "quality", "member", "note", "is_active")


def _check_member(household: Household, member: Member | None) -> None:
    if member is not None and member.household_id != household.pk:
        raise ValidationError({"member": _("This person is not a member of this family.")})


@transaction.atomic
def add_tie(
    *,
    user: User,
    household: Household,
    name: str,
    kind: str,
    quality: str,
    relation: str = "",
    member: Member | None = None,
    note: str = "",
) -> NetworkTie:
    """Add a person or service to the family's ecogram.

    Raises ValidationError when `member` is not of this family or a value is not allowed.
    """
    _check_member(household, member)
    tie = NetworkTie(
        household=household,
        name=name,
        kind=kind,
        quality=quality,
        relation=relation,
        member=member,
        note=note,
        created_by=user,
    )
    tie.full_clean()
    tie.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=tie, purpose=PURPOSE)
    return tie


@transaction.atomic
def update_tie(
    *, user: User, tie: NetworkTie, expected_version: int | None = None, **changes: Any
) -> NetworkTie:
    """Change a tie (see TIE_FIELDS, through core.services.model_update); setting
    is_active=False takes it out of the picture but keeps it on record. Raises
    ValidationError for an unknown field (UnknownFieldError), a member of another family or
    a bad value."""
    if "member" in changes:
        _check_member(tie.household, changes["member"])
    tie, changed = model_update(
        instance=tie,
        fields=TIE_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=tie,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )
    return tie


@transaction.atomic
def remove_tie(*, user: User, tie: NetworkTie) -> None:
    """Delete a tie written down by mistake or at the family's request (a tie that ended
    is better kept with update_tie(is_active=False))."""
    audit.record(user=user, action=audit.Action.DELETE, obj=tie, purpose=PURPOSE)
    tie.delete()


@transaction.atomic
def record_discussion(
    *,
    user: User,
    team: Team,
    held_on: date,
    kind: str,
    households: Iterable[Household] = (),
    participants: Iterable[Any] = (),
    other_participants: str = "",
    notes: str = "",
) -> CaseDiscussion:
    """Record a joint case discussion of `team` and the families discussed in it.

    Raises PermissionError when the user is not a casework member of the team, and
    ValidationError when a family is not one the user sees in this team or a participant
    is not in the team. Writes one audit entry per family discussed.
    """
    if not user.does_casework or not user.teams.filter(pk=team.pk).exists():
        raise PermissionError("user may not record case discussions for this team")
    households = list(households)
    participants = list(participants)
    allowed = set(visible_households(user).filter(team=team).values_list("pk", flat=True))
    if any(h.pk not in allowed for h in households):
        raise ValidationError(
            {"households": _("Only families of this team can be discussed in its discussions.")}
        )
    members = set(team_members([team]).values_list("pk", flat=True))
    if any(p.pk not in members for p in participants):
        raise ValidationError({"participants": _("Only members of this team can be chosen.")})
    discussion = CaseDiscussion(
        team=team,
        held_on=held_on,
        kind=kind,
        other_participants=other_participants,
        notes=notes,
        created_by=user,
    )
    discussion.full_clean()
    discussion.save()
    discussion.households.set(households)
    discussion.participants.set(participants)
    household_ids: list[int | None] = [h.pk for h in households]
    for household_id in household_ids or [None]:
        audit.record(
            user=user,
            action=audit.Action.CREATE,
            obj=discussion,
            household_id=household_id,
            purpose=DISCUSSION_PURPOSE,
        )
    return discussion


@transaction.atomic
def add_agreement(
    *,
    user: User,
    discussion: CaseDiscussion,
    household: Household,
    text: str,
    owner=None,
    due_on: date | None = None,
) -> Agreement:
    """Write down what was agreed about one family of the discussion.

    Raises ValidationError when the family was not discussed there or the owner is not in
    the discussion's team.
    """
    if not discussion.households.filter(pk=household.pk).exists():
        raise ValidationError({"household": _("This family was not discussed here.")})
    if owner is not None and not team_members([discussion.team]).filter(pk=owner.pk).exists():
        raise ValidationError({"owner": _("Only members of this team can be chosen.")})
    agreement = Agreement(
        discussion=discussion,
        household=household,
        text=text,
        owner=owner,
        due_on=due_on,
        created_by=user,
    )
    agreement.full_clean()
    agreement.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=agreement, purpose=DISCUSSION_PURPOSE)
    return agreement


@transaction.atomic
def turn_agreement_into_step(
    *,
    user: User,
    agreement: Agreement,
    goal: Goal,
    title: str = "",
    owner: str = Step.Owner.OUTREACHER,
) -> Step:
    """Make the agreement a step under `goal` of the same family's plan, and link the two.

    The step takes the agreement's text (unless `title` is given), its date and the name
    of who follows it up. Raises ValidationError when the goal is of another family or the
    agreement already became a step.
    """
    agreement = (
        Agreement.objects.select_for_update(of=("self",))
        .select_related("owner", "discussion")
        .get(pk=agreement.pk)
    )
    if goal.household_id != agreement.household_id:
        raise ValidationError({"goal": _("Choose a goal of the family this agreement is about.")})
    if agreement.step_id is not None:
        raise ValidationError(_("This agreement is already a step in the plan."))
    owner_name = ""
    if owner == Step.Owner.OUTREACHER and agreement.owner is not None:
        owner_name = agreement.owner.get_full_name() or agreement.owner.username
    step = plans_services.add_step(
        user=user,
        goal=goal,
        title=title or agreement.text,
        owner=owner,
        owner_name=owner_name,
        due_on=agreement.due_on,
        # Agreed in the discussion: a due date that has passed since stays as agreed.
        planned_on=min(agreement.discussion.held_on, agreement.due_on or date.max),
    )
    agreement.step = step
    agreement.save(update_fields=["step", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=agreement,
        purpose=DISCUSSION_PURPOSE,
        detail={"step": step.pk},
    )
    return step
