"""Every change to a referral or a lead partner goes through one of these use cases.

Each checks its rule (REFERRAL_TRANSITIONS in models.py, through move_referral), writes the
change, a dated and attributed ReferralEvent and the audit entry in one transaction, and
returns the changed object. Callers get the household through
radar.households.selectors.get_household_for first (partners: radar.consents.selectors).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import User
from radar.core import audit
from radar.core.states import StateMachine
from radar.core.validators import validate_past_date, validate_planning_date
from radar.households.models import Household, Need
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.referrals.models import (
    REFERRAL_TRANSITIONS,
    Introduction,
    LeadPartner,
    Referral,
    ReferralEvent,
    ReferralStatus,
)

PURPOSE = "casework"


class ReferralError(ValidationError):
    """The change breaks a referral rule; nothing was written."""


def _check_parts(*, household: Household, need, organisation, service, contact_person) -> None:
    if need is not None and need.household_id != household.pk:
        raise ReferralError(_("This need belongs to another family."), code="need")
    if service is not None and service.organisation_id != organisation.pk:
        raise ReferralError(_("This service belongs to another organisation."), code="service")
    if contact_person is not None and contact_person.organisation_id != organisation.pk:
        raise ReferralError(
            _("This contact person works for another organisation."), code="contact_person"
        )


@transaction.atomic
def refer_household(
    *,
    user: User,
    household: Household,
    organisation: Organisation,
    need: Need | None = None,
    service: Service | None = None,
    contact_person: ContactPerson | None = None,
    receiver_name: str = "",
    introduced_how: str = "",
    handover_note: str = "",
) -> Referral:
    """Propose a referral of the family to an organisation (optionally for one need).

    Raises ReferralError when the need, service or contact person do not fit together.
    """
    _check_parts(
        household=household,
        need=need,
        organisation=organisation,
        service=service,
        contact_person=contact_person,
    )
    if introduced_how and introduced_how not in Introduction.values:
        raise ReferralError(_("Choose how the family was introduced."), code="introduced_how")
    referral = Referral.objects.create(
        household=household,
        need=need,
        organisation=organisation,
        service=service,
        contact_person=contact_person,
        receiver_name=receiver_name,
        introduced_how=introduced_how,
        handover_note=handover_note,
        created_by=user,
    )
    ReferralEvent.objects.create(referral=referral, to_status=referral.status, changed_by=user)
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=referral,
        purpose=PURPOSE,
        detail={"organisation": organisation.pk},
    )
    return referral


def _check_plausible(validator, value) -> None:
    """A radar.core.validators window, raised as the ReferralError the views show."""
    try:
        validator(value)
    except ValidationError as invalid:
        raise ReferralError(invalid.messages, code="implausible_date") from invalid


@transaction.atomic
def move_referral(
    *,
    user: User,
    referral: Referral,
    to_status: str,
    note: str = "",
    declined_reason: str = "",
    first_contact_on: date | None = None,
    need_answered: bool | None = None,
    at=None,
    purpose: str = PURPOSE,
    transitions: StateMachine = REFERRAL_TRANSITIONS,
) -> Referral:
    """Move the referral one step along `transitions`, dated and attributed.

    Every status change of a referral goes through here: the worker's pages (the whole of
    REFERRAL_TRANSITIONS) and the partner's (PARTNER_REFERRAL_TRANSITIONS, purpose "partner").
    Declining needs a reason; confirming the first contact needs its date; recording the
    outcome needs need_answered (yes or no); closing needs an outcome (or a decline).
    Raises ReferralError otherwise; nothing is written then.
    """
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    transitions.check(referral.status, to_status, error=ReferralError)
    at = at or timezone.now()
    fields = ["status", "status_changed_at", "modified_at"]
    if to_status == ReferralStatus.SENT:
        referral.sent_at = at
        fields.append("sent_at")
    elif to_status == ReferralStatus.DECLINED:
        if not declined_reason.strip():
            raise ReferralError(_("Give the reason the referral was declined."), code="reason")
        referral.declined_reason = declined_reason.strip()
        fields.append("declined_reason")
    elif to_status == ReferralStatus.FIRST_CONTACT_CONFIRMED:
        if first_contact_on is None:
            raise ReferralError(_("Give the date of the first contact."), code="first_contact")
        if first_contact_on > timezone.localdate(at):
            raise ReferralError(_("The first contact cannot be in the future."), code="future")
        _check_plausible(validate_past_date, first_contact_on)
        referral.first_contact_on = first_contact_on
        fields.append("first_contact_on")
    elif to_status == ReferralStatus.OUTCOME_RECORDED:
        if need_answered is None:
            raise ReferralError(_("Say whether the need was answered."), code="outcome")
        referral.need_answered = need_answered
        referral.outcome_note = note
        fields += ["need_answered", "outcome_note"]
    elif to_status == ReferralStatus.CLOSED:
        if referral.status != ReferralStatus.DECLINED and referral.need_answered is None:
            raise ReferralError(_("Record the outcome before closing."), code="outcome")
    ReferralEvent.objects.create(
        referral=referral, from_status=referral.status, to_status=to_status, changed_at=at,
        changed_by=user,
        note=declined_reason.strip() if to_status == ReferralStatus.DECLINED else note,
    )  # fmt: skip
    previous = referral.status
    referral.status = to_status
    referral.status_changed_at = at
    referral.save(update_fields=fields)
    if to_status == ReferralStatus.OUTCOME_RECORDED and referral.need_id and need_answered:
        # The loop closes on the plan too: the need it came from is answered (a change of
        # the need, so its version moves on: an edit form opened before is refused).
        Need.objects.filter(pk=referral.need_id).update(
            state=Need.State.ANSWERED, version=F("version") + 1
        )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=referral,
        purpose=purpose,
        detail={"from": previous, "to": to_status},
    )
    return referral


def send_referral(*, user: User, referral: Referral, note: str = "") -> Referral:
    return move_referral(user=user, referral=referral, to_status=ReferralStatus.SENT, note=note)


def accept_referral(
    *, user: User, referral: Referral, note: str = "", purpose: str = PURPOSE
) -> Referral:
    return move_referral(
        user=user, referral=referral, to_status=ReferralStatus.ACCEPTED, note=note, purpose=purpose
    )


def decline_referral(
    *, user: User, referral: Referral, reason: str, purpose: str = PURPOSE
) -> Referral:
    return move_referral(
        user=user,
        referral=referral,
        to_status=ReferralStatus.DECLINED,
        declined_reason=reason,
        purpose=purpose,
    )


def confirm_first_contact(
    *,
    user: User,
    referral: Referral,
    first_contact_on: date,
    note: str = "",
    purpose: str = PURPOSE,
) -> Referral:
    return move_referral(
        user=user,
        referral=referral,
        to_status=ReferralStatus.FIRST_CONTACT_CONFIRMED,
        first_contact_on=first_contact_on,
        note=note,
        purpose=purpose,
    )


def record_outcome(
    *, user: User, referral: Referral, need_answered: bool, note: str = "", purpose: str = PURPOSE
) -> Referral:
    return move_referral(
        user=user,
        referral=referral,
        to_status=ReferralStatus.OUTCOME_RECORDED,
        need_answered=need_answered,
        note=note,
        purpose=purpose,
    )


def close_referral(*, user: User, referral: Referral, note: str = "") -> Referral:
    return move_referral(user=user, referral=referral, to_status=ReferralStatus.CLOSED, note=note)


@transaction.atomic
def set_lead_partner(
    *,
    user: User,
    household: Household,
    organisation: Organisation,
    person_name: str = "",
    contact_person: ContactPerson | None = None,
    from_on: date | None = None,
) -> LeadPartner:
    """Give the lead (regierol) to an organisation and person from `from_on` (today).

    The active lead partner, if any, ends the day before (or on `from_on` if it started
    then); there is never more than one active. Raises ReferralError when the contact
    person is of another organisation or `from_on` is before the current lead's start.
    """
    if contact_person is not None and contact_person.organisation_id != organisation.pk:
        raise ReferralError(
            _("This contact person works for another organisation."), code="contact_person"
        )
    from_on = from_on or timezone.localdate()
    _check_plausible(validate_planning_date, from_on)
    current = (
        LeadPartner.objects.select_for_update()
        .filter(household=household, until_on__isnull=True)
        .first()
    )
    if current is not None:
        if from_on < current.from_on:
            raise ReferralError(
                _("The new lead partner cannot start before the current one."), code="from_on"
            )
        current.until_on = from_on
        current.save(update_fields=["until_on", "modified_at"])
    lead = LeadPartner.objects.create(
        household=household,
        organisation=organisation,
        person_name=person_name,
        contact_person=contact_person,
        from_on=from_on,
        set_by=user,
        created_by=user,
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=lead,
        purpose=PURPOSE,
        detail={"organisation": organisation.pk, "previous": current.pk if current else None},
    )
    return lead


@transaction.atomic
def add_handover_note(
    *, user: User, referral: Referral, note: str, purpose: str = PURPOSE
) -> ReferralEvent:
    """Add a dated, attributed hand-over note to the referral's history (the status stays).

    Raises ReferralError when the note is empty; nothing is written then.
    """
    note = (note or "").strip()
    if not note:
        raise ReferralError(_("Write the hand-over note."), code="note")
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    event = ReferralEvent.objects.create(
        referral=referral,
        from_status=referral.status,
        to_status=referral.status,
        changed_by=user,
        note=note,
    )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=referral,
        purpose=purpose,
        detail={"handover_note": event.pk},
    )
    return event
