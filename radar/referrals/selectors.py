"""Reading referrals and lead partners, always inside households the user may see.

Households are reached only through radar.households.selectors: a referral is looked up
inside a household obtained with get_household_for, or among visible_households(user).
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import User
from radar.households.models import Household
from radar.households.selectors import visible_households
from radar.network.ecogram import EcogramTie
from radar.referrals.models import (
    AWAITING_FIRST_CONTACT,
    LeadPartner,
    Referral,
    ReferralEvent,
    ReferralStatus,
)


class ReferralNotFound(Http404):
    """A referral that does not exist, or is not of this household."""


def _with_parts(referrals: QuerySet[Referral]) -> QuerySet[Referral]:
    return referrals.select_related("organisation", "service", "contact_person", "need__domain")


def referrals_of(household: Household) -> QuerySet[Referral]:
    """The referrals of a household the caller reached through the access layer."""
    return _with_parts(Referral.objects.filter(household=household))


def get_referral_for(*, household: Household, referral_id) -> Referral:
    """The referral of this household (reached through get_household_for), with its history.

    Raises ReferralNotFound for a referral of another household or one that does not exist.
    """
    events = ReferralEvent.objects.select_related("changed_by").order_by("changed_at", "id")
    referral = (
        referrals_of(household)
        .prefetch_related(Prefetch("events", queryset=events))
        .filter(pk=referral_id)
        .first()
    )
    if referral is None:
        raise ReferralNotFound(_("No such referral for this family."))
    return referral


def list_referrals_for(*, user: User) -> QuerySet[Referral]:
    """The referrals of every household the user may see (none for roles without casework)."""
    return _with_parts(
        Referral.objects.filter(household__in=visible_households(user).values("pk"))
    ).select_related("household")


def first_contact_cutoff(now=None, days: int | None = None):
    now = now or timezone.now()
    days = settings.RADAR_REFERRAL_FIRST_CONTACT_DAYS if days is None else days
    return now - timedelta(days=days)


def referrals_awaiting_first_contact(
    user: User, days: int | None = None, *, households=None, now=None
) -> QuerySet[Referral]:
    """Sent or accepted referrals without a confirmed first contact `days` (default
    RADAR_REFERRAL_FIRST_CONTACT_DAYS) after they were sent: the worker's reminder.

    `households` narrows the scope (a queryset of visible households, or one household).
    """
    scope = visible_households(user)
    if isinstance(households, Household):
        scope = scope.filter(pk=households.pk)
    elif households is not None:
        scope = households
    return (
        _with_parts(
            Referral.objects.filter(
                household__in=scope.values("pk"),
                status__in=AWAITING_FIRST_CONTACT,
                sent_at__lt=first_contact_cutoff(now, days),
            )
        )
        .select_related("household")
        .order_by("sent_at", "id")
    )


def lead_partners_of(household: Household) -> list[LeadPartner]:
    """The household's lead partners, the active one first, then the history."""
    return list(
        LeadPartner.objects.filter(household=household)
        .select_related("organisation", "contact_person", "set_by")
        .order_by(F("until_on").asc(nulls_first=True), "-from_on", "-id")
    )


def referral_ties(household: Household) -> list[EcogramTie]:
    """The professionals involved through open, accepted referrals, for the ecogram (one
    query). Registered with radar.network.selectors.register_extra_ties in apps.py."""
    involved = referrals_of(household).filter(
        status__in=[ReferralStatus.ACCEPTED, ReferralStatus.FIRST_CONTACT_CONFIRMED,
                    ReferralStatus.OUTCOME_RECORDED]
    )  # fmt: skip
    ties = []
    seen = set()
    for referral in involved:
        name = referral.receiver or referral.organisation.name
        key = (name, referral.organisation_id)
        if key in seen:
            continue
        seen.add(key)
        ties.append(
            EcogramTie(
                name=name,
                kind="professional",
                quality="supports",
                relation=referral.organisation.name,
                source="referral",
            )
        )
    return ties
