"""Figures per neighbourhood over time: team leads see their teams' counts; policy users see
counts only, with 1 to 4 shown as <5, and never a name."""

from datetime import date

from django.urls import reverse

from radar.accounts.tests.factories import MunicipalityFactory, TeamFactory, TeamLeadFactory
from radar.figures.tests.attack import lines_with_one_hidden, worked_out
from radar.households.tests.factories import HouseholdFactory, IntakeFactory, life_domain
from radar.infopoint import selectors
from radar.infopoint.tests.factories import InfoPointSessionFactory, SessionQuestionCountFactory
from radar.rights.models import QuickCheckCount

URL = reverse("infopoint:figures")


def _row(figures, neighbourhood, period):
    return next(
        r for r in figures["rows"] if (r.neighbourhood, r.period) == (neighbourhood, period)
    )


def _questions(figures, row):
    return {d.code: n for d, n in zip(figures["domains"], row.questions, strict=True)}


def _busy_year(team_north, team_south, household):
    """Rozenberg: two sessions in March 2025 (north, south), one in May; Ezaart one in March."""
    march = InfoPointSessionFactory(team=team_north, held_on=date(2025, 3, 3), visitors=8)
    south = InfoPointSessionFactory(team=team_south, held_on=date(2025, 3, 20), visitors=4)
    may = InfoPointSessionFactory(team=team_north, held_on=date(2025, 5, 7), visitors=2)
    ezaart = InfoPointSessionFactory(
        team=team_north, held_on=date(2025, 3, 10), neighbourhood="Ezaart", visitors=6
    )
    InfoPointSessionFactory(team=team_north, held_on=date(2024, 3, 3), visitors=50)
    SessionQuestionCountFactory(session=march, domain=life_domain("housing"), count=5)
    SessionQuestionCountFactory(session=south, domain=life_domain("housing"), count=2)
    SessionQuestionCountFactory(session=march, domain=life_domain("finances"), count=3)
    SessionQuestionCountFactory(session=ezaart, domain=life_domain("health"), count=7)
    IntakeFactory(household=household, info_point_session=march)
    QuickCheckCount.objects.create(team=team_north, session=march, count=6)
    QuickCheckCount.objects.create(team=team_south, session=south, count=1)
    QuickCheckCount.objects.create(team=team_north, session=None, count=9)  # not at a session
    return march, may, ezaart


def test_a_team_lead_sees_the_figures_of_his_team_per_neighbourhood_and_month(
    team_lead, team_north, team_south, household
):
    _busy_year(team_north, team_south, household)

    figures = selectors.neighbourhood_figures(user=team_lead, year=2025)

    assert [(r.neighbourhood, r.period) for r in figures["rows"]] == [
        ("Ezaart", date(2025, 3, 1)),
        ("Rozenberg", date(2025, 3, 1)),
        ("Rozenberg", date(2025, 5, 1)),
    ]
    march = _row(figures, "Rozenberg", date(2025, 3, 1))
    assert (march.sessions, march.visitors, march.intakes, march.quick_checks) == (1, 8, 1, 6)
    assert _questions(figures, march)["housing"] == 5
    assert _questions(figures, march)["finances"] == 3
    ezaart = _row(figures, "Ezaart", date(2025, 3, 1))
    assert _questions(figures, ezaart)["health"] == 7


def test_per_quarter_the_months_add_up(team_lead, team_north, team_south, household):
    _busy_year(team_north, team_south, household)

    figures = selectors.neighbourhood_figures(user=team_lead, year=2025, period="quarter")

    first = _row(figures, "Rozenberg", date(2025, 1, 1))
    second = _row(figures, "Rozenberg", date(2025, 4, 1))
    assert (first.quarter, first.sessions, first.visitors) == (1, 1, 8)
    assert (second.quarter, second.sessions, second.visitors) == (2, 1, 2)


