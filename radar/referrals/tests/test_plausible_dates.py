"""The first contact of a referral happened from 2000 until today; a lead partner starts
from 2000 until a year ahead (issue 8)."""

from datetime import date

import pytest
from django.utils import timezone

from radar.core.validators import add_years
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals import services
from radar.referrals.models import LeadPartner, ReferralStatus
from radar.referrals.tests.factories import AcceptedReferralFactory


def test_a_first_contact_in_the_year_1_is_refused(outreacher, household):
    referral = AcceptedReferralFactory(household=household)

    with pytest.raises(services.ReferralError):
        services.confirm_first_contact(
            user=outreacher, referral=referral, first_contact_on=date(1, 1, 1)
        )

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    assert referral.first_contact_on is None


@pytest.mark.parametrize(
    "from_on",
    [date(1999, 12, 31), add_years(timezone.localdate(), 2)],
    ids=["before 2000", "two years ahead"],
)
def test_a_lead_partner_from_an_implausible_day_is_refused(outreacher, household, from_on):
    with pytest.raises(services.ReferralError):
        services.set_lead_partner(
            user=outreacher,
            household=household,
            organisation=OrganisationFactory(),
            from_on=from_on,
        )

    assert not LeadPartner.objects.exists()


def test_the_first_contact_form_refuses_the_year_1(client_for, outreacher, household):
    referral = AcceptedReferralFactory(household=household)

    response = client_for(outreacher).post(
        f"/households/{household.pk}/referrals/{referral.pk}/status/",
        {"to_status": "first_contact_confirmed", "first_contact_on": "0001-01-01"},
    )

    assert response.status_code == 422
    assert response.context["error"]
    referral.refresh_from_db()
    assert referral.first_contact_on is None
