"""Every change in Housing First goes through one of these use cases.

Each checks its rule (CANDIDACY_TRANSITIONS, through move_candidacy; the decision rules in
decide_candidacy), writes the change, its dated event where there is one, and the audit
entry in one transaction, and returns the changed object. Callers get the household
through radar.households.selectors.get_household_for first (housing_first.selectors).
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit
from radar.core.services import model_update
from radar.core.validators import validate_past_date, validate_row
from radar.households.models import Household
from radar.housing_first.models import (
    CANDIDACY_TRANSITIONS,
    AgendaItem,
    Candidacy,
    CandidacyEvent,
    CandidacyStatus,
    Commission,
    CommissionMember,
    Decision,
    Meeting,
    Tenancy,
    TenancyEvent,
)

PURPOSE = "housing first"

# What a worker writes with the family (prepare_candidacy, update_candidacy).
CANDIDACY_FIELDS = (
    "housing_history",
    "what_was_tried",
    "life_project",
    "priorities",
    "strengths",
    "children",
    "network",
    "health",
    "debts",
)
# What a worker corrects on a tenancy (update_tenancy); its end goes through end_tenancy too.
TENANCY_FIELDS = (
    "street",
    "postcode",
    "city",
    "owner_kind",
    "landlord",
    "rent_cents",
    "start_on",
    "guidance_team",
    "end_on",
    "end_reason",
    "end_note",
)


class HousingFirstError(ValidationError):
    """The change breaks a Housing First rule; nothing was written."""


def _check(instance) -> None:
    try:
        validate_row(instance)
    except ValidationError as invalid:
        raise HousingFirstError(invalid.message_dict) from invalid


# -- The candidacy ---------------------------------------------------------------------------


@transaction.atomic
def prepare_candidacy(*, user: User, household: Household, **fields: str) -> Candidacy:
    """Start the candidacy of a family (being prepared), with what was written so far.

    Raises HousingFirstError when the family already has a candidacy that is not
    withdrawn or refused, or for a field outside CANDIDACY_FIELDS."""
    unknown = set(fields) - set(CANDIDACY_FIELDS)
    if unknown:
        raise HousingFirstError(_("Not a field of the candidacy: %s") % ", ".join(sorted(unknown)))
    open_candidacy = (
        Candidacy.objects.filter(household=household)
        .exclude(status=CandidacyStatus.WITHDRAWN)
        .exclude(status=CandidacyStatus.DECIDED, decision=Decision.NOT_ADMITTED)
        .exists()
    )
    if open_candidacy:
        raise HousingFirstError(
            _("This family already has a candidacy: continue that one."), code="open_candidacy"
        )
    candidacy = Candidacy(household=household, created_by=user, **fields)
    _check(candidacy)
    candidacy.save()
    CandidacyEvent.objects.create(candidacy=candidacy, to_status=candidacy.status, changed_by=user)
    audit.record(user=user, action=audit.Action.CREATE, obj=candidacy, purpose=PURPOSE)
    return candidacy


@transaction.atomic
def update_candidacy(
    *,
    user: User,
    candidacy: Candidacy,
    data: dict[str, Any],
    expected_version: int | None = None,
    channel: str = "web",
) -> Candidacy:
    """Change the written dossier (CANDIDACY_FIELDS only), while it may be written: being
    prepared, or after a postponement or refusal. Raises HousingFirstError otherwise,
    core.services.UnknownFieldError for another field, ConcurrentEditError for a stale
    version."""
    # The status as stored: the caller's object may be older than the last decision.
    candidacy.refresh_from_db(fields=["status", "decision"])
    if not candidacy.is_editable:
        raise HousingFirstError(
            _("The commission has this candidacy: it can be changed after its decision."),
            code="not_editable",
        )
    candidacy, changed = model_update(
        instance=candidacy,
        fields=CANDIDACY_FIELDS,
        data=data,
        user=user,
        expected_version=expected_version,
    )
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=candidacy,
            purpose=PURPOSE,
            channel=channel,
            detail={"fields": changed},
        )
    return candidacy


@transaction.atomic
def move_candidacy(
    *,
    user: User,
    candidacy: Candidacy,
    to_status: str,
    note: str = "",
    on: date | None = None,
    channel: str = "web",
) -> Candidacy:
    """Submit (or submit again) or withdraw a candidacy, dated and attributed.

    Submitting again (or withdrawing) a decided candidacy is allowed only after a
    postponement or a refusal: admitted is final. Withdrawing needs a note. "decided" is
    reached only through decide_candidacy. Raises HousingFirstError otherwise; nothing is
    written then."""
    candidacy = Candidacy.objects.select_for_update().get(pk=candidacy.pk)
    CANDIDACY_TRANSITIONS.check(candidacy.status, to_status, error=HousingFirstError)
    if to_status == CandidacyStatus.DECIDED:
        raise HousingFirstError(
            _("The commission decides: record its decision in the meeting."), code="decided"
        )
    if candidacy.status == CandidacyStatus.DECIDED and not candidacy.may_be_resubmitted:
        # Admitted is final: the family's path goes on in its tenancy.
        raise HousingFirstError(
            _("An admitted family's candidacy is not submitted again."), code="admitted"
        )
    note = (note or "").strip()
    at = timezone.now()
    fields = ["status", "status_changed_at", "modified_at", "version"]
    if to_status == CandidacyStatus.WITHDRAWN and not note:
        raise HousingFirstError(_("Say why the candidacy is withdrawn."), code="note")
    if to_status == CandidacyStatus.SUBMITTED:
        on = on or timezone.localdate(at)
        try:
            validate_past_date(on)
        except ValidationError as invalid:
            raise HousingFirstError(invalid.messages, code="submitted_on") from invalid
        candidacy.submitted_on = on
        candidacy.submissions += 1
        fields += ["submitted_on", "submissions"]
    previous = candidacy.status
    CandidacyEvent.objects.create(
        candidacy=candidacy, from_status=previous, to_status=to_status, changed_at=at,
        changed_by=user, note=note,
    )  # fmt: skip
    candidacy.status = to_status
    candidacy.status_changed_at = at
    candidacy.version += 1
    candidacy.save(update_fields=fields)
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=candidacy,
        purpose=PURPOSE,
        channel=channel,
        detail={"from": previous, "to": to_status},
    )
    return candidacy


def submit_candidacy(
    *, user: User, candidacy: Candidacy, on: date | None = None, note: str = ""
) -> Candidacy:
    return move_candidacy(
        user=user, candidacy=candidacy, to_status=CandidacyStatus.SUBMITTED, on=on, note=note
    )


def withdraw_candidacy(*, user: User, candidacy: Candidacy, note: str) -> Candidacy:
    return move_candidacy(
        user=user, candidacy=candidacy, to_status=CandidacyStatus.WITHDRAWN, note=note
    )


# -- The inclusion commission ----------------------------------------------------------------


@transaction.atomic
def create_commission(*, user: User, team: Team, name: str, language: str = "") -> Commission:
    commission = Commission(team=team, name=name, created_by=user)
    if language:
        commission.language = language
    _check(commission)
    commission.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=commission, purpose=PURPOSE)
    return commission


@transaction.atomic
def add_member(
    *, user: User, commission: Commission, name: str, organisation: str, organisation_kind: str = ""
) -> CommissionMember:
    member = CommissionMember(
        commission=commission, name=name, organisation=organisation, created_by=user
    )
    if organisation_kind:
        member.organisation_kind = organisation_kind
    _check(member)
    member.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=member, purpose=PURPOSE)
    return member


@transaction.atomic
def plan_meeting(*, user: User, commission: Commission, held_on: date, place: str = "") -> Meeting:
    meeting = Meeting(commission=commission, held_on=held_on, place=place, created_by=user)
    _check(meeting)
    meeting.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=meeting, purpose=PURPOSE)
    return meeting


@transaction.atomic
def record_attendance(
    *, user: User, meeting: Meeting, present: Iterable[CommissionMember]
) -> Meeting:
    """Who of the commission was at the meeting. Raises HousingFirstError for a member of
    another commission."""
    present = list(present)
    if any(member.commission_id != meeting.commission_id for member in present):
        raise HousingFirstError(_("This person is not a member of this commission."))
    meeting.present.set(present)
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=meeting,
        purpose=PURPOSE,
        detail={"present": sorted(m.pk for m in present)},
    )
    return meeting


@transaction.atomic
def put_on_agenda(*, user: User, meeting: Meeting, candidacy: Candidacy) -> AgendaItem:
    """Put a submitted candidacy of the commission's team on the meeting's agenda.

    Raises HousingFirstError for a candidacy that is not submitted, of a family of another
    team, or already on this meeting's agenda."""
    candidacy = (
        Candidacy.objects.select_for_update().select_related("household").get(pk=candidacy.pk)
    )
    if candidacy.household.team_id != meeting.commission.team_id:
        raise HousingFirstError(_("This family is not one of the commission's team."))
    if candidacy.status != CandidacyStatus.SUBMITTED:
        raise HousingFirstError(
            _("Only a submitted candidacy goes on the agenda."), code="not_submitted"
        )
    if AgendaItem.objects.filter(meeting=meeting, candidacy=candidacy).exists():
        raise HousingFirstError(_("This candidacy is already on the agenda."), code="twice")
    item = AgendaItem.objects.create(
        meeting=meeting,
        candidacy=candidacy,
        submitted_on=candidacy.submitted_on or timezone.localdate(),
        created_by=user,
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=item,
        household_id=candidacy.household_id,
        purpose=PURPOSE,
        detail={"meeting": meeting.pk},
    )
    return item


