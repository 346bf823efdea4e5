from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from radar.accounts.models import User
from radar.contacts.models import ContactMoment, ContactType
from radar.core import audit
from radar.core.validators import validate_row
from radar.households.models import Household


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
