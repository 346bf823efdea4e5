"""Intakes that came from an info point session: the session select on the intake form."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from radar.core.models import AuditEntry
from radar.households import services as household_services
from radar.households.forms import IntakeForm
from radar.households.models import Household, Intake
from radar.households.tests.factories import channel
from radar.infopoint.tests.factories import InfoPointSessionFactory

URL = reverse("households:intake")


def _intake(team, **extra):
    return {
        "household_name": "Gezin Vermeulen",
        "first_name": "Sofie",
        "last_name": "Vermeulen",
        "role": "parent",
        "team": team.pk,
        "channel": channel("info_point").pk,
        "received_on": timezone.localdate().isoformat(),
        "confirmed_new": "True",
        **extra,
    }


def test_the_form_offers_only_recent_sessions_of_the_users_teams(
    outreacher, team_north, team_south
):
    today = timezone.localdate()
    recent = InfoPointSessionFactory(team=team_north, held_on=today - timedelta(days=3))
    InfoPointSessionFactory(team=team_north, held_on=today - timedelta(days=90))
    InfoPointSessionFactory(team=team_south, held_on=today)

    form = IntakeForm(user=outreacher)

    assert list(form.fields["info_point_session"].queryset) == [recent]


def test_todays_session_is_suggested_when_the_channel_is_the_info_point(outreacher, team_north):
    today = InfoPointSessionFactory(team=team_north)

    suggested = IntakeForm(user=outreacher, initial={"channel": channel("info_point").pk})
    other_channel = IntakeForm(user=outreacher, initial={"channel": channel("school").pk})

    assert suggested["info_point_session"].value() == today.pk
    assert other_channel["info_point_session"].value() is None


def test_choosing_the_info_point_channel_asks_for_the_suggestion_with_htmx(
    client_for, outreacher, team_north
):
    today = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).get(
        URL, {"channel": channel("info_point").pk}, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    assert body.lstrip().startswith('<div id="session-field">')
    assert f'<option value="{today.pk}" selected>' in body


def test_the_intake_from_a_sessions_page_comes_prefilled(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).get(URL, {"session": session.pk})

    form = response.context["form"]
    assert form["info_point_session"].value() == session.pk
    assert form["channel"].value() == channel("info_point").pk


def test_an_intake_is_registered_from_a_session(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).post(URL, _intake(team_north, info_point_session=session.pk))

    assert response.status_code == 302
    intake = Intake.objects.get()
    assert intake.info_point_session == session
    entry = AuditEntry.objects.get(action="create", object_type="households.household")
    assert entry.detail["info_point_session"] == session.pk


def test_an_intake_without_a_session_still_registers(client_for, outreacher, team_north):
    response = client_for(outreacher).post(URL, _intake(team_north))

    assert response.status_code == 302
    assert Intake.objects.get().info_point_session is None


def test_another_teams_session_cannot_be_chosen(client_for, outreacher, team_north, team_south):
    session = InfoPointSessionFactory(team=team_south)

    response = client_for(outreacher).post(URL, _intake(team_north, info_point_session=session.pk))

    assert response.status_code == 200
    assert response.context["form"].errors["info_point_session"]
    assert not Intake.objects.exists()


def test_register_intake_refuses_a_session_of_another_team(outreacher, team_north, team_south):
    """households.services.register_intake runs the info point's check (registered in
    InfopointConfig.ready(), households.registry) before it writes anything."""
    session = InfoPointSessionFactory(team=team_south)

    with pytest.raises(ValidationError) as refused:
        household_services.register_intake(
            user=outreacher,
            team=team_north,
            household_name="Gezin Vermeulen",
            channel=channel("info_point"),
            info_point_session=session,
        )

    assert "info_point_session" in refused.value.message_dict
    assert not Household.objects.exists()


def test_the_form_refuses_a_session_of_another_team_than_the_family_s(
    outreacher, team_north, team_south
):
    """A worker of two teams sees both teams' sessions, but the family's team decides."""
    outreacher.teams.add(team_south)
    session = InfoPointSessionFactory(team=team_south)

    form = IntakeForm(_intake(team_north, info_point_session=session.pk), user=outreacher)

    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors["info_point_session"] == ["This session belongs to another team."]
