"""A consent starts from 2000 until a year ahead and ends within five years; a partner's
signal is refused when too long, never cut (issue 8: the phone was cut at 30 characters)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from radar.consents import services
from radar.consents.models import Consent, PartnerSignal
from radar.households.models import Household


@pytest.mark.parametrize(
    "period, field",
    [
        ({"valid_from": date(1, 1, 1)}, "valid_from"),
        ({"valid_from": date(2026, 1, 1), "valid_until": date(2999, 1, 1)}, "valid_until"),
    ],
)
def test_a_consent_with_an_implausible_period_is_refused(outreacher, shared, school, period, field):
    with pytest.raises(ValidationError) as refused:
        services.record_consent(
            user=outreacher,
            household=shared.household,
            organisation=school,
            categories=["needs"],
            purpose="Schoolbegeleiding",
            given_how="verbal",
            **period,
        )

    assert set(refused.value.message_dict) == {field}
    assert not Consent.objects.exists()


def test_a_signal_with_a_phone_too_long_is_refused_not_cut(school_partner, team_north):
    households = Household.objects.count()

    with pytest.raises(ValidationError) as refused:
        services.signal_family(
            user=school_partner,
            who="Gezin Vermeulen",
            why="Komt zonder boterhammen.",
            family_knows=True,
            contact="0470 00 00 00 of via de grootmoeder",
        )

    assert set(refused.value.message_dict) == {"contact"}
    assert Household.objects.count() == households
    assert not PartnerSignal.objects.exists()


def test_the_signal_page_refuses_a_name_too_long_and_keeps_it(
    school_partner, team_north, client_for
):
    who = "Gezin " + "Vermeulen-" * 20
    response = client_for(school_partner).post(
        reverse("partner:signal_new"),
        {"who": who, "why": "Komt zonder boterhammen.", "family_knows": "on"},
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["who"]
    assert who in response.content.decode()
    assert not PartnerSignal.objects.exists()
