import pytest
from django.urls import reverse

from radar.households.models import LifeDomain
from radar.households.tests.factories import NeedFactory, life_domain
from radar.organisations.tests.factories import OrganisationFactory, ServiceFactory
from radar.referrals.models import ReferralStatus
from radar.referrals.tests.factories import ReferralFactory, SentReferralFactory

pytestmark = pytest.mark.django_db


def test_referring_from_a_need_offers_the_organisations_of_its_life_domain(
    client_for, outreacher, household
):
    housing = life_domain("housing")
    other = LifeDomain.objects.exclude(pk=housing.pk).first()
    need = NeedFactory(household=household, domain=housing)
    ServiceFactory(organisation__name="Sociaal Wonen Kempen", life_domains=[housing])
    ServiceFactory(organisation__name="VDAB Mol", life_domains=[other])

    response = client_for(outreacher).get(
        reverse("referrals:new", args=[household.pk]) + f"?need={need.pk}"
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert "Sociaal Wonen Kempen" in body
    assert "VDAB Mol" not in body


def test_the_outreacher_refers_the_family_from_the_dossier(client_for, outreacher, household):
    need = NeedFactory(household=household)
    organisation = OrganisationFactory(name="CAW De Kempen")
    client = client_for(outreacher)

    dossier = client.get(reverse("households:detail", args=[household.pk])).content.decode()
    assert reverse("referrals:new", args=[household.pk]) + f"?need={need.pk}" in dossier

    response = client.post(
        reverse("referrals:new", args=[household.pk]),
        {"need": need.pk, "organisation": organisation.pk, "receiver_name": "Sara Onthaal",
         "introduced_how": "accompanied", "handover_note": "Samen langsgegaan."},
    )  # fmt: skip

    referral = household.referrals.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("referrals:detail", args=[household.pk, referral.pk])
    assert (referral.need, referral.introduced_how) == (need, "accompanied")


def test_the_detail_page_shows_the_status_actions_and_history(client_for, outreacher, household):
    referral = SentReferralFactory(household=household, organisation__name="CAW De Kempen")

    body = (
        client_for(outreacher)
        .get(reverse("referrals:detail", args=[household.pk, referral.pk]))
        .content.decode()
    )

    assert "CAW De Kempen" in body
    assert 'id="action-accepted"' in body
    assert 'id="action-declined"' in body
    assert 'id="action-closed"' not in body


def test_a_status_action_with_htmx_returns_the_status_panel(client_for, outreacher, household):
    referral = ReferralFactory(household=household)

    response = client_for(outreacher).post(
        reverse("referrals:move", args=[household.pk, referral.pk]),
        {"to_status": "sent"},
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<section id="referral-status">')
    assert "<html" not in body
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT


def test_declining_without_a_reason_is_refused_on_the_page(client_for, outreacher, household):
    referral = SentReferralFactory(household=household)

    response = client_for(outreacher).post(
        reverse("referrals:move", args=[household.pk, referral.pk]),
        {"to_status": "declined", "reason": ""},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 422
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT


def test_skipping_a_step_is_refused_on_the_page(client_for, outreacher, household):
    referral = ReferralFactory(household=household)

    response = client_for(outreacher).post(
        reverse("referrals:move", args=[household.pk, referral.pk]),
        {"to_status": "closed"},
    )

    assert response.status_code == 422
    assert 'role="alert"' in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PROPOSED


def test_the_list_shows_the_households_referrals(client_for, team_lead, household):
    ReferralFactory(household=household, organisation__name="CAW De Kempen")

    response = client_for(team_lead).get(reverse("referrals:list", args=[household.pk]))

    assert "CAW De Kempen" in response.content.decode()


def test_another_teams_referral_is_not_found(
    client_for, other_outreacher, outreacher, household, other_household
):
    referral = ReferralFactory(household=household)
    crossed = ReferralFactory(household=other_household)

    assert (
        client_for(other_outreacher)
        .get(reverse("referrals:detail", args=[household.pk, referral.pk]))
        .status_code
        == 404
    )
    assert (
        client_for(outreacher)
        .get(reverse("referrals:detail", args=[household.pk, crossed.pk]))
        .status_code
        == 404
    )


@pytest.mark.parametrize("role", ["partner", "policy", "administrator"])
def test_roles_without_named_families_are_refused(client_for, request, household, role):
    referral = ReferralFactory(household=household)
    client = client_for(request.getfixturevalue(role))

    for url in (
        reverse("referrals:list", args=[household.pk]),
        reverse("referrals:detail", args=[household.pk, referral.pk]),
        reverse("referrals:letter", args=[household.pk, referral.pk]),
        reverse("referrals:lead_partner", args=[household.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_accepted_referrals_put_the_receiver_in_the_ecogram(household):
    from radar.network.selectors import ties_for

    ReferralFactory(household=household, status="accepted", receiver_name="Sara Onthaal")
    ReferralFactory(household=household, receiver_name="Niet Betrokken")

    names = [tie.name for tie in ties_for(household)]
    assert "Sara Onthaal" in names
    assert "Niet Betrokken" not in names
