"""Every change to a household goes through one of these use cases.

Each checks its rule, writes the change and its audit entry in one transaction, and
returns the changed object. Callers get the household through
radar.households.selectors.get_household_for first.
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit
from radar.core.services import ConcurrentEditError as ConcurrentEditError  # pages catch it here
from radar.core.services import model_update, remove_record
from radar.core.validators import validate_row
from radar.households import registry
from radar.households.insz import normalize_insz
from radar.households.models import (
    ALLOWED_TRANSITIONS,
    Channel,
    ClosingReason,
    Household,
    Intake,
    LifeDomain,
    Member,
    Need,
    Status,
    StatusChange,
)


class StatusChangeError(ValidationError):
    pass


PURPOSE = "casework"

# Fields a worker may change through update_household (team and status have their own use cases).
EDITABLE_FIELDS = (
    "name",
    "street",
    "postcode",
    "city",
    "neighbourhood",
    "phone",
    "is_known_to_ocmw",
)
# Fields a worker may change through update_member (the household stays).
MEMBER_FIELDS = (
    "role",
    "first_name",
    "last_name",
    "birth_date",
    "expected_on",
    "language",
    "phone",
    "insz",
)
# Fields a worker may change through update_need (correcting it, or moving its status).
NEED_FIELDS = ("domain", "description", "priority", "state")


@transaction.atomic
def register_intake(
    *,
    user: User,
    team: Team,
    household_name: str,
    channel: Channel,
    received_on: date | None = None,
    reason: str = "",
    signalled_by_organisation: str = "",
    signalled_by_person: str = "",
    organisation=None,
    contact_person=None,
    is_known_to_ocmw: bool = False,
    address: dict[str, str] | None = None,
    members: list[dict[str, Any]] | None = None,
    assign_to_me: bool = True,
    info_point_session=None,
) -> Household:
    """Register a newly signalled family: the household, its first members and the intake.

    The duplicate check (selectors.find_duplicate_members) happens before, in the form.
    Raises ValidationError (nothing written) for a text too long or an implausible date
    (Intake.clean, Member.clean).
    `info_point_session`: the session the family came to (infopoint.InfoPointSession);
    ValidationError if it is of another team. `organisation` and `contact_person`: the
    signal on the social map (organisations.Organisation, .ContactPerson); the contact
    person must work for that organisation (ValidationError otherwise); empty
    signalled_by_* texts are filled with their names. The apps that hang off a household
    check their part of the intake first (households.registry.IntakeExtension.check).
    """
    if not user.does_casework or not user.teams.filter(pk=team.pk).exists():
        raise PermissionError("user may not register households for this team")
    if contact_person is not None and (
        organisation is None or contact_person.organisation_id != organisation.pk
    ):
        raise ValidationError(
            _("The contact person does not work for the signalling organisation."),
            code="contact_person",
        )
    if organisation is not None and not signalled_by_organisation:
        signalled_by_organisation = organisation.name
    if contact_person is not None and not signalled_by_person:
        signalled_by_person = contact_person.name
    intake_fields = {
        "received_on": received_on,
        "channel": channel,
        "reason": reason,
        "signalled_by_organisation": signalled_by_organisation,
        "signalled_by_person": signalled_by_person,
        "organisation": organisation,
        "contact_person": contact_person,
        "info_point_session": info_point_session,
    }
    for extension in registry.intake_extensions():
        extension.check(team=team, intake=intake_fields)
    now = timezone.now()
    household = Household(
        team=team,
        name=household_name,
        is_known_to_ocmw=is_known_to_ocmw,
        created_by=user,
        signalled_at=now,
        status_changed_at=now,
        **(address or {}),
    )
    intake = Intake(
        household=household,
        received_on=received_on or timezone.localdate(),
        channel=channel,
        reason=reason,
        signalled_by_organisation=signalled_by_organisation,
        signalled_by_person=signalled_by_person,
        organisation=organisation,
        contact_person=contact_person,
        info_point_session=info_point_session,
        created_by=user,
    )
    validate_row(household)
    validate_row(intake)
    household.save()
    if assign_to_me:
        household.assigned_workers.add(user)
    for data in members or []:
        _create_member(household=household, user=user, data=data)
    intake.household = household
    intake.save()
    StatusChange.objects.create(
        household=household, to_status=Status.SIGNALLED, changed_by=user, changed_at=now
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=household,
        purpose=PURPOSE,
        detail={
            "intake": intake.pk,
            "channel": channel.code,
            **({"organisation": organisation.pk} if organisation else {}),
            **({"info_point_session": info_point_session.pk} if info_point_session else {}),
        },
    )
    return household


def _create_member(*, household: Household, user: User, data: dict[str, Any]) -> Member:
    data = dict(data)
    if data.get("insz"):
        data["insz"] = normalize_insz(data["insz"])
    member = Member(household=household, created_by=user, **data)
    member.full_clean()
    member.save()
    return member


@transaction.atomic
def add_member(*, user: User, household: Household, **data: Any) -> Member:
    member = _create_member(household=household, user=user, data=data)
    audit.record(user=user, action=audit.Action.CREATE, obj=member, purpose=PURPOSE)
    return member


@transaction.atomic
def update_member(
    *, user: User, member: Member, expected_version: int | None = None, **data: Any
) -> Member:
    """Save the changed MEMBER_FIELDS (core.services.model_update) and audit them.

    Raises UnknownFieldError for another field, ValidationError for a bad value and
    ConcurrentEditError for a stale `expected_version` or a member removed meanwhile.
    """
    if data.get("insz"):
        data["insz"] = normalize_insz(data["insz"])
    member, changed = model_update(
        instance=member,
        fields=MEMBER_FIELDS,
        data=data,
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=member,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )
    return member


def _audit_removal(*, user: User, obj, reason: str, **detail: Any) -> None:
    audit.record(
        user=user,
        action=audit.Action.DELETE,
        obj=obj,
        purpose=PURPOSE,
        detail={"removed": True, "reason": reason, **detail},
    )


@transaction.atomic
def remove_member(
    *, user: User, member: Member, reason: str, expected_version: int | None = None
) -> Member:
    """Remove a member written down by mistake (core.services.remove_record): they leave
    the dossier, the lists and the counts; the row, who removed it, when and why stay, and
    the audit entry names the reason.

    Raises ValidationError for a missing reason, ConcurrentEditError for a stale
    `expected_version` or a member removed already.
    """
    member = remove_record(
        instance=member, user=user, reason=reason, expected_version=expected_version
    )
    _audit_removal(user=user, obj=member, reason=member.removal_reason)
    return member


@transaction.atomic
def update_household(
    *, user: User, household: Household, expected_version: int, **changes: Any
) -> Household:
    """Save the changed EDITABLE_FIELDS, only if nobody saved the household since
    `expected_version` (core.services.model_update), and audit them.

    Raises ConcurrentEditError (and writes nothing) when the version moved on,
    UnknownFieldError (a ValueError) for a field outside EDITABLE_FIELDS, ValidationError
    for a bad value.
    """
    household, changed = model_update(
        instance=household,
        fields=EDITABLE_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=household,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )
    return household


@transaction.atomic
def change_status(
    *,
    user: User,
    household: Household,
    to_status: str,
    reason: str = "",
    note: str = "",
    at=None,
) -> Household:
    """Move the household to `to_status`, dated and attributed, following ALLOWED_TRANSITIONS.

    Closing needs a reason. Raises StatusChangeError otherwise; nothing is written then.
    """
    household = Household.objects.select_for_update().get(pk=household.pk)
    ALLOWED_TRANSITIONS.check(household.status, to_status, error=StatusChangeError)
    if to_status == Status.CLOSED and reason not in ClosingReason.values:
        raise StatusChangeError(_("Give a reason to close the file."), code="reason")
    at = at or timezone.now()
    StatusChange.objects.create(
        household=household,
        from_status=household.status,
        to_status=to_status,
        changed_at=at,
        changed_by=user,
        reason=reason if to_status == Status.CLOSED else "",
        note=note,
    )
    previous = household.status
    household.status = to_status
    household.status_changed_at = at
    household.closing_reason = reason if to_status == Status.CLOSED else ""
    household.version += 1
    household.save(update_fields=["status", "status_changed_at", "closing_reason", "version"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=household,
        purpose=PURPOSE,
        detail={"status": [previous, to_status]},
    )
    return household


@transaction.atomic
def assign_workers(*, user: User, household: Household, workers) -> Household:
    """Assign outreachers; only workers of the household's team can be assigned."""
    workers = list(workers)
    foreign = [
        w
        for w in workers
        if not (w.does_casework and w.teams.filter(pk=household.team_id).exists())
    ]
    if foreign:
        raise ValidationError(_("Only caseworkers of the family's team can be assigned."))
    household.assigned_workers.set(workers)
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=household,
        purpose=PURPOSE,
        detail={"assigned": [w.username for w in workers]},
    )
    return household


