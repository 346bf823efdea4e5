"""The duplicate check at intake: the same person, written differently, is found;
someone else is not; another team's people are never shown."""

from datetime import date

import pytest

from radar.households.duplicates import normalize_name, similar_names
from radar.households.selectors import find_duplicate_members
from radar.households.tests.factories import HouseholdFactory, MemberFactory


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marie Janssens", "Marie Janssens"),
        ("Hélène Dubois", "Helene Dubois"),  # accents
        ("Janssens Marie", "Marie Janssens"),  # order
        ("Marie Janssens", "Marie Jansens"),  # typo
        ("Marie Janssens", "marie  JANSSENS"),  # case and spaces
        ("Anne-Sophie Van den Bossche", "Anne Sophie van den Bossche"),  # punctuation
    ],
)
def test_the_same_name_written_differently_is_similar(a, b):
    assert similar_names(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marie Janssens", "Youssef El Amrani"),
        ("Marie Janssens", "Marc Peeters"),
        ("Marie Janssens", ""),
        ("", ""),
    ],
)
def test_different_or_empty_names_are_not_similar(a, b):
    assert not similar_names(a, b)


def test_names_are_compared_without_accents_case_or_order():
    assert normalize_name("Çelik, Ayşe") == "ayse celik"


@pytest.fixture
def marie(household):
    """Marie Janssens, born 30 July 1985, INSZ 85073003328, in north's `household`."""
    return household.members.get(first_name="Marie")


def test_the_same_insz_is_a_duplicate_whatever_the_name(outreacher, marie):
    found = find_duplicate_members(
        user=outreacher, first_name="M.", last_name="Peeters", insz="85.07.30-033.28"
    )
    assert found == [marie]


def test_a_similar_name_with_the_same_birth_date_is_a_duplicate(outreacher, marie):
    found = find_duplicate_members(
        user=outreacher, first_name="Marie", last_name="Jansens", birth_date=date(1985, 7, 30)
    )
    assert found == [marie]


def test_the_same_name_with_another_birth_date_is_not_a_duplicate(outreacher, marie):
    found = find_duplicate_members(
        user=outreacher, first_name="Marie", last_name="Janssens", birth_date=date(1986, 7, 30)
    )
    assert found == []


def test_the_same_birth_date_with_another_name_is_not_a_duplicate(outreacher, marie):
    found = find_duplicate_members(
        user=outreacher, first_name="Fatima", last_name="Benali", birth_date=date(1985, 7, 30)
    )
    assert found == []


def test_another_teams_member_is_never_returned(other_outreacher, marie):
    by_insz = find_duplicate_members(
        user=other_outreacher, first_name="Marie", last_name="Janssens", insz="85073003328"
    )
    by_name = find_duplicate_members(
        user=other_outreacher,
        first_name="Marie",
        last_name="Janssens",
        birth_date=date(1985, 7, 30),
    )
    assert by_insz == []
    assert by_name == []


def test_the_other_team_finds_its_own_duplicate(other_outreacher, team_south, marie):
    own = MemberFactory(
        household=HouseholdFactory(team=team_south),
        first_name="Marie",
        last_name="Janssens",
        birth_date=date(1985, 7, 30),
    )
    found = find_duplicate_members(
        user=other_outreacher,
        first_name="Marie",
        last_name="Janssens",
        birth_date=date(1985, 7, 30),
    )
    assert found == [own]


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_roles_without_casework_find_no_one(request, persona, marie):
    user = request.getfixturevalue(persona)
    found = find_duplicate_members(
        user=user,
        first_name="Marie",
        last_name="Janssens",
        insz="85073003328",
        birth_date=date(1985, 7, 30),
    )
    assert found == []