@transaction.atomic
def decide_candidacy(
    *,
    user: User,
    item: AgendaItem,
    decision: str,
    reasons: str = "",
    what_is_needed: str = "",
    needed_by: date | None = None,
    name_agreed: bool = False,
    not_taking_part: Iterable[CommissionMember] = (),
) -> AgendaItem:
    """Record the commission's decision on one agenda item and move the candidacy to
    "decided".

    Not admitted needs the reasons (in words for the family); postponed needs what is
    needed and by when. Members not taking part (a conflict of interest) must be members
    of this commission. Raises HousingFirstError otherwise, or when the item was decided
    already or the candidacy is no longer submitted; nothing is written then."""
    item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    if item.decision:
        raise HousingFirstError(_("The commission decided on this already."), code="decided")
    if decision not in Decision.values:
        raise HousingFirstError(_("Choose the decision."), code="decision")
    not_taking_part = list(not_taking_part)
    if any(m.commission_id != item.meeting.commission_id for m in not_taking_part):
        raise HousingFirstError(_("This person is not a member of this commission."))
    candidacy = Candidacy.objects.select_for_update().get(pk=item.candidacy_id)
    CANDIDACY_TRANSITIONS.check(candidacy.status, CandidacyStatus.DECIDED, error=HousingFirstError)
    item.decision = decision
    item.reasons = (reasons or "").strip()
    item.what_is_needed = (what_is_needed or "").strip() if decision == Decision.POSTPONED else ""
    item.needed_by = needed_by if decision == Decision.POSTPONED else None
    item.name_agreed = bool(name_agreed)
    item.decided_at = timezone.now()
    item.decided_by = user
    _check(item)
    item.save()
    item.not_taking_part.set(not_taking_part)
    CandidacyEvent.objects.create(
        candidacy=candidacy, from_status=candidacy.status, to_status=CandidacyStatus.DECIDED,
        changed_at=item.decided_at, changed_by=user,
        note=f"{Decision(decision).label}: {item.reasons or item.what_is_needed}".strip(": "),
    )  # fmt: skip
    candidacy.status = CandidacyStatus.DECIDED
    candidacy.decision = decision
    candidacy.status_changed_at = item.decided_at
    candidacy.version += 1
    candidacy.save(
        update_fields=["status", "decision", "status_changed_at", "version", "modified_at"]
    )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=candidacy,
        purpose=PURPOSE,
        detail={
            "decision": decision,
            "meeting": item.meeting_id,
            "not_taking_part": sorted(m.pk for m in not_taking_part),
        },
    )
    return item


