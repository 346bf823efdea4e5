"""Referrals in each state, and lead partners. States are built through the fields the
services set, so a factory row looks like one the services made."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.households.tests.factories import HouseholdFactory
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals.models import LeadPartner, Referral, ReferralStatus


class ReferralFactory(DjangoModelFactory):
    """A proposed referral to an organisation, with a named receiver."""

    class Meta:
        model = Referral

    household = factory.SubFactory(HouseholdFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    receiver_name = "Sara Onthaal"
    introduced_how = "phone_call_together"
    status = ReferralStatus.PROPOSED


class SentReferralFactory(ReferralFactory):
    status = ReferralStatus.SENT
    sent_at = factory.LazyFunction(timezone.now)


class AcceptedReferralFactory(SentReferralFactory):
    status = ReferralStatus.ACCEPTED


class OverdueReferralFactory(SentReferralFactory):
    """Sent 20 days ago, first contact not confirmed: a reminder."""

    sent_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=20))


class FirstContactReferralFactory(SentReferralFactory):
    status = ReferralStatus.FIRST_CONTACT_CONFIRMED
    sent_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=20))
    first_contact_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=3))


class ClosedReferralFactory(FirstContactReferralFactory):
    status = ReferralStatus.CLOSED
    need_answered = True


class LeadPartnerFactory(DjangoModelFactory):
    class Meta:
        model = LeadPartner

    household = factory.SubFactory(HouseholdFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    person_name = "Karin Regie"
