from datetime import timedelta

import pytest
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households.models import Need
from radar.households.tests.factories import NeedFactory
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    ServiceFactory,
)
from radar.referrals import services
from radar.referrals.models import ReferralStatus
from radar.referrals.tests.factories import ReferralFactory, SentReferralFactory

pytestmark = pytest.mark.django_db


def test_referring_a_family_proposes_a_referral_with_a_dated_attributed_event(
    outreacher, household
):
    need = NeedFactory(household=household)
    organisation = OrganisationFactory(name="CAW De Kempen")

    referral = services.refer_household(
        user=outreacher,
        household=household,
        organisation=organisation,
        need=need,
        receiver_name="Sara Onthaal",
        introduced_how="joint_visit",
    )

    assert referral.status == ReferralStatus.PROPOSED
    event = referral.events.get()
    assert (event.to_status, event.changed_by) == ("proposed", outreacher)
    assert AuditEntry.objects.filter(
        action="create", object_type="referrals.referral", household_id=household.pk
    ).exists()


def test_the_whole_loop_closes_and_answers_the_need(outreacher, household):
    need = NeedFactory(household=household)
    referral = services.refer_household(
        user=outreacher, household=household, organisation=OrganisationFactory(), need=need
    )
    services.send_referral(user=outreacher, referral=referral)
    services.accept_referral(user=outreacher, referral=referral)
    services.confirm_first_contact(
        user=outreacher, referral=referral, first_contact_on=timezone.localdate()
    )
    services.record_outcome(user=outreacher, referral=referral, need_answered=True)
    referral = services.close_referral(user=outreacher, referral=referral)

    assert referral.status == ReferralStatus.CLOSED
    assert [e.to_status for e in referral.events.order_by("changed_at", "id")] == [
        "proposed", "sent", "accepted", "first_contact_confirmed", "outcome_recorded", "closed",
    ]  # fmt: skip
    need.refresh_from_db()
    assert need.state == Need.State.ANSWERED
    assert not referral.needs_follow_up()


def test_a_referral_cannot_skip_a_step(outreacher, household):
    referral = ReferralFactory(household=household)

    with pytest.raises(services.ReferralError):
        services.accept_referral(user=outreacher, referral=referral)
    with pytest.raises(services.ReferralError):
        services.confirm_first_contact(
            user=outreacher, referral=referral, first_contact_on=timezone.localdate()
        )

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PROPOSED
    assert referral.events.count() == 0


def test_declining_needs_a_reason(outreacher, household):
    referral = SentReferralFactory(household=household)

    with pytest.raises(services.ReferralError):
        services.decline_referral(user=outreacher, referral=referral, reason="  ")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT

    referral = services.decline_referral(user=outreacher, referral=referral, reason="Wachtlijst")
    assert (referral.status, referral.declined_reason) == ("declined", "Wachtlijst")


def test_a_declined_referral_can_be_closed_but_still_needs_follow_up(outreacher, household):
    referral = SentReferralFactory(household=household)
    services.decline_referral(user=outreacher, referral=referral, reason="Geen plaats")
    referral = services.close_referral(user=outreacher, referral=referral)

    assert referral.status == ReferralStatus.CLOSED


def test_closing_needs_an_outcome(outreacher, household):
    referral = SentReferralFactory(household=household)
    services.accept_referral(user=outreacher, referral=referral)

    with pytest.raises(services.ReferralError):
        services.close_referral(user=outreacher, referral=referral)


def test_recording_an_outcome_needs_yes_or_no(outreacher, household):
    referral = SentReferralFactory(household=household)
    services.accept_referral(user=outreacher, referral=referral)
    services.confirm_first_contact(
        user=outreacher, referral=referral, first_contact_on=timezone.localdate()
    )

    with pytest.raises(services.ReferralError):
        services.move_referral(user=outreacher, referral=referral, to_status="outcome_recorded")
    referral = services.record_outcome(user=outreacher, referral=referral, need_answered=False)
    referral = services.close_referral(user=outreacher, referral=referral)
    assert referral.needs_follow_up(), "keep following up until the need is answered"


def test_first_contact_cannot_be_in_the_future(outreacher, household):
    referral = SentReferralFactory(household=household)
    services.accept_referral(user=outreacher, referral=referral)

    with pytest.raises(services.ReferralError):
        services.confirm_first_contact(
            user=outreacher,
            referral=referral,
            first_contact_on=timezone.localdate() + timedelta(days=2),
        )


def test_a_need_of_another_family_or_a_service_of_another_organisation_is_refused(
    outreacher, household, other_household
):
    organisation = OrganisationFactory()
    with pytest.raises(services.ReferralError):
        services.refer_household(
            user=outreacher,
            household=household,
            organisation=organisation,
            need=NeedFactory(household=other_household),
        )
    with pytest.raises(services.ReferralError):
        services.refer_household(
            user=outreacher, household=household, organisation=organisation,
            service=ServiceFactory(),
        )  # fmt: skip
    with pytest.raises(services.ReferralError):
        services.refer_household(
            user=outreacher, household=household, organisation=organisation,
            contact_person=ContactPersonFactory(),
        )  # fmt: skip
    assert household.referrals.count() == 0
