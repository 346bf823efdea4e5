import pytest
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.referrals import services
from radar.referrals.tests.factories import ReferralFactory

pytestmark = pytest.mark.django_db


def test_the_list_holds_only_referrals_of_visible_households(
    client_for, outreacher, household, other_household
):
    own = ReferralFactory(household=household)
    ReferralFactory(household=other_household)

    response = client_for(outreacher).get(reverse("api-referrals-list"))

    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [own.pk]


def test_the_detail_has_the_status_history_and_is_logged(client_for, outreacher, household):
    referral = ReferralFactory(household=household)
    services.send_referral(user=outreacher, referral=referral)

    response = client_for(outreacher).get(reverse("api-referrals-detail", args=[referral.pk]))

    data = response.json()
    assert response.status_code == 200
    assert [e["to_status"] for e in data["events"]] == ["sent"]
    assert data["events"][0]["by"] == "outreacher"
    assert (
        AuditEntry.objects.filter(action="view", household_id=household.pk, channel="api").count()
        == 1
    )


def test_another_teams_referral_is_not_found_and_logged(client_for, outreacher, other_household):
    referral = ReferralFactory(household=other_household)

    response = client_for(outreacher).get(reverse("api-referrals-detail", args=[referral.pk]))
    missing = client_for(outreacher).get(reverse("api-referrals-detail", args=[987654]))

    assert response.status_code == missing.status_code == 404
    assert AuditEntry.objects.filter(action="denied", household_id=other_household.pk).exists()


@pytest.mark.parametrize("role", ["partner", "policy"])
def test_roles_without_named_families_are_refused(client_for, request, household, role):
    referral = ReferralFactory(household=household)
    client = client_for(request.getfixturevalue(role))

    assert client.get(reverse("api-referrals-list")).status_code == 403
    assert client.get(reverse("api-referrals-detail", args=[referral.pk])).status_code == 403
