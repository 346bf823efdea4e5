"""Every change to consents: recorded and withdrawn, each with its audit entry."""

from datetime import date

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Role, Team, User
from radar.consents.models import Consent, PartnerSignal, validate_categories
from radar.core import audit
from radar.core.validators import validate_row
from radar.households.models import Channel, Household, Intake, Status, StatusChange


@transaction.atomic
def record_consent(
    *,
    user: User,
    household: Household,
    organisation,
    categories: list[str],
    purpose: str,
    given_how: str,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> Consent:
    """Record the family's consent to share `categories` with `organisation`.

    `household` must come from the access layer. Raises ValidationError for an empty or
    unknown category, or an end before the start.
    """
    categories = list(dict.fromkeys(categories))
    validate_categories(categories)
    consent = Consent(
        household=household,
        organisation=organisation,
        categories=categories,
        purpose=purpose.strip(),
        given_how=given_how,
        valid_from=valid_from or timezone.localdate(),
        valid_until=valid_until,
        recorded_by=user,
        created_by=user,
    )
    consent.full_clean()
    consent.save()
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=consent,
        purpose="casework",
        detail={"organisation": organisation.pk, "categories": categories},
    )
    return consent


@transaction.atomic
def withdraw_consent(*, user: User, consent: Consent) -> Consent:
    """Withdraw a consent now: the partner's access ends with this transaction.

    Raises ValidationError if it was already withdrawn.
    """
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is not None:
        raise ValidationError(_("This consent was already withdrawn."))
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_by = user
    consent.save(update_fields=["withdrawn_at", "withdrawn_by", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=consent,
        purpose="casework",
        detail={"withdrawn": True},
    )
    return consent


def team_for_partner_signals(organisation):
    """The outreach team that receives partner signals: the setting
    RADAR_PARTNER_SIGNAL_TEAM (a team id) if set, else the first team (by name) of the
    organisation's municipality, else the first team. None if there is no team."""
    team_id = getattr(settings, "RADAR_PARTNER_SIGNAL_TEAM", None)
    if team_id:
        return Team.objects.filter(pk=team_id).first()
    teams = Team.objects.order_by("name", "pk")
    if organisation.municipality_id is not None:
        local = teams.filter(municipality_id=organisation.municipality_id).first()
        if local is not None:
            return local
    return teams.first()


@transaction.atomic
def signal_family(*, user: User, who: str, why: str, family_knows: bool, contact: str = ""):
    """A partner user signals a family: a new household (status "signalled") with an
    intake on the "partner" channel from the user's organisation, for the outreach team
    of team_for_partner_signals. Returns the PartnerSignal.

    Raises PermissionError for anyone but a partner user with an organisation, and
    ValidationError when no team can receive it or `who` or `contact` is too long.
    """
    if not (user.is_active and user.role == Role.PARTNER and user.organisation_id):
        raise PermissionError("only a partner user of an organisation signals families")
    organisation = user.organisation
    if organisation is None:  # checked above; read once more for the type checker
        raise PermissionError("only a partner user of an organisation signals families")
    team = team_for_partner_signals(organisation)
    if team is None:
        raise ValidationError(_("No outreach team can receive signals yet."))
    who = who.strip()
    now = timezone.now()
    household = Household(
        team=team,
        name=who,
        phone=contact.strip(),
        created_by=user,
        signalled_at=now,
        status_changed_at=now,
    )
    try:
        validate_row(household)
    except ValidationError as invalid:
        # Nothing is cut short: the partner hears what is too long, by the words they typed.
        typed = {"name": "who", "phone": "contact"}
        raise ValidationError(
            {
                typed.get(field, NON_FIELD_ERRORS): errors
                for field, errors in invalid.message_dict.items()
            }
        ) from invalid
    household.save()
    intake = Intake.objects.create(
        household=household,
        channel=Channel.objects.get(code="partner"),
        reason=why.strip(),
        signalled_by_organisation=organisation.name,
        signalled_by_person=user.get_full_name() or user.username,
        organisation=organisation,
        created_by=user,
    )
    StatusChange.objects.create(
        household=household, to_status=Status.SIGNALLED, changed_by=user, changed_at=now
    )
    signal = PartnerSignal.objects.create(
        organisation=organisation,
        signalled_by=user,
        household=household,
        who=who,
        family_knows=family_knows,
        created_by=user,
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=household,
        purpose="partner signal",
        detail={
            "intake": intake.pk,
            "channel": "partner",
            "organisation": organisation.pk,
            "family_knows": family_knows,
        },
    )
    return signal
