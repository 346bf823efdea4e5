from typing import Any

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from radar.accounts.models import User
from radar.contacts.models import ContactMoment, ContactType
from radar.core import audit
from radar.core.services import model_update, remove_record
from radar.core.validators import validate_row
from radar.households.models import Household

PURPOSE = "casework"

# Fields a worker may correct through correct_contact (the participants are set apart).
CONTACT_FIELDS = (
    "occurred_at",
    "contact_type",
    "is_reached",
    "place",
    "duration_minutes",
    "other_participants",
    "note",
)


@transaction.atomic
def record_contact(
    *,
    user: User,
    household: Household,
    contact_type: ContactType,
    occurred_at=None,
    is_reached: bool = True,
    place: str = "",
    duration_minutes: int | None = None,
    participants=(),
    other_participants: str = "",
    note: str = "",
) -> ContactMoment:
    """Record a contact moment, or an attempt that did not reach the family.

    Keeps household.last_reached_at / last_attempt_at current, which the
    "losing contact" list reads. Raises ValidationError (keyed by field, nothing written)
    for a date outside ContactMoment.clean()'s window (a year typed as 2052 would hide the
    family from "losing contact" for good), a duration out of bounds or a text too long.
    """
    occurred_at = occurred_at or timezone.now()
    contact = ContactMoment(
        household=household,
        occurred_at=occurred_at,
        contact_type=contact_type,
        is_reached=is_reached,
        place=place,
        duration_minutes=duration_minutes,
        other_participants=other_participants,
        note=note,
        worker=user,
        created_by=user,
    )
    validate_row(contact)
    contact.save()
    members = [m for m in participants if m.household_id == household.pk]
    if members:
        contact.participants.set(members)
    # Only move the markers forward: a contact entered afterwards may be older.
    Household.objects.filter(pk=household.pk).filter(
        Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=occurred_at)
    ).update(last_attempt_at=occurred_at)
    if is_reached:
        Household.objects.filter(pk=household.pk).filter(
            Q(last_reached_at__isnull=True) | Q(last_reached_at__lt=occurred_at)
        ).update(last_reached_at=occurred_at)
    household.refresh_from_db(fields=["last_attempt_at", "last_reached_at"])
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=contact,
        purpose="casework",
        detail={"reached": is_reached},
    )
    return contact


def refresh_contact_markers(household: Household) -> None:
    """Recompute household.last_reached_at / last_attempt_at from the contacts that are
    kept, after a contact was corrected or removed (record_contact only moves them
    forward, which a correction may not do: ADR 0005)."""
    markers = ContactMoment.objects.filter(household_id=household.pk).aggregate(
        last_attempt_at=Max("occurred_at"),
        last_reached_at=Max("occurred_at", filter=Q(is_reached=True)),
    )
    Household.objects.filter(pk=household.pk).update(**markers)
    household.last_attempt_at = markers["last_attempt_at"]
    household.last_reached_at = markers["last_reached_at"]


@transaction.atomic
def correct_contact(
    *,
    user: User,
    contact: ContactMoment,
    expected_version: int | None = None,
    participants=None,
    **changes: Any,
) -> ContactMoment:
    """Correct a contact (CONTACT_FIELDS through core.services.model_update, and the family
    members present when `participants` is given); the audit entry names the changed
    fields. When its date or "reached" changed, the family's last contact is recomputed.

    Raises UnknownFieldError for another field, ValidationError for a date outside
    ContactMoment.clean()'s window or another bad value (model_update runs full_clean),
    ConcurrentEditError for a stale `expected_version` or a contact removed meanwhile;
    nothing is written then.
    """
    contact, changed = model_update(
        instance=contact,
        fields=CONTACT_FIELDS,
        data=changes,
        user=user,
        expected_version=expected_version,
    )
    changed = sorted(changed)
    if participants is not None:
        members = {m.pk for m in participants if m.household_id == contact.household_id}
        if members != set(contact.participants.values_list("pk", flat=True)):
            contact.participants.set(members)
            if not changed:
                # Only who was present changed: the version moves on all the same (the row
                # is locked and its version checked by model_update above).
                ContactMoment.objects.filter(pk=contact.pk).update(version=F("version") + 1)
                contact.refresh_from_db(fields=["version"])
            changed.append("participants")
    if {"occurred_at", "is_reached"} & set(changed):
        refresh_contact_markers(contact.household)
    if changed:
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=contact,
            purpose=PURPOSE,
            detail={"fields": sorted(changed)},
        )
    return contact


@transaction.atomic
def remove_contact(
    *, user: User, contact: ContactMoment, reason: str, expected_version: int | None = None
) -> ContactMoment:
    """Remove a contact written down by mistake (a wrong family, a double entry), for
    `reason` (core.services.remove_record): it leaves the dossier, the lists, the counts and
    the API, and the family's last contact is recomputed without it. The row and the reason
    stay; the audit entry names the reason.

    Raises ValidationError for a missing reason, ConcurrentEditError for a stale
    `expected_version` or a contact removed already.
    """
    contact = remove_record(
        instance=contact, user=user, reason=reason, expected_version=expected_version
    )
    refresh_contact_markers(contact.household)
    audit.record(
        user=user,
        action=audit.Action.DELETE,
        obj=contact,
        purpose=PURPOSE,
        detail={"removed": True, "reason": contact.removal_reason},
    )
    return contact
