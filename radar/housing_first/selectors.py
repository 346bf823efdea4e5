"""Reading Housing First records, always inside households the user may see.

A candidacy or tenancy is looked up through its household, obtained with
radar.households.selectors.get_household_for; every read of a candidacy writes one audit
entry (the candidacy, with its household), every refusal one "denied" entry. A commission
and its meetings belong to a team: only that team's casework users see them, and reading a
meeting is logged once per family on its agenda.
"""

import re

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import User
from radar.core import audit
from radar.households.models import Household
from radar.households.selectors import get_household_for, team_ids_of, visible_households
from radar.housing_first.models import (
    AgendaItem,
    Candidacy,
    CandidacyEvent,
    Commission,
    Meeting,
    Tenancy,
    TenancyEvent,
)

PURPOSE = "housing first"


class CandidacyNotFound(Http404):
    """A candidacy that does not exist, or that the user may not see."""


class TenancyNotFound(Http404):
    """A tenancy that does not exist, or that the user may not see."""


class MeetingNotFound(Http404):
    """A commission or meeting that does not exist, or of another team."""


def _denied(user: User, object_type: str, pk, channel: str, household_id=None) -> None:
    audit.record(
        user=user,
        action=audit.Action.DENIED,
        object_type=object_type,
        household_id=household_id,
        purpose=PURPOSE,
        channel=channel,
        detail={"id": pk},
    )


