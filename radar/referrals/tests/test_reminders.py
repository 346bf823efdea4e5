from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.referrals import selectors, services
from radar.referrals.tests.factories import (
    FirstContactReferralFactory,
    OverdueReferralFactory,
    ReferralFactory,
    SentReferralFactory,
)

pytestmark = pytest.mark.django_db


def test_a_referral_without_first_contact_after_14_days_is_a_reminder(
    outreacher, household, other_household, settings
):
    settings.RADAR_REFERRAL_FIRST_CONTACT_DAYS = 14
    overdue = OverdueReferralFactory(household=household)
    SentReferralFactory(household=household, sent_at=timezone.now() - timedelta(days=13))
    ReferralFactory(household=household)  # proposed: not sent yet
    FirstContactReferralFactory(household=household)
    OverdueReferralFactory(household=other_household)  # another team: not hers

    assert list(selectors.referrals_awaiting_first_contact(outreacher)) == [overdue]
    assert list(selectors.referrals_awaiting_first_contact(outreacher, days=30)) == []


def test_a_confirmed_first_contact_drops_out_of_the_reminders(outreacher, household):
    referral = OverdueReferralFactory(household=household)
    services.accept_referral(user=outreacher, referral=referral)
    assert list(selectors.referrals_awaiting_first_contact(outreacher)) == [referral]

    services.confirm_first_contact(
        user=outreacher, referral=referral, first_contact_on=timezone.localdate()
    )

    assert list(selectors.referrals_awaiting_first_contact(outreacher)) == []


def test_the_reminder_shows_on_the_dossier_and_the_dashboard(client_for, outreacher, household):
    OverdueReferralFactory(household=household, organisation__name="CAW De Kempen")
    client = client_for(outreacher)

    dossier = client.get(reverse("households:detail", args=[household.pk]))
    dashboard = client.get(reverse("dashboard"))

    assert 'id="referrals-awaiting"' in dossier.content.decode()
    body = dashboard.content.decode()
    assert 'id="referrals-waiting"' in body
    assert "CAW De Kempen" in body


def test_policy_users_see_no_reminders(policy, household):
    OverdueReferralFactory(household=household)

    assert list(selectors.referrals_awaiting_first_contact(policy)) == []
