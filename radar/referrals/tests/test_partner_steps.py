"""The partner's steps go through the worker's service (move_referral) with the partner's
table (PARTNER_REFERRAL_TRANSITIONS): the same checks, events and audit, fewer steps."""

import pytest

from radar.core.models import AuditEntry
from radar.referrals import services
from radar.referrals.models import (
    PARTNER_REFERRAL_TRANSITIONS,
    REFERRAL_TRANSITIONS,
    ReferralStatus,
)
from radar.referrals.tests.factories import ReferralFactory, SentReferralFactory

pytestmark = pytest.mark.django_db


def test_the_partner_table_is_the_referral_table_without_the_casework_steps():
    for status in ReferralStatus.values:
        partner = PARTNER_REFERRAL_TRANSITIONS.allowed_from(status)
        assert set(partner) <= set(REFERRAL_TRANSITIONS.allowed_from(status))
        assert not {ReferralStatus.SENT, ReferralStatus.CLOSED} & set(partner)
    assert PARTNER_REFERRAL_TRANSITIONS.allowed_from(ReferralStatus.SENT) == (
        ReferralStatus.ACCEPTED,
        ReferralStatus.DECLINED,
    )


def test_a_partner_answers_through_move_referral(partner, household):
    referral = SentReferralFactory(household=household)

    services.move_referral(
        user=partner,
        referral=referral,
        to_status=ReferralStatus.ACCEPTED,
        transitions=PARTNER_REFERRAL_TRANSITIONS,
        purpose="partner",
    )

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    event = referral.events.get()
    assert (event.from_status, event.to_status, event.changed_by) == ("sent", "accepted", partner)
    entry = AuditEntry.objects.get(action="update")
    assert (entry.purpose, entry.detail) == ("partner", {"from": "sent", "to": "accepted"})


@pytest.mark.parametrize(
    ("status", "to_status"),
    [
        (ReferralStatus.PROPOSED, ReferralStatus.SENT),
        (ReferralStatus.DECLINED, ReferralStatus.CLOSED),
    ],
)
def test_a_partner_cannot_take_a_casework_step(partner, household, status, to_status):
    """Steps the worker may take from there (see REFERRAL_TRANSITIONS), refused to a partner."""
    assert REFERRAL_TRANSITIONS.can_move(status, to_status)
    referral = ReferralFactory(household=household, status=status, declined_reason="Vol")

    with pytest.raises(services.ReferralError) as error:
        services.move_referral(
            user=partner,
            referral=referral,
            to_status=to_status,
            transitions=PARTNER_REFERRAL_TRANSITIONS,
            purpose="partner",
        )

    assert error.value.code == "transition"
    referral.refresh_from_db()
    assert referral.status == status
    assert not referral.events.exists()
    assert not AuditEntry.objects.exists()
