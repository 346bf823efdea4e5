"""Members, intakes and needs take plausible dates and whole texts (issue 8).

Birth dates lie between 1900 and today; an unborn child's due date within the next ten
months (or passed by a month at most, while the birth is not recorded); an intake between
2000 and today. A text too long is refused with a message and the form keeps it: browsers
used to cut it silently at the input's maxlength (a need of 5,200 characters was saved as
250 characters, a family name cut at 150).
"""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.validators import add_months
from radar.households import services
from radar.households.models import Household, Intake, Member, Need
from radar.households.tests.factories import MemberFactory, channel, life_domain
from radar.households.tests.test_register_intake import intake_form

TODAY = timezone.localdate


def add_member(user, household, **data):
    data = {"role": Member.Role.CHILD, "first_name": "Lotte", "last_name": "Janssens", **data}
    return services.add_member(user=user, household=household, **data)


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"birth_date": date(1, 1, 1)}, "birth_date"),
        ({"birth_date": date(1899, 12, 31)}, "birth_date"),
        ({"birth_date": "tomorrow"}, "birth_date"),
        ({"expected_on": "in eleven months"}, "expected_on"),
        ({"expected_on": "40 days ago"}, "expected_on"),
    ],
)
def test_an_implausible_birth_or_due_date_is_refused(outreacher, household, changes, field):
    relative = {
        "tomorrow": TODAY() + timedelta(days=1),
        "in eleven months": add_months(TODAY(), 11),
        "40 days ago": TODAY() - timedelta(days=40),
    }
    changes = {k: relative.get(v, v) for k, v in changes.items()}
    with pytest.raises(ValidationError) as refused:
        add_member(outreacher, household, **changes)

    assert set(refused.value.message_dict) == {field}
    assert household.members.count() == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"birth_date": date(1900, 1, 1)},
        {"birth_date": "today"},
        {"expected_on": "in nine months"},
        {"expected_on": "ten days ago"},
        {},
    ],
)
def test_plausible_dates_are_accepted(outreacher, household, changes):
    relative = {
        "today": TODAY(),
        "in nine months": add_months(TODAY(), 9),
        "ten days ago": TODAY() - timedelta(days=10),
    }
    changes = {k: relative.get(v, v) for k, v in changes.items()}
    assert add_member(outreacher, household, **changes).pk


def test_a_stored_due_date_that_has_passed_does_not_block_other_changes(outreacher, household):
    """The worker has not heard of the birth yet: the member's phone can still change."""
    child = MemberFactory(household=household, role="child", birth_date=None, expected_on=TODAY())
    Member.objects.filter(pk=child.pk).update(expected_on=TODAY() - timedelta(days=90))
    child = Member.objects.get(pk=child.pk)

    services.update_member(user=outreacher, member=child, phone="0470 11 22 33")

    with pytest.raises(ValidationError) as refused:
        services.update_member(user=outreacher, member=child, expected_on=date(2020, 1, 1))
    assert set(refused.value.message_dict) == {"expected_on"}


def test_an_age_is_never_negative(household):
    member = MemberFactory(household=household, birth_date=date(2020, 6, 15))

    assert member.age_on(date(2019, 1, 1)) == 0
    assert member.age_on(date(2021, 6, 15)) == 1


def test_both_dates_show_one_friendly_message_and_no_constraint_text(
    client_for, outreacher, household
):
    outreacher.language = "nl"
    outreacher.save()
    response = client_for(outreacher).post(
        f"/households/{household.pk}/members/new/",
        {
            "role": "child",
            "first_name": "Lotte",
            "last_name": "Janssens",
            "birth_date": (TODAY() - timedelta(days=30)).isoformat(),
            "expected_on": (TODAY() + timedelta(days=30)).isoformat(),
        },
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "Geef een geboortedatum of, voor een ongeboren kind" in body
    assert "member_born_or_expected" not in body
    assert "Beperking" not in body
    assert household.members.count() == 1


def test_the_member_page_shows_every_date_error_at_once(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/members/new/",
        {
            "role": "child",
            "first_name": "",
            "last_name": "Janssens",
            "birth_date": "0001-01-01",
            "insz": "12345678901",
        },
    )

    assert set(response.context["form"].errors) == {"first_name", "birth_date", "insz"}


# -- Intakes ----------------------------------------------------------------------------


@pytest.mark.parametrize("received_on", [date(1999, 12, 31), "tomorrow"])
def test_an_intake_is_dated_from_2000_until_today(outreacher, team_north, received_on):
    if received_on == "tomorrow":
        received_on = TODAY() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        services.register_intake(
            user=outreacher,
            team=team_north,
            household_name="Gezin Peeters",
            channel=channel("school"),
            received_on=received_on,
        )

    assert set(refused.value.message_dict) == {"received_on"}
    assert not Household.objects.exists()
    assert not Intake.objects.exists()


def test_the_intake_page_shows_every_error_at_once_and_keeps_the_name(
    client_for, outreacher, team_north
):
    long_name = "Gezin " + "Van den Broeck-" * 12  # 174 characters
    response = client_for(outreacher).post(
        "/households/new/",
        intake_form(
            team_north,
            household_name=long_name,
            birth_date=(TODAY() + timedelta(days=3)).isoformat(),
            received_on="0001-01-01",
        ),
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"household_name", "birth_date", "received_on"}
    body = response.content.decode()
    assert f'value="{long_name}"' in body
    assert "maxlength" not in body
    assert not Household.objects.exists()


# -- Needs: no silent truncation --------------------------------------------------------


def test_a_need_too_long_is_refused_by_the_service_not_cut(outreacher, household):
    with pytest.raises(ValidationError) as refused:
        services.add_need(
            user=outreacher, household=household, domain=life_domain(), description="x" * 5200
        )

    assert set(refused.value.message_dict) == {"description"}
    assert not Need.objects.exists()


def test_the_need_page_says_the_text_is_too_long_and_keeps_it(client_for, outreacher, household):
    outreacher.language = "fr"
    outreacher.save()
    client = client_for(outreacher)
    form_page = client.get(f"/households/{household.pk}/needs/new/").content.decode()
    text = "Schulden bij de huisbaas. " * 200  # 5,200 characters

    response = client.post(
        f"/households/{household.pk}/needs/new/",
        {"domain": life_domain().pk, "description": text, "priority": 2},
    )

    assert 'maxlength="250"' not in form_page  # browsers cut pasted text there silently
    assert response.status_code == 200
    assert response.context["form"]["description"].value() == text
    assert text.strip() in response.content.decode()
    assert "au plus 250 caractères" in str(response.context["form"].errors["description"])
    assert not Need.objects.exists()