# -- The tenancy -----------------------------------------------------------------------------


@transaction.atomic
def start_tenancy(
    *,
    user: User,
    household: Household,
    start_on: date,
    street: str,
    owner_kind: str,
    candidacy: Candidacy | None = None,
    postcode: str = "",
    city: str = "",
    landlord: str = "",
    rent_cents: int | None = None,
    guidance_team: str = "",
    channel: str = "web",
) -> Tenancy:
    """Record that an admitted family moved into a dwelling of the project.

    Raises HousingFirstError for a candidacy of another family or one not admitted, for a
    family with a running tenancy, or for a row the model refuses."""
    if candidacy is not None:
        candidacy.refresh_from_db(fields=["status", "decision", "household"])
        if candidacy.household_id != household.pk:
            raise HousingFirstError(_("This candidacy belongs to another family."))
        if not candidacy.is_admitted:
            raise HousingFirstError(
                _("Only an admitted candidacy leads to a tenancy."), code="not_admitted"
            )
    tenancy = Tenancy(
        household=household, candidacy=candidacy, start_on=start_on, street=street,
        owner_kind=owner_kind, postcode=postcode, city=city, landlord=landlord,
        rent_cents=rent_cents, guidance_team=guidance_team, created_by=user,
    )  # fmt: skip
    _check(tenancy)
    if Tenancy.objects.filter(household=household, end_on__isnull=True).exists():
        raise HousingFirstError(_("This family already has a running tenancy."), code="running")
    tenancy.save()
    audit.record(
        user=user, action=audit.Action.CREATE, obj=tenancy, purpose=PURPOSE, channel=channel
    )
    return tenancy


