"""The policy figures: counts only, of the user's own municipality, small counts hidden."""

from datetime import UTC, date, datetime

from radar.accounts.tests.factories import MunicipalityFactory, PolicyFactory, TeamFactory
from radar.dashboards.selectors import municipality_figures
from radar.figures.suppression import suppress as suppress_small
from radar.figures.tests.attack import lines_with_one_hidden, worked_out
from radar.households.tests.factories import HouseholdFactory, IntakeFactory, channel


def test_counts_of_one_to_four_are_hidden_and_zero_and_five_are_shown():
    assert [suppress_small(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


def test_a_policy_user_sees_only_the_figures_of_their_own_municipality(policy, team_north):
    elsewhere = TeamFactory(municipality=MunicipalityFactory(name="OCMW Elders"))
    for _ in range(6):
        IntakeFactory(household=HouseholdFactory(team=team_north, is_known_to_ocmw=False))
    for _ in range(9):
        IntakeFactory(household=HouseholdFactory(team=elsewhere))

    figures = municipality_figures(user=policy)

    assert figures["signalled_this_year"] == "6"
    assert figures["not_known_this_year"] == "6"
    assert sum(int(row["n"]) for row in figures["by_channel"] if row["n"] != "<5") == 6


def test_a_user_without_team_sees_nothing_when_several_municipalities_exist(db, team_north):
    MunicipalityFactory(name="OCMW Elders")
    HouseholdFactory.create_batch(6, team=team_north)

    figures = municipality_figures(user=PolicyFactory(username="loose"))

    assert figures["signalled_this_year"] == "0"


def test_the_figures_page_names_no_family(client_for, policy, household):
    HouseholdFactory.create_batch(5, team=household.team, name="Gezin Geheim")

    response = client_for(policy).get("/")

    assert response.status_code == 200
    assert "Gezin Geheim" not in response.content.decode()
    assert household.name not in response.content.decode()


def test_a_policy_user_without_a_team_sees_nothing_even_with_one_municipality(
    client_for, team_north
):
    for _ in range(6):
        IntakeFactory(household=HouseholdFactory(team=team_north))
    loose = PolicyFactory(username="loose")

    figures = municipality_figures(user=loose)
    response = client_for(loose).get("/")

    assert figures["signalled_this_year"] == "0"
    assert all(n == "0" for _choice, n in figures["by_status"])
    assert "geen enkel team" in response.content.decode()  # the Dutch notice: no team


def test_a_family_counts_in_the_year_of_its_intake_as_on_the_channels_page(policy, team_north):
    """Signalled (registered) in 2026, but the intake is dated 2025: it counts in 2025, on
    the policy page as on the channels page (the intake's own date)."""
    from radar.organisations.selectors import list_channel_signal_counts_for
    from radar.organisations.tests.factories import SchoolFactory

    school = SchoolFactory()
    registered = datetime(2026, 1, 5, 10, tzinfo=UTC)
    for day in range(1, 7):
        IntakeFactory(
            household=HouseholdFactory(team=team_north, signalled_at=registered),
            received_on=date(2025, 12, day),
            organisation=school,
        )

    assert municipality_figures(user=policy, year=2025)["signalled_this_year"] == "6"
    assert municipality_figures(user=policy, year=2026)["signalled_this_year"] == "0"
    [row] = list_channel_signal_counts_for(user=policy, year=2025)
    assert row.families == "6"


def test_the_channels_and_not_known_never_give_a_small_count_away(policy, team_north):
    """7 families through the school and 3 through the info point, 10 signalled: "7, <5,
    total 10" would give the 3 away, so the 7 is hidden as well."""
    for i in range(10):
        IntakeFactory(
            household=HouseholdFactory(team=team_north, is_known_to_ocmw=i < 8),
            channel=channel("school" if i < 7 else "info_point"),
        )

    figures = municipality_figures(user=policy)

    shown = {
        "signalled": figures["signalled_this_year"],
        "not_known": figures["not_known_this_year"],
    }
    shown.update({("channel", row["name"]): row["n"] for row in figures["by_channel"]})
    lines = [
        ([key for key in shown if isinstance(key, tuple)], "signalled"),
        (["not_known", "known"], "signalled"),
    ]
    assert sorted(row["n"] for row in figures["by_channel"]) == ["<5", "x"]
    assert shown["signalled"] == "10"
    # 2 not known next to 10 signalled: the 8 known ones may be worked out, the 2 may not.
    assert shown["not_known"] == "<5"
    assert not lines_with_one_hidden(shown, lines[:1])
    assert not worked_out(shown, lines, unpublished={"known": 8})


def test_the_figures_page_says_which_period_each_figure_covers_and_links_the_others(
    client_for, policy, household
):
    from django.urls import reverse
    from django.utils import timezone

    page = client_for(policy).get("/").content.decode()
    year = str(timezone.localdate().year)
    assert f"families signalled in {year}" in page or f"gezinnen gesignaleerd in {year}" in page
    assert "Families by status today" in page or "Gezinnen per status vandaag" in page
    for name in ["rights:figures", "infopoint:figures", "organisations:channels"]:
        assert f'href="{reverse(name)}"' in page
        assert client_for(policy).get(reverse(name)).status_code == 200


def test_every_logged_in_user_finds_help(client_for, policy, outreacher, partner):
    for user in [policy, outreacher, partner]:
        response = client_for(user).get("/help/")
        assert response.status_code == 200
        assert 'href="/help/"' in response.content.decode()
    outreacher_help = client_for(outreacher).get("/help/").content.decode()
    policy_help = client_for(policy).get("/help/").content.decode()
    assert "Log a contact" in outreacher_help or "Contact noteren" in outreacher_help
    assert "Log a contact" not in policy_help and "Contact noteren" not in policy_help
