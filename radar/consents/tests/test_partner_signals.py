"""Signals from partners: minimal data in, an intake for the team, status words out."""

import pytest
from django.urls import reverse

from radar.consents import services
from radar.consents.models import PartnerSignal
from radar.core.models import AuditEntry
from radar.households.models import Intake, Status
from radar.households.services import change_status


def test_a_partner_signal_lands_as_an_intake_for_the_team(
    school_partner, team_north, outreacher, client_for
):
    response = client_for(school_partner).post(
        reverse("partner:signal_new"),
        {
            "who": "Gezin Vermeulen",
            "contact": "0470 00 00 00",
            "why": "Komt zonder boterhammen.",
            "family_knows": "on",
        },
    )

    assert response.status_code == 302
    signal = PartnerSignal.objects.get()
    intake = Intake.objects.get(household=signal.household)
    assert (intake.channel.code, intake.organisation, intake.reason) == (
        "partner",
        school_partner.organisation,
        "Komt zonder boterhammen.",
    )
    assert (signal.household.team, signal.household.status) == (team_north, Status.SIGNALLED)
    assert signal.family_knows is True
    assert AuditEntry.objects.filter(action="create", household_id=signal.household.pk).exists()
    team_list = client_for(outreacher).get(reverse("households:list")).content.decode()
    assert "Gezin Vermeulen" in team_list


def test_the_partner_sees_status_words_of_their_own_signals_only(
    school_partner, caw, team_north, outreacher, client_for
):
    from radar.accounts.tests.factories import PartnerFactory

    signal = services.signal_family(
        user=school_partner,
        who="Gezin Vermeulen",
        why="Komt zonder boterhammen.",
        family_knows=False,
    )
    other = PartnerFactory(username="caw", organisation=caw)
    services.signal_family(user=other, who="Gezin Claes", why="CANARY-OTHER", family_knows=True)
    household = signal.household
    household.street = "CANARY-STREET-LATER"
    household.save()
    url = reverse("partner:signals")

    body = client_for(school_partner).get(url).content.decode()
    assert "Gezin Vermeulen" in body and "Gezin Claes" not in body
    assert "CANARY" not in body and "boterhammen" not in body
    assert signal.status_word() == "received"

    change_status(user=outreacher, household=household, to_status=Status.IN_CONTACT)
    signal.refresh_from_db()
    assert signal.status_word() == "in_contact"
    # The signal gives no access to the dossier.
    detail = client_for(school_partner).get(reverse("partner:detail", args=[household.pk]))
    assert detail.status_code == 404


def test_only_a_partner_with_an_organisation_can_signal(partner, outreacher, db):
    for user in (partner, outreacher):
        with pytest.raises(PermissionError):
            services.signal_family(user=user, who="x", why="y", family_knows=False)
    assert not PartnerSignal.objects.exists()