@transaction.atomic
def add_need(
    *, user: User, household: Household, domain: LifeDomain, description: str, priority: int = 2
) -> Need:
    """Raises ValidationError (nothing written) for a description too long or empty."""
    need = Need(
        household=household,
        domain=domain,
        description=description,
        priority=priority,
        created_by=user,
    )
    validate_row(need)
    need.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=need, purpose=PURPOSE)
    return need


@transaction.atomic
def set_need_state(
    *, user: User, need: Need, state: str, expected_version: int | None = None
) -> Need:
    """Move the need to `state`; its version moves on, like any change of the need.

    Raises ValidationError for an unknown state, ConcurrentEditError for a stale
    `expected_version` or a need removed meanwhile.
    """
    if state not in Need.State.values:
        raise ValidationError(_("Unknown status."))
    need, changed = model_update(
        instance=need,
        fields=("state",),
        data={"state": state},
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=need,
            purpose=PURPOSE,
            detail={"state": state},
        )
    return need


@transaction.atomic
def update_need(
    *, user: User, need: Need, expected_version: int | None = None, **changes: Any
) -> Need:
    """Correct a need (NEED_FIELDS, through core.services.model_update) and audit the
    changed fields.

    Raises UnknownFieldError for another field, ValidationError for a bad value and
    ConcurrentEditError for a stale `expected_version` or a need removed meanwhile.
    """
    need, changed = model_update(
        instance=need,
        fields=NEED_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=need,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )
    return need


@transaction.atomic
def remove_need(
    *, user: User, need: Need, reason: str, expected_version: int | None = None
) -> Need:
    """Remove a need written down by mistake, for `reason` (see remove_member). A referral
    made for it keeps pointing at it."""
    need = remove_record(instance=need, user=user, reason=reason, expected_version=expected_version)
    _audit_removal(user=user, obj=need, reason=need.removal_reason)
    return need