@transaction.atomic
def update_tenancy(
    *,
    user: User,
    tenancy: Tenancy,
    data: dict[str, Any],
    expected_version: int | None = None,
    channel: str = "web",
) -> Tenancy:
    """Correct the tenancy or record its end (TENANCY_FIELDS only; the model's rules: an
    end date goes with a way of leaving, "other" with a note, not before the start).
    Raises ValidationError, UnknownFieldError or ConcurrentEditError; nothing is written."""
    try:
        tenancy, changed = model_update(
            instance=tenancy,
            fields=TENANCY_FIELDS,
            data=data,
            user=user,
            expected_version=expected_version,
        )
    except HousingFirstError:
        raise
    except ValidationError as invalid:
        if getattr(invalid, "code", None) == "not_editable":
            raise
        raise HousingFirstError(
            invalid.message_dict if hasattr(invalid, "error_dict") else invalid.messages
        ) from invalid
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=tenancy,
            purpose=PURPOSE,
            channel=channel,
            detail={"fields": changed},
        )
    return tenancy


def end_tenancy(
    *,
    user: User,
    tenancy: Tenancy,
    end_on: date,
    end_reason: str,
    end_note: str = "",
    expected_version: int | None = None,
) -> Tenancy:
    """The family left the dwelling on `end_on`, in the way `end_reason`."""
    if not tenancy.is_running:
        raise HousingFirstError(_("This tenancy has ended already."), code="ended")
    return update_tenancy(
        user=user,
        tenancy=tenancy,
        data={"end_on": end_on, "end_reason": end_reason, "end_note": end_note},
        expected_version=expected_version,
    )


@transaction.atomic
def record_tenancy_event(
    *, user: User, tenancy: Tenancy, kind: str, occurred_on: date | None = None, note: str = ""
) -> TenancyEvent:
    """Something that happened in the tenancy: arrears, a complaint, a repair, a child back
    home, school restarted, an evaluation meeting. Raises HousingFirstError for an unknown
    kind or an implausible date."""
    event = TenancyEvent(
        tenancy=tenancy,
        kind=kind,
        occurred_on=occurred_on or timezone.localdate(),
        note=(note or "").strip(),
        created_by=user,
    )
    _check(event)
    event.save()
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=event,
        household_id=tenancy.household_id,
        purpose=PURPOSE,
        detail={"kind": kind},
    )
    return event
