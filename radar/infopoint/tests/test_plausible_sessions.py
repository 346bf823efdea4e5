"""An info point session is held from 2000 until a year ahead (issue 8)."""

from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from radar.core.validators import add_years
from radar.infopoint import services
from radar.infopoint.models import InfoPointSession
from radar.infopoint.tests.factories import InfoPointSessionFactory


@pytest.mark.parametrize(
    "held_on",
    [date(1, 1, 1), add_years(timezone.localdate(), 1) + timedelta(days=1)],
    ids=["year 1", "more than a year ahead"],
)
def test_a_session_on_an_implausible_day_is_refused(outreacher, team_north, held_on):
    with pytest.raises(ValidationError) as refused:
        services.create_session(
            user=outreacher, team=team_north, neighbourhood="Rozenberg", held_on=held_on
        )

    assert set(refused.value.message_dict) == {"held_on"}
    assert not InfoPointSession.objects.exists()


def test_an_edit_to_an_implausible_day_is_refused(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    with pytest.raises(ValidationError):
        services.update_session(user=outreacher, session=session, held_on=date(129, 1, 1))

    session.refresh_from_db()
    assert session.held_on.year > 2000


def test_a_neighbourhood_too_long_is_refused_not_cut(outreacher, team_north):
    with pytest.raises(ValidationError) as refused:
        services.create_session(
            user=outreacher, team=team_north, neighbourhood="R" * 81, held_on=date(2026, 1, 5)
        )
    assert set(refused.value.message_dict) == {"neighbourhood"}


def test_the_session_page_shows_the_date_and_the_times_errors_at_once(
    client_for, outreacher, team_north
):
    response = client_for(outreacher).post(
        reverse("infopoint:new"),
        {
            "team": team_north.pk,
            "held_on": "0001-01-01",
            "start_time": "12:00",
            "end_time": "09:00",
            "neighbourhood": "Rozenberg",
        },
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"held_on", "end_time"}
    assert not InfoPointSession.objects.exists()


def test_times_in_order_are_still_checked_by_the_service(outreacher, team_north):
    with pytest.raises(ValidationError) as refused:
        services.create_session(
            user=outreacher,
            team=team_north,
            neighbourhood="Rozenberg",
            held_on=timezone.localdate(),
            start_time=time(12),
            end_time=time(9),
        )
    assert set(refused.value.message_dict) == {"end_time"}
