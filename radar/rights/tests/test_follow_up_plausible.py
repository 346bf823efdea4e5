"""A follow-up is for a right Radar knows, dated from 2000 until today (issue 8): the page
used to record follow-ups for any right id it was sent."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.rights import services
from radar.rights.models import RightFollowUp
from radar.rights.tests.factories import LocalRightFactory


def follow(user, household, right_id, to_status="found", **kwargs):
    return services.follow_up_right(
        user=user, household=household, right_id=right_id, to_status=to_status, **kwargs
    )


@pytest.mark.parametrize("right_id", ["no_such_right", "local:no_such_right", "local:", ""])
def test_a_follow_up_of_an_unknown_right_is_refused(outreacher, household, right_id):
    with pytest.raises(services.FollowUpError) as refused:
        follow(outreacher, household, right_id)

    assert refused.value.code == "right"
    assert not RightFollowUp.objects.exists()


def test_catalogue_and_local_rights_of_the_municipality_are_known(
    outreacher, household, other_household
):
    LocalRightFactory(municipality=household.team.municipality)

    assert follow(outreacher, household, "leefloon").pk
    assert follow(outreacher, household, "local:babykaart").pk


def test_a_local_right_of_another_municipality_is_unknown(outreacher, household):
    from radar.accounts.tests.factories import MunicipalityFactory

    LocalRightFactory(municipality=MunicipalityFactory(name="Elders", nis_code="99999"))

    with pytest.raises(services.FollowUpError):
        follow(outreacher, household, "local:babykaart")


@pytest.mark.parametrize(
    "on", [date(1, 1, 1), timezone.localdate() + timedelta(days=1)], ids=["year 1", "tomorrow"]
)
def test_a_follow_up_date_is_plausible(outreacher, household, on):
    with pytest.raises(ValidationError) as refused:
        follow(outreacher, household, "leefloon", on=on)

    assert "found_on" in refused.value.message_dict
    assert not RightFollowUp.objects.exists()


def test_the_page_refuses_an_unknown_right_and_says_so(client_for, outreacher, household):
    outreacher.language = "nl"
    outreacher.save()
    client = client_for(outreacher)
    response = client.post(
        f"/households/{household.pk}/rights/follow-up/",
        {"right_id": "made_up", "to_status": "found"},
        follow=True,
    )

    assert "Radar kent dit recht niet." in response.content.decode()
    assert not RightFollowUp.objects.exists()


def test_the_page_says_which_field_is_wrong(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/rights/follow-up/",
        {"right_id": "leefloon", "to_status": "found", "on": "0001-01-01"},
        follow=True,
    )

    assert "een datum vóór 01/01/2000 kan hier niet" in response.content.decode()
    assert not RightFollowUp.objects.exists()
