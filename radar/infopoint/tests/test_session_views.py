"""The session pages: list, new, edit, detail and the +1 buttons; and their refusals."""

import re

from django.urls import reverse

from radar.households.tests.factories import HouseholdFactory, IntakeFactory, life_domain
from radar.infopoint.models import InfoPointSession
from radar.infopoint.tests.factories import InfoPointSessionFactory, SessionQuestionCountFactory
from radar.rights.models import QuickCheckCount


def test_the_list_shows_only_the_teams_sessions(client_for, outreacher, team_north, team_south):
    InfoPointSessionFactory(team=team_north, neighbourhood="Rozenberg")
    InfoPointSessionFactory(team=team_south, neighbourhood="Ezaart")

    body = client_for(outreacher).get(reverse("infopoint:list")).content.decode()

    assert "Rozenberg" in body and "Ezaart" not in body


def test_the_list_shows_each_sessions_totals(client_for, outreacher, household, team_north):
    session = InfoPointSessionFactory(team=team_north, visitors=7)
    SessionQuestionCountFactory(session=session, domain=life_domain("housing"), count=3)
    SessionQuestionCountFactory(session=session, domain=life_domain("health"), count=2)
    IntakeFactory(household=household, info_point_session=session)
    QuickCheckCount.objects.create(team=team_north, session=session, count=4)

    response = client_for(outreacher).get(reverse("infopoint:list"))

    listed = response.context["sessions"][0]
    assert (listed.visitors, listed.question_total, listed.intake_total) == (7, 5, 1)
    assert listed.quick_check_total == 4


def test_a_new_session_is_saved_and_opens_its_counters(client_for, outreacher, team_north):
    response = client_for(outreacher).post(
        reverse("infopoint:new"),
        {
            "team": team_north.pk,
            "held_on": "2025-03-12",
            "start_time": "09:30",
            "end_time": "12:00",
            "neighbourhood": "Rozenberg",
            "location": "Pleintje",
            "staff": [outreacher.pk],
        },
    )

    session = InfoPointSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("infopoint:detail", args=[session.pk])
    assert list(session.staff.all()) == [outreacher]


def test_a_session_ending_before_it_starts_is_shown_again(client_for, outreacher, team_north):
    response = client_for(outreacher).post(
        reverse("infopoint:new"),
        {
            "team": team_north.pk,
            "held_on": "2025-03-12",
            "start_time": "12:00",
            "end_time": "09:00",
            "neighbourhood": "Rozenberg",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["end_time"]
    assert not InfoPointSession.objects.exists()


def test_a_session_is_edited(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).post(
        reverse("infopoint:edit", args=[session.pk]),
        {"held_on": "2025-03-12", "neighbourhood": "Rozenberg", "location": "Buurthuis"},
    )

    session.refresh_from_db()
    assert response.status_code == 302
    assert (session.location, session.held_on.isoformat()) == ("Buurthuis", "2025-03-12")


def test_the_detail_shows_questions_by_domain_and_the_families_that_came(
    client_for, outreacher, household, team_north
):
    session = InfoPointSessionFactory(team=team_north, visitors=9)
    SessionQuestionCountFactory(session=session, domain=life_domain("housing"), count=3)
    IntakeFactory(household=household, info_point_session=session)
    QuickCheckCount.objects.create(team=team_north, session=session, count=2)

    response = client_for(outreacher).get(reverse("infopoint:detail", args=[session.pk]))

    summary = response.context["summary"]
    assert dict((d.code, n) for d, n in summary.questions)["housing"] == 3
    assert summary.quick_checks == 2
    assert "Gezin Janssens" in response.content.decode()


def test_a_plus_one_tap_with_htmx_returns_only_the_counters(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)
    url = reverse("infopoint:count", args=[session.pk])

    response = client_for(outreacher).post(
        url, {"what": "visitor", "by": "1"}, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    session.refresh_from_db()
    assert response.status_code == 200 and session.visitors == 1
    assert body.lstrip().startswith('<section id="counters"') and "<html" not in body


def test_a_question_tap_with_htmx_shows_the_new_count(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)
    housing = life_domain("housing")
    url = reverse("infopoint:count", args=[session.pk])
    client = client_for(outreacher)

    client.post(url, {"what": "question", "domain": housing.pk}, headers={"HX-Request": "true"})
    response = client.post(
        url, {"what": "question", "domain": housing.pk, "by": "1"}, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    assert session.question_counts.get(domain=housing).count == 2
    assert re.search(rf'<span>{housing.name}</span>\s*<span class="count">2</span>', body)


def test_a_plus_one_tap_without_javascript_goes_back_to_the_session(
    client_for, outreacher, team_north
):
    session = InfoPointSessionFactory(team=team_north)

    response = client_for(outreacher).post(
        reverse("infopoint:count", args=[session.pk]), {"what": "visitor", "by": "1"}
    )

    session.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("infopoint:detail", args=[session.pk])
    assert session.visitors == 1


def test_a_count_other_than_one_is_refused(client_for, outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)
    url = reverse("infopoint:count", args=[session.pk])
    client = client_for(outreacher)

    assert client.post(url, {"what": "visitor", "by": "10"}).status_code == 400
    assert client.post(url, {"what": "nothing"}).status_code == 400
    session.refresh_from_db()
    assert session.visitors == 0


def test_another_teams_session_is_not_found(client_for, outreacher, team_south):
    session = InfoPointSessionFactory(team=team_south)
    client = client_for(outreacher)

    assert client.get(reverse("infopoint:detail", args=[session.pk])).status_code == 404
    assert client.get(reverse("infopoint:edit", args=[session.pk])).status_code == 404
    response = client.post(reverse("infopoint:count", args=[session.pk]), {"what": "visitor"})
    assert response.status_code == 404
    assert client.get(reverse("infopoint:detail", args=[987654])).status_code == 404
    session.refresh_from_db()
    assert session.visitors == 0


def test_partner_and_policy_cannot_open_sessions(client_for, partner, policy, team_north):
    session = InfoPointSessionFactory(team=team_north)
    for user in (partner, policy):
        client = client_for(user)
        assert client.get(reverse("infopoint:list")).status_code == 403
        assert client.get(reverse("infopoint:detail", args=[session.pk])).status_code == 403
        response = client.post(reverse("infopoint:count", args=[session.pk]), {"what": "visitor"})
        assert response.status_code == 403
    session.refresh_from_db()
    assert session.visitors == 0


def test_a_session_cannot_be_created_for_another_team(client_for, outreacher, team_south):
    response = client_for(outreacher).post(
        reverse("infopoint:new"),
        {"team": team_south.pk, "held_on": "2025-03-12", "neighbourhood": "Ezaart"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["team"]
    assert not InfoPointSession.objects.exists()


def test_families_of_other_teams_never_show_on_a_session(
    client_for, outreacher, team_north, team_south
):
    session = InfoPointSessionFactory(team=team_north)
    # A family that moved to team south after coming to north's info point.
    moved = HouseholdFactory(team=team_south, name="Gezin Verhuisd")
    IntakeFactory(household=moved, info_point_session=session)

    response = client_for(outreacher).get(reverse("infopoint:detail", args=[session.pk]))

    assert "Gezin Verhuisd" not in response.content.decode()
    assert response.context["summary"].hidden_intakes == 1
