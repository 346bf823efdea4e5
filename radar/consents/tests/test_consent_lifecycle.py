"""Recording and withdrawing consents, and partner access ending by itself."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from radar.consents import selectors, services
from radar.consents.models import Consent
from radar.consents.tests.factories import ConsentFactory
from radar.core.models import AuditEntry
from radar.households.selectors import HouseholdNotFound


def test_recording_a_consent_is_audited(outreacher, shared, school):
    consent = services.record_consent(
        user=outreacher,
        household=shared.household,
        organisation=school,
        categories=["needs", "plan", "needs"],
        purpose=" Schoolbegeleiding ",
        given_how="written",
    )

    assert consent.categories == ["needs", "plan"]
    assert consent.purpose == "Schoolbegeleiding"
    assert consent.is_active()
    entry = AuditEntry.objects.get(object_type="consents.consent")
    assert (entry.action, entry.household_id, entry.user) == (
        "create",
        shared.household.pk,
        outreacher,
    )


@pytest.mark.parametrize("categories", [[], ["everything"], ["needs", "diagnosis"]])
def test_a_consent_needs_known_categories(outreacher, shared, school, categories):
    with pytest.raises(ValidationError):
        services.record_consent(
            user=outreacher,
            household=shared.household,
            organisation=school,
            categories=categories,
            purpose="x",
            given_how="verbal",
        )
    assert not Consent.objects.exists()


def test_a_consent_cannot_end_before_it_starts(outreacher, shared, school):
    today = timezone.localdate()
    with pytest.raises(ValidationError):
        services.record_consent(
            user=outreacher,
            household=shared.household,
            organisation=school,
            categories=["needs"],
            purpose="x",
            given_how="verbal",
            valid_from=today,
            valid_until=today - timedelta(days=1),
        )


def test_withdrawal_ends_access_at_once_and_cannot_be_repeated(
    outreacher, shared, school, school_partner, client_for
):
    consent = ConsentFactory(household=shared.household, organisation=school)
    url = reverse("partner:detail", args=[shared.household.pk])
    partner = client_for(school_partner)
    assert partner.get(url).status_code == 200

    response = client_for(outreacher).post(
        reverse("consents:withdraw", args=[shared.household.pk, consent.pk])
    )

    assert response.status_code == 302
    consent.refresh_from_db()
    assert (consent.is_withdrawn, consent.withdrawn_by) == (True, outreacher)
    assert partner.get(url).status_code == 404
    assert "CANARY" not in partner.get(reverse("partner:list")).content.decode()
    assert AuditEntry.objects.filter(action="denied", user=school_partner).count() == 1
    with pytest.raises(ValidationError):
        services.withdraw_consent(user=outreacher, consent=consent)


def test_expiry_ends_access_the_day_after_the_last_day(shared, school, school_partner):
    today = timezone.localdate()
    ConsentFactory(household=shared.household, organisation=school, valid_until=today)

    assert selectors.consented_categories(school_partner, shared.household, today)
    selectors.get_partner_household_for(user=school_partner, household_id=shared.household.pk)
    tomorrow = today + timedelta(days=1)
    assert selectors.consented_categories(school_partner, shared.household, tomorrow) == set()
    assert not selectors.partner_households(school_partner, tomorrow).exists()
    with pytest.raises(HouseholdNotFound):
        selectors.get_partner_household_for(
            user=school_partner, household_id=shared.household.pk, today=tomorrow
        )


def test_categories_of_two_active_consents_add_up(shared, school, school_partner):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    ConsentFactory(household=shared.household, organisation=school, categories=["notes"])

    assert selectors.consented_categories(school_partner, shared.household) == {"needs", "notes"}


def test_an_inactive_organisation_sees_nothing(shared, school, school_partner):
    ConsentFactory(household=shared.household, organisation=school)
    school.is_active = False
    school.save()

    assert not selectors.partner_households(school_partner).exists()


@pytest.mark.parametrize("persona", ["outreacher", "policy", "administrator", "partner"])
def test_only_a_partner_of_the_organisation_is_in_the_partner_scope(
    persona, shared, school, request
):
    """The casework, policy and administrator roles never pass through partner access, nor
    does a partner without an organisation (the persona), even with consents recorded."""
    ConsentFactory(household=shared.household, organisation=school)
    user = request.getfixturevalue(persona)
    user.organisation = school
    user.save()
    if persona == "partner":
        user.organisation = None
        user.save()

    assert not selectors.partner_households(user).exists()
    assert selectors.consented_categories(user, shared.household) == set()


def test_casework_records_a_consent_on_the_dossier(outreacher, shared, school, client_for):
    client = client_for(outreacher)
    detail = client.get(reverse("households:detail", args=[shared.household.pk]))
    assert reverse("consents:list", args=[shared.household.pk]) in detail.content.decode()

    response = client.post(
        reverse("consents:record", args=[shared.household.pk]),
        {
            "organisation": school.pk,
            "categories": ["contact_details", "needs"],
            "purpose": "Schoolbegeleiding",
            "given_how": "verbal",
            "valid_from": timezone.localdate().isoformat(),
        },
    )

    assert response.status_code == 302
    consent = Consent.objects.get()
    assert (consent.organisation, consent.categories) == (school, ["contact_details", "needs"])
    listing = client.get(reverse("consents:list", args=[shared.household.pk])).content.decode()
    assert school.name in listing


def test_partner_pages_are_refused_to_casework_and_policy(outreacher, policy, client_for):
    for user in (outreacher, policy):
        assert client_for(user).get(reverse("partner:list")).status_code == 403


def test_partner_cannot_post_contacts_through_the_api(shared, school, school_partner, client_for):
    ConsentFactory(household=shared.household, organisation=school)
    url = reverse("api-households-contacts", args=[shared.household.pk])

    assert client_for(school_partner).get(url).status_code == 403
    response = client_for(school_partner).post(
        url, {"contact_type": "home_visit", "is_reached": True}, content_type="application/json"
    )
    assert response.status_code == 403
