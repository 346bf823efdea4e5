"""Every change to an info point session goes through one of these use cases.

The counts carry no personal data, so counting is not written to the audit log; creating
and editing a session is (who staffed it), and so is linking an intake (a family's dossier).
Callers get the session through radar.infopoint.selectors.get_session_for first.
"""

from datetime import date, time
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit
from radar.core.services import model_update
from radar.core.validators import validate_row
from radar.households.models import Intake, LifeDomain
from radar.infopoint.models import InfoPointSession, SessionQuestionCount

PURPOSE = "info point"

# Fields a worker may change through update_session.
EDITABLE_FIELDS = ("held_on", "start_time", "end_time", "neighbourhood", "location", "notes")

# A tap adds one; the "-1" button corrects a wrong tap.
ALLOWED_STEPS = (1, -1)


def _check_staff(team: Team, staff) -> list:
    staff = list(staff or [])
    outsiders = [u for u in staff if not u.teams.filter(pk=team.pk).exists()]
    if outsiders:
        raise ValidationError({"staff": _("Only members of the team can staff its sessions.")})
    return staff


@transaction.atomic
def create_session(
    *,
    user: User,
    team: Team,
    neighbourhood: str,
    held_on: date,
    location: str = "",
    start_time: time | None = None,
    end_time: time | None = None,
    staff=(),
    notes: str = "",
) -> InfoPointSession:
    """Plan or record a session of the team's info point.

    Raises PermissionError when the user does no casework in this team, ValidationError
    for an end before the start, an implausible date (InfoPointSession.clean), a text too
    long or staff from outside the team.
    """
    if not user.does_casework or not user.teams.filter(pk=team.pk).exists():
        raise PermissionError("user may not record info point sessions for this team")
    staff = _check_staff(team, staff)
    session = InfoPointSession(
        team=team,
        held_on=held_on,
        start_time=start_time,
        end_time=end_time,
        neighbourhood=neighbourhood.strip(),
        location=location.strip(),
        notes=notes,
        created_by=user,
    )
    validate_row(session)
    session.save()
    session.staff.set(staff)
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=session,
        purpose=PURPOSE,
        detail={"staff": sorted(u.pk for u in staff)},
    )
    return session


@transaction.atomic
def update_session(
    *,
    user: User,
    session: InfoPointSession,
    staff=None,
    expected_version: int | None = None,
    **changes: Any,
) -> InfoPointSession:
    """Change when, where (EDITABLE_FIELDS, through core.services.model_update) and by whom
    (`staff`); the counts have their own use cases.

    Raises UnknownFieldError for another field, ValidationError for an end before the start
    or an implausible date (InfoPointSession.clean, run by model_update), staff from outside
    the team or a bad value; nothing is written then.
    """
    if "neighbourhood" in changes:
        changes["neighbourhood"] = changes["neighbourhood"].strip()
    staff = _check_staff(session.team, staff) if staff is not None else None
    session, changed = model_update(
        instance=session,
        fields=EDITABLE_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    changed = sorted(changed)
    if staff is not None and {u.pk for u in staff} != set(
        session.staff.values_list("pk", flat=True)
    ):
        session.staff.set(staff)
        changed.append("staff")
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=session,
            purpose=PURPOSE,
            detail={"fields": changed},
        )
    return session


def _step(by: int) -> int:
    if by not in ALLOWED_STEPS:
        raise ValueError(f"count by one: {by}")
    return by


@transaction.atomic
def count_visitor(*, user: User, session: InfoPointSession, by: int = 1) -> InfoPointSession:
    """Add one visitor (or take one back after a wrong tap; never below zero)."""
    InfoPointSession.objects.filter(pk=session.pk).update(
        visitors=Greatest(F("visitors") + _step(by), 0)
    )
    session.refresh_from_db(fields=["visitors"])
    return session


@transaction.atomic
def count_question(
    *, user: User, session: InfoPointSession, domain: LifeDomain, by: int = 1
) -> SessionQuestionCount:
    """Add one anonymous question about a life domain (or take one back; never below zero)."""
    counter, _created = SessionQuestionCount.objects.get_or_create(session=session, domain=domain)
    SessionQuestionCount.objects.filter(pk=counter.pk).update(
        count=Greatest(F("count") + _step(by), 0)
    )
    counter.refresh_from_db(fields=["count"])
    return counter


def check_intake_session(*, household_team_id: int, session: InfoPointSession) -> None:
    """An intake can only come from a session of the family's own team."""
    if session.team_id != household_team_id:
        raise ValidationError({"info_point_session": _("This session belongs to another team.")})


@transaction.atomic
def link_intake(*, user: User, intake: Intake, session: InfoPointSession | None) -> Intake:
    """Say that this intake came from `session` (None: from no session).

    Raises ValidationError for a session of another team than the family's.
    """
    if session is not None:
        check_intake_session(household_team_id=intake.household.team_id, session=session)
    intake.info_point_session = session
    intake.save(update_fields=["info_point_session", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=intake,
        purpose=PURPOSE,
        detail={"info_point_session": session.pk if session else None},
    )
    return intake
