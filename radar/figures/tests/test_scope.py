"""Whose figures a user sees: their own teams' municipalities, and none without a team."""

from radar.accounts.tests.factories import (
    MunicipalityFactory,
    OutreacherFactory,
    PolicyFactory,
    TeamFactory,
)
from radar.figures.scope import hides_small_counts, municipalities_for, teams_in_scope


def test_policy_sees_every_team_of_their_own_municipality_and_no_other(
    policy, municipality, team_north, team_south
):
    TeamFactory(municipality=MunicipalityFactory(name="OCMW Elders"))

    assert list(municipalities_for(policy)) == [municipality]
    assert set(teams_in_scope(policy)) == {team_north, team_south}
    assert hides_small_counts(policy)


def test_a_policy_user_without_a_team_sees_no_municipality(municipality, team_north):
    # Even when the installation serves one municipality: nobody linked this account to it.
    loose = PolicyFactory(username="loose")

    assert not municipalities_for(loose).exists()
    assert not teams_in_scope(loose).exists()


def test_casework_counts_only_their_own_teams_exactly(outreacher, team_north, team_south):
    assert list(teams_in_scope(outreacher)) == [team_north]
    assert list(municipalities_for(outreacher)) == [team_north.municipality]
    assert not hides_small_counts(outreacher)


def test_partners_and_administrators_count_their_municipality_with_small_counts_hidden(
    partner, administrator, team_north, team_south
):
    assert set(teams_in_scope(partner)) == {team_north, team_south}
    assert hides_small_counts(partner)
    assert not teams_in_scope(administrator).exists()  # no team


def test_inactive_and_anonymous_users_see_nothing(team_north):
    from django.contrib.auth.models import AnonymousUser

    gone = OutreacherFactory(username="gone", teams=[team_north], is_active=False)
    for user in (gone, AnonymousUser(), None):
        assert not municipalities_for(user).exists()
        assert not teams_in_scope(user).exists()
        assert hides_small_counts(user)
