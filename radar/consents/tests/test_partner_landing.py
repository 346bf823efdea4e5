"""A partner's landing page (issue 15): the families shared with its organisation and the
referrals it has to act on, only under an active consent, never another organisation's."""

from django.urls import reverse

from radar.consents.models import Category
from radar.consents.tests.factories import ConsentFactory, WithdrawnConsentFactory
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals.models import ReferralStatus
from radar.referrals.tests.factories import SentReferralFactory


def test_a_partner_starts_on_its_own_page(school_partner, client_for):
    response = client_for(school_partner).get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("partner:list")


def test_the_landing_page_lists_the_new_referral(shared, school, school_partner, client_for):
    ConsentFactory(household=shared.household, organisation=school, categories=[Category.NEEDS])
    referral = SentReferralFactory(household=shared.household, organisation=school)
    page = client_for(school_partner).get(reverse("partner:list")).content.decode()
    assert reverse("partner:referral", args=[referral.pk]) in page
    assert "CANARY-NAME" not in page.split('id="open-referrals"')[1].split("</section>")[0]


def test_closed_referrals_and_those_without_consent_are_not_listed(
    shared, school, school_partner, client_for
):
    WithdrawnConsentFactory(household=shared.household, organisation=school)
    unconsented = SentReferralFactory(household=shared.household, organisation=school)
    page = client_for(school_partner).get(reverse("partner:list")).content.decode()
    assert reverse("partner:referral", args=[unconsented.pk]) not in page

    ConsentFactory(household=shared.household, organisation=school, categories=[Category.NEEDS])
    closed = SentReferralFactory(
        household=shared.household, organisation=school, status=ReferralStatus.CLOSED
    )
    elsewhere = SentReferralFactory(household=shared.household, organisation=OrganisationFactory())
    page = client_for(school_partner).get(reverse("partner:list")).content.decode()
    assert reverse("partner:referral", args=[closed.pk]) not in page
    assert reverse("partner:referral", args=[elsewhere.pk]) not in page
    assert reverse("partner:referral", args=[unconsented.pk]) in page