def _pk(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# -- Candidacies -----------------------------------------------------------------------------


def candidacies_of(household: Household) -> QuerySet[Candidacy]:
    """The candidacies of a household the caller reached through the access layer."""
    return Candidacy.objects.filter(household=household)


def list_candidacies_for(*, user: User) -> QuerySet[Candidacy]:
    """The candidacies of every household the user may see (none for roles without casework)."""
    return Candidacy.objects.filter(
        household__in=visible_households(user).values("pk")
    ).select_related("household")


def get_candidacy_for(
    *, user: User, candidacy_id, household: Household | None = None, channel: str = "web"
) -> Candidacy:
    """The candidacy, with its history and decisions, if the user may see its family.

    With `household` (from get_household_for), it must be that family's. The read is one
    audit entry ("view" of the candidacy, with its household). Raises CandidacyNotFound,
    and logs the refusal, for a candidacy that does not exist, is of another family, or of
    a family the user may not see (the same answer for each)."""
    pk = _pk(candidacy_id)
    if pk is None:
        _denied(user, "housing_first.candidacy", pk, channel, household.pk if household else None)
        raise CandidacyNotFound(_("No such candidacy for this family."))
    household_id = Candidacy.objects.filter(pk=pk).values_list("household_id", flat=True).first()
    if household is not None:
        if household_id != household.pk:
            _denied(user, "housing_first.candidacy", pk, channel, household.pk)
            raise CandidacyNotFound(_("No such candidacy for this family."))
    elif household_id is None:
        _denied(user, "housing_first.candidacy", pk, channel)
        raise CandidacyNotFound(_("No such candidacy for this family."))
    else:
        # Logs the refusal itself for a family of another team (a 404 as well).
        household = get_household_for(
            user=user, household_id=household_id, purpose=PURPOSE, channel=channel, log=False
        )
    events = CandidacyEvent.objects.select_related("changed_by").order_by("changed_at", "id")
    items = AgendaItem.objects.select_related("meeting__commission").prefetch_related(
        "not_taking_part"
    ).order_by("meeting__held_on", "id")  # fmt: skip
    candidacy = (
        Candidacy.objects.filter(pk=pk, household=household)
        .prefetch_related(Prefetch("events", queryset=events), Prefetch("items", queryset=items))
        .get()
    )
    candidacy.household = household
    audit.record(
        user=user, action=audit.Action.VIEW, obj=candidacy, purpose=PURPOSE, channel=channel
    )
    return candidacy


# -- Tenancies -------------------------------------------------------------------------------


def tenancies_of(household: Household) -> QuerySet[Tenancy]:
    return Tenancy.objects.filter(household=household)


def list_tenancies_for(*, user: User) -> QuerySet[Tenancy]:
    return Tenancy.objects.filter(
        household__in=visible_households(user).values("pk")
    ).select_related("household")


def get_tenancy_for(
    *, user: User, tenancy_id, household: Household | None = None, channel: str = "web"
) -> Tenancy:
    """The tenancy with its events, if the user may see its family (as get_candidacy_for:
    one audit entry per read, the same 404 for missing and not theirs, logged)."""
    pk = _pk(tenancy_id)
    if pk is None:
        _denied(user, "housing_first.tenancy", pk, channel, household.pk if household else None)
        raise TenancyNotFound(_("No such tenancy for this family."))
    household_id = Tenancy.objects.filter(pk=pk).values_list("household_id", flat=True).first()
    if household is not None:
        if household_id != household.pk:
            _denied(user, "housing_first.tenancy", pk, channel, household.pk)
            raise TenancyNotFound(_("No such tenancy for this family."))
    elif household_id is None:
        _denied(user, "housing_first.tenancy", pk, channel)
        raise TenancyNotFound(_("No such tenancy for this family."))
    else:
        household = get_household_for(
            user=user, household_id=household_id, purpose=PURPOSE, channel=channel, log=False
        )
    tenancy = (
        Tenancy.objects.filter(pk=pk, household=household)
        .prefetch_related(Prefetch("events", queryset=TenancyEvent.objects.all()))
        .get()
    )
    tenancy.household = household
    audit.record(user=user, action=audit.Action.VIEW, obj=tenancy, purpose=PURPOSE, channel=channel)
    return tenancy


# -- The commission --------------------------------------------------------------------------


def visible_commissions(user: User) -> QuerySet[Commission]:
    """The commissions of the user's own teams (none for roles without casework)."""
    if user is None or not user.is_authenticated or not user.does_casework:
        return Commission.objects.none()
    return Commission.objects.filter(team_id__in=team_ids_of(user))


def get_commission_for(*, user: User, commission_id) -> Commission:
    pk = _pk(commission_id)
    commission = (
        visible_commissions(user).select_related("team").filter(pk=pk).first()
        if pk is not None
        else None
    )
    if commission is None:
        _denied(user, "housing_first.commission", pk, "web")
        raise MeetingNotFound(_("No such commission in your team."))
    return commission


def get_meeting_for(*, user: User, meeting_id, log: bool = True) -> Meeting:
    """The meeting, with its agenda and decisions, if its commission is of the user's team.

    A read is written to the audit log once per family on the agenda. Raises
    MeetingNotFound, and logs the refusal, when it does not exist or is of another team."""
    pk = _pk(meeting_id)
    meeting = (
        Meeting.objects.filter(commission__in=visible_commissions(user), pk=pk)
        .select_related("commission__team")
        .prefetch_related(
            "present",
            "commission__members",
            Prefetch(
                "items",
                queryset=AgendaItem.objects.select_related("candidacy__household")
                .prefetch_related("not_taking_part")
                .order_by("id"),
            ),
        )
        .first()
        if pk is not None
        else None
    )
    if meeting is None:
        _denied(user, "housing_first.meeting", pk, "web")
        raise MeetingNotFound(_("No such meeting in your team."))
    if log:
        household_ids = sorted({item.candidacy.household_id for item in meeting.items.all()})
        for household_id in household_ids or [None]:  # type: ignore[list-item]
            audit.record(
                user=user,
                action=audit.Action.VIEW,
                obj=meeting,
                household_id=household_id,
                purpose=PURPOSE,
            )
    return meeting


def submitted_candidacies_for(*, user: User, commission: Commission) -> QuerySet[Candidacy]:
    """Submitted candidacies of the commission's team the user may see: what can go on an
    agenda (names only; reading one is get_candidacy_for)."""
    return (
        list_candidacies_for(user=user)
        .filter(status="submitted", household__team_id=commission.team_id)
        .order_by("submitted_on", "id")
    )


# Words that name a family without being its name ("Gezin Janssens", "Famille Dubois").
_FAMILY_WORDS = {"gezin", "famille", "family", "familie"}


def initials(name: str) -> str:
    """ "Famille Dubois-Leroy" → "D.": what the minutes show of a family whose name the
    commission did not agree to write."""
    parts = [p for p in re.split(r"[\s-]+", name) if p and p.lower() not in _FAMILY_WORDS]
    return " ".join(f"{part[0].upper()}." for part in parts[:3]) or "?"
