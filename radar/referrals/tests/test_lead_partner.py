from datetime import date

import pytest
from django.db import IntegrityError
from django.urls import reverse

from radar.organisations.tests.factories import ContactPersonFactory, OrganisationFactory
from radar.referrals import selectors, services
from radar.referrals.models import LeadPartner
from radar.referrals.tests.factories import LeadPartnerFactory

pytestmark = pytest.mark.django_db


def test_a_new_lead_partner_ends_the_previous_one_and_keeps_the_history(outreacher, household):
    caw = OrganisationFactory(name="CAW De Kempen")
    ocmw = OrganisationFactory(name="OCMW sociale dienst")
    first = services.set_lead_partner(
        user=outreacher, household=household, organisation=caw, person_name="Karin",
        from_on=date(2026, 1, 5),
    )  # fmt: skip
    second = services.set_lead_partner(
        user=outreacher, household=household, organisation=ocmw, from_on=date(2026, 3, 1)
    )

    first.refresh_from_db()
    assert first.until_on == date(2026, 3, 1)
    assert second.is_active and second.set_by == outreacher
    assert LeadPartner.objects.filter(household=household, until_on__isnull=True).count() == 1
    assert selectors.lead_partners_of(household) == [second, first]


def test_only_one_lead_partner_can_be_active(household):
    LeadPartnerFactory(household=household)
    with pytest.raises(IntegrityError):
        LeadPartnerFactory(household=household)


def test_a_lead_partner_cannot_start_before_the_current_one(outreacher, household):
    services.set_lead_partner(
        user=outreacher, household=household, organisation=OrganisationFactory(),
        from_on=date(2026, 3, 1),
    )  # fmt: skip
    with pytest.raises(services.ReferralError):
        services.set_lead_partner(
            user=outreacher, household=household, organisation=OrganisationFactory(),
            from_on=date(2026, 2, 1),
        )  # fmt: skip


def test_the_contact_person_must_work_for_the_lead_organisation(outreacher, household):
    with pytest.raises(services.ReferralError):
        services.set_lead_partner(
            user=outreacher, household=household, organisation=OrganisationFactory(),
            contact_person=ContactPersonFactory(),
        )  # fmt: skip


def test_the_lead_partner_and_its_history_show_on_the_dossier(client_for, outreacher, household):
    services.set_lead_partner(
        user=outreacher, household=household, organisation=OrganisationFactory(name="CAW Oud"),
        from_on=date(2026, 1, 5),
    )  # fmt: skip
    services.set_lead_partner(
        user=outreacher, household=household, organisation=OrganisationFactory(name="CAW Nieuw"),
        from_on=date(2026, 2, 5),
    )  # fmt: skip

    body = client_for(outreacher).get(reverse("households:detail", args=[household.pk]))
    body = body.content.decode()

    assert "<strong>CAW Nieuw</strong>" in body
    assert "CAW Oud" in body


def test_setting_the_lead_partner_from_the_page(client_for, outreacher, household):
    organisation = OrganisationFactory()
    response = client_for(outreacher).post(
        reverse("referrals:lead_partner", args=[household.pk]),
        {"organisation": organisation.pk, "person_name": "Karin", "from_on": "2026-01-05"},
    )

    assert response.status_code == 302
    assert household.lead_partners.get().organisation == organisation