def test_policy_sees_the_whole_municipality_with_small_counts_hidden(
    policy, team_north, team_south, household
):
    _busy_year(team_north, team_south, household)

    figures = selectors.neighbourhood_figures(user=policy, year=2025)

    march = _row(figures, "Rozenberg", date(2025, 3, 1))
    # North and south together: 2 sessions, 12 visitors, 7 housing questions, 7 quick checks.
    assert (march.sessions, march.visitors, march.intakes, march.quick_checks) == (
        "<5",
        "12",
        "<5",
        "7",
    )
    assert _questions(figures, march)["housing"] == "7"
    assert _questions(figures, march)["finances"] == "<5"
    assert _questions(figures, march)["work"] == "0"


def test_policy_sees_no_other_municipality(policy, team_north):
    elsewhere = TeamFactory(municipality=MunicipalityFactory(name="OCMW Elders"))
    InfoPointSessionFactory(team=elsewhere, held_on=date(2025, 3, 3), neighbourhood="Ginder")

    figures = selectors.neighbourhood_figures(user=policy, year=2025)

    assert figures["rows"] == []


def test_the_figures_page_shows_policy_no_name(client_for, policy, team_north, household):
    session = InfoPointSessionFactory(team=team_north, visitors=3)
    IntakeFactory(household=household, info_point_session=session)
    year = session.held_on.year

    response = client_for(policy).get(URL, {"year": year})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Rozenberg" in body and "&lt;5" in body
    for name in ("Gezin Janssens", "Janssens", "Marie", "Stationsstraat"):
        assert name not in body


def test_the_figures_page_by_quarter(client_for, team_lead, team_north):
    InfoPointSessionFactory(team=team_north, held_on=date(2025, 8, 1), visitors=3)

    response = client_for(team_lead).get(URL, {"year": "2025", "by": "quarter"})

    assert "K3 2025" in response.content.decode()  # the quarter in the team lead's Dutch


def test_figures_are_for_team_leads_and_policy_only(
    client_for, outreacher, colleague, partner, administrator
):
    for user in (outreacher, colleague, partner, administrator):
        assert client_for(user).get(URL).status_code == 403


def test_a_team_lead_sees_only_his_own_teams(team_north, team_south, household):
    lead_south = TeamLeadFactory(teams=[team_south])
    other = HouseholdFactory(team=team_south)
    _busy_year(team_north, team_south, household)
    IntakeFactory(household=other)

    figures = selectors.neighbourhood_figures(user=lead_south, year=2025)

    assert [(r.neighbourhood, r.sessions, r.visitors) for r in figures["rows"]] == [
        ("Rozenberg", 1, 4)
    ]


def test_no_hidden_month_can_be_worked_out_from_its_quarter(client_for, policy, team_north):
    """The month and the quarter views are published both: a quarter is the total of its
    months, so "March <5, May 6, Q2 9" must not stand next to each other."""
    for held_on, visitors in (
        (date(2025, 1, 10), 3),
        (date(2025, 2, 10), 7),
        (date(2025, 3, 10), 9),
        (date(2025, 4, 10), 2),
        (date(2025, 5, 10), 6),
    ):
        InfoPointSessionFactory(team=team_north, held_on=held_on, visitors=visitors)
    client = client_for(policy)

    months = client.get(URL, {"year": "2025", "by": "month"}).context["rows"]
    quarters = client.get(URL, {"year": "2025", "by": "quarter"}).context["rows"]

    shown = {("month", r.period): r.visitors for r in months}
    shown.update({("quarter", r.period): r.visitors for r in quarters})
    lines = []
    for quarter in (date(2025, 1, 1), date(2025, 4, 1)):
        cells = [("month", date(2025, quarter.month + i, 1)) for i in range(3)]
        shown.update({cell: "0" for cell in cells if cell not in shown})  # no session: 0
        lines.append((cells, ("quarter", quarter)))
    assert shown[("month", date(2025, 4, 1))] == "<5"
    assert shown[("month", date(2025, 5, 1))] == "x"
    assert not lines_with_one_hidden(shown, lines)
    assert not worked_out(shown, lines)
