"""A contact is dated from 2000 until today and lasts 1 to 720 minutes: one rule
(ContactMoment.clean), the same answer on the page and in the API.

Issue 8: a contact dated 01/01/0001 00:00 was accepted; on PostgreSQL it is stored as a BC
timestamp Python cannot read back, and the dossier, its contacts page and the API list of
contacts answered 500 from then on. The API also took a contact of the year 129 lasting
1,659 minutes that the page refused.
"""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.contacts import services
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import contact_type
from radar.households.models import Household


def brussels(*args) -> datetime:
    return timezone.make_aware(datetime(*args))


def record(user, household, **kwargs):
    kwargs.setdefault("contact_type", contact_type("home_visit"))
    return services.record_contact(user=user, household=household, **kwargs)


@pytest.mark.parametrize(
    "occurred_at",
    [
        brussels(1, 1, 1, 0, 0),
        brussels(129, 5, 4, 10, 0),
        brussels(1999, 12, 31, 23, 59),
        timezone.now() + timedelta(days=2),
    ],
    ids=["year 1", "year 129", "before 2000", "day after tomorrow"],
)
def test_an_implausible_contact_date_is_refused_and_nothing_moves(
    outreacher, household, occurred_at
):
    with pytest.raises(ValidationError) as refused:
        record(outreacher, household, occurred_at=occurred_at)

    assert set(refused.value.message_dict) == {"occurred_at"}
    assert not ContactMoment.objects.exists()
    household.refresh_from_db()
    assert household.last_attempt_at is None


def test_contacts_from_the_first_day_of_2000_until_today_are_accepted(outreacher, household):
    first = record(outreacher, household, occurred_at=brussels(2000, 1, 1, 0, 0))
    tonight = timezone.localtime().replace(hour=23, minute=59, second=0, microsecond=0)
    late_today = record(outreacher, household, occurred_at=tonight)

    assert first.pk and late_today.pk


@pytest.mark.parametrize("minutes", [0, 721, 1659, 32767])
def test_a_contact_lasts_between_one_and_720_minutes(outreacher, household, minutes):
    with pytest.raises(ValidationError) as refused:
        record(outreacher, household, duration_minutes=minutes)

    assert set(refused.value.message_dict) == {"duration_minutes"}
    assert not ContactMoment.objects.exists()


@pytest.mark.parametrize("minutes", [None, 1, 720])
def test_a_duration_in_bounds_or_none_is_accepted(outreacher, household, minutes):
    assert record(outreacher, household, duration_minutes=minutes).duration_minutes == minutes


def test_a_place_too_long_is_refused_not_cut(outreacher, household):
    with pytest.raises(ValidationError) as refused:
        record(outreacher, household, place="x" * 151)

    assert set(refused.value.message_dict) == {"place"}
    assert not ContactMoment.objects.exists()


# -- The page ---------------------------------------------------------------------------


def contact_form(**changes):
    data = {
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "contact_type": contact_type("school").pk,
        "is_reached": "on",
        "place": "schoolpoort",
        "duration_minutes": "15",
        "other_participants": "",
        "note": "Kort gesproken aan de schoolpoort.",
    }
    data.update(changes)
    return data


def test_the_page_refuses_the_year_1_and_the_dossier_stays_readable(
    client_for, outreacher, household
):
    client = client_for(outreacher)
    response = client.post(
        f"/households/{household.pk}/contacts/new/",
        contact_form(occurred_at="0001-01-01T00:00"),
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["occurred_at"]
    assert not ContactMoment.objects.exists()
    assert client.get(f"/households/{household.pk}/").status_code == 200
    assert client.get(f"/households/{household.pk}/contacts/").status_code == 200


def test_the_page_shows_every_error_at_once(client_for, outreacher, household):
    """The future date used to be checked only once the rest of the form was valid."""
    later = timezone.localtime() + timedelta(days=30)
    response = client_for(outreacher).post(
        f"/households/{household.pk}/contacts/new/",
        contact_form(
            occurred_at=later.strftime("%Y-%m-%dT%H:%M"),
            contact_type="",
            duration_minutes="1659",
        ),
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"occurred_at", "contact_type", "duration_minutes"}
    assert not ContactMoment.objects.exists()


def test_the_page_answers_in_the_users_language(client_for, outreacher, household):
    outreacher.language = "nl"
    outreacher.save()
    response = client_for(outreacher).post(
        f"/households/{household.pk}/contacts/new/",
        contact_form(occurred_at="0129-05-04T10:00", duration_minutes="1659"),
    )

    form = response.context["form"]
    assert form.errors["occurred_at"] == [
        "Kijk het jaar na: een datum vóór 01/01/2000 kan hier niet."
    ]
    assert form.errors["duration_minutes"] == [
        "Een contact duurt tussen 1 en 720 minuten (12 uur)."
    ]


# -- The API ----------------------------------------------------------------------------


def post_contact(client, household, **data):
    return client.post(
        f"/api/households/{household.pk}/contacts/", data, content_type="application/json"
    )


@pytest.mark.parametrize(
    "occurred_at",
    ["0001-01-01T00:00:00", "0001-01-01T00:00:00Z", "0129-05-04T10:00:00+01:00"],
)
def test_the_api_refuses_what_the_page_refuses(client_for, outreacher, household, occurred_at):
    client = client_for(outreacher)
    response = post_contact(client, household, contact_type="phone", occurred_at=occurred_at)

    assert response.status_code == 400
    assert set(response.json()) == {"occurred_at"}
    assert not ContactMoment.objects.exists()
    assert client.get(f"/api/households/{household.pk}/contacts/").status_code == 200
    assert client.get(f"/households/{household.pk}/").status_code == 200


def test_the_api_refuses_a_contact_of_1659_minutes(client_for, outreacher, household):
    response = post_contact(
        client_for(outreacher), household, contact_type="phone", duration_minutes=1659
    )

    assert response.status_code == 400
    assert set(response.json()) == {"duration_minutes"}
    assert not ContactMoment.objects.exists()
    assert Household.objects.get(pk=household.pk).last_reached_at is None


def test_an_unknown_field_is_reported_with_the_other_errors(client_for, outreacher, household):
    response = post_contact(
        client_for(outreacher), household, contact_type="nope", occured_at="2024-01-01T10:00"
    )

    assert response.status_code == 400
    assert set(response.json()) == {"contact_type", "occured_at"}
    assert not ContactMoment.objects.exists()
