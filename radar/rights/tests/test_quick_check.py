"""The info point's quick check: anonymous, nothing stored but a count per day and team."""

from django.urls import reverse
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households.models import Household, Member
from radar.rights.models import HouseholdFacts, MemberFacts, QuickCheckCount

URL = reverse("rights:quick_check")

ANSWERS = {
    "region": "flanders",
    "adults": "1",
    "age": "34",
    "children_ages": "6",
    "residence_status": "belgian",
    "income_work": "400",
    "yearly_income": "18000",
    "benefits": ["groeipakket"],
    "tenure": "private_rent",
    "rent": "650",
    "willing_to_work": "yes",
    "other_rights_claimed": "yes",
}


def _snapshot():
    return (
        Household.objects.count(),
        Member.objects.count(),
        HouseholdFacts.objects.count(),
        MemberFacts.objects.count(),
        AuditEntry.objects.count(),
    )


def test_the_results_show_on_the_same_page_and_nothing_is_stored(
    client_for, outreacher, household, team_north
):
    before = _snapshot()

    response = client_for(outreacher).post(URL, ANSWERS)

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="quick-results"' in body and "badge in_guidance" in body  # something eligible
    assert _snapshot() == before
    count = QuickCheckCount.objects.get()
    assert (count.day, count.team, count.count) == (timezone.localdate(), team_north, 1)


def test_each_check_is_counted_without_personal_data(client_for, outreacher):
    client = client_for(outreacher)
    client.post(URL, ANSWERS)
    client.post(URL, {"adults": "2"})

    assert QuickCheckCount.objects.get().count == 2
    assert [f.name for f in QuickCheckCount._meta.get_fields()] == [
        "id",
        "day",
        "team",
        "session",
        "count",
    ]


def test_with_the_persons_agreement_the_worker_goes_on_to_the_intake(client_for, outreacher):
    before = _snapshot()

    response = client_for(outreacher).post(URL, {**ANSWERS, "agrees_to_register": "on"})

    assert response.status_code == 302 and response["Location"] == reverse("households:intake")
    assert _snapshot() == before


def test_wrong_ages_are_shown_and_not_checked(client_for, outreacher):
    response = client_for(outreacher).post(URL, {"adults": "1", "children_ages": "two, 4"})

    assert 'id="quick-results"' not in response.content.decode()
    assert response.context["form"].errors["children_ages"]


def test_the_quick_check_is_for_casework_users_only(client_for, partner, policy):
    assert client_for(partner).get(URL).status_code == 403
    assert client_for(policy).post(URL, ANSWERS).status_code == 403
    assert not QuickCheckCount.objects.exists()


def test_a_check_at_an_info_point_session_is_counted_for_that_session(
    client_for, outreacher, team_north
):
    from radar.infopoint.tests.factories import InfoPointSessionFactory

    session = InfoPointSessionFactory(team=team_north)
    client = client_for(outreacher)

    client.post(f"{URL}?session={session.pk}", ANSWERS)
    client.post(f"{URL}?session={session.pk}", {"adults": "2"})
    client.post(URL, ANSWERS)

    at_session = QuickCheckCount.objects.get(session=session)
    elsewhere = QuickCheckCount.objects.get(session=None)
    assert (at_session.team, at_session.count, elsewhere.count) == (team_north, 2, 1)


def test_agreeing_at_a_session_goes_on_to_the_intake_from_that_session(
    client_for, outreacher, team_north
):
    from radar.infopoint.tests.factories import InfoPointSessionFactory

    session = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).post(
        f"{URL}?session={session.pk}", {**ANSWERS, "agrees_to_register": "on"}
    )

    assert response["Location"] == f"{reverse('households:intake')}?session={session.pk}"


def test_another_teams_session_cannot_be_counted(client_for, outreacher, team_south):
    from radar.infopoint.tests.factories import InfoPointSessionFactory

    session = InfoPointSessionFactory(team=team_south)

    response = client_for(outreacher).post(f"{URL}?session={session.pk}", ANSWERS)

    assert response.status_code == 404
    assert not QuickCheckCount.objects.exists()
