"""Who sees which family: own team yes, another team never, partner, policy and
administrator no named family. Every read and every refusal is in the audit log."""

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.households.models import Status
from radar.households.selectors import (
    HouseholdNotFound,
    can_see_households,
    get_household_for,
    list_households_for,
    visible_households,
)
from radar.households.services import assign_workers
from radar.households.tests.factories import HouseholdFactory, MemberFactory

NORTH_CASEWORK = ["outreacher", "team_lead", "colleague"]
NO_NAMED_FAMILY = ["partner", "policy", "administrator"]


@pytest.fixture
def families(household, other_household):
    return household, other_household


@pytest.mark.parametrize("persona", NORTH_CASEWORK)
def test_north_caseworkers_see_north_families_only(request, persona, families):
    user = request.getfixturevalue(persona)
    household, other_household = families

    assert list(visible_households(user)) == [household]
    assert can_see_households(user)


def test_the_other_team_sees_only_its_own_families(other_outreacher, families):
    household, other_household = families
    assert list(visible_households(other_outreacher)) == [other_household]


@pytest.mark.parametrize("persona", NO_NAMED_FAMILY)
def test_partner_policy_and_administrator_see_no_named_family(request, persona, families):
    user = request.getfixturevalue(persona)
    assert not visible_households(user).exists()
    assert not list_households_for(user=user).exists()
    assert not can_see_households(user)


def test_a_superuser_sees_no_named_family_either(families, administrator):
    administrator.is_superuser = True
    administrator.save()
    assert not visible_households(administrator).exists()


def test_an_anonymous_visitor_sees_nothing(families):
    from django.contrib.auth.models import AnonymousUser

    assert not visible_households(AnonymousUser()).exists()
    assert not visible_households(None).exists()


def test_a_deactivated_outreacher_sees_nothing(outreacher, families):
    outreacher.is_active = False
    outreacher.save()
    assert not visible_households(outreacher).exists()


def test_a_worker_in_two_teams_sees_both(outreacher, team_south, families):
    outreacher.teams.add(team_south)
    assert set(visible_households(outreacher)) == set(families)


@pytest.mark.parametrize("persona", NORTH_CASEWORK)
def test_opening_a_family_writes_one_view_entry(request, persona, household):
    user = request.getfixturevalue(persona)

    found = get_household_for(user=user, household_id=household.pk, purpose="home visit")

    assert found == household
    entry = AuditEntry.objects.get()
    assert entry.action == AuditEntry.Action.VIEW
    assert entry.user == user
    assert entry.username == user.username
    assert entry.household_id == household.pk
    assert entry.object_type == "households.household"
    assert entry.object_id == str(household.pk)
    assert entry.purpose == "home visit"
    assert entry.channel == "web"


def test_each_read_is_written_separately(outreacher, household):
    for _ in range(3):
        get_household_for(user=outreacher, household_id=household.pk)
    assert AuditEntry.objects.filter(action="view", household_id=household.pk).count() == 3


def test_the_id_may_come_as_text_from_a_url(outreacher, household):
    assert get_household_for(user=outreacher, household_id=str(household.pk)) == household


def test_another_teams_family_is_not_found_and_the_refusal_is_written(other_outreacher, household):
    with pytest.raises(HouseholdNotFound):
        get_household_for(user=other_outreacher, household_id=household.pk, purpose="casework")

    entry = AuditEntry.objects.get()
    assert entry.action == AuditEntry.Action.DENIED
    assert entry.user == other_outreacher
    assert entry.household_id == household.pk
    assert entry.purpose == "casework"
    assert not AuditEntry.objects.filter(action="view").exists()


@pytest.mark.parametrize("persona", NO_NAMED_FAMILY)
def test_roles_without_casework_are_refused_and_the_refusal_is_written(request, persona, household):
    user = request.getfixturevalue(persona)
    with pytest.raises(HouseholdNotFound):
        get_household_for(user=user, household_id=household.pk)
    assert list(AuditEntry.objects.values_list("action", "household_id", "user")) == [
        ("denied", household.pk, user.pk)
    ]


def test_a_family_that_does_not_exist_gets_the_same_refusal(outreacher, household):
    with pytest.raises(HouseholdNotFound):
        get_household_for(user=outreacher, household_id=household.pk + 1000)
    with pytest.raises(HouseholdNotFound):
        get_household_for(user=outreacher, household_id="not-a-number")
    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["denied", "denied"]


def test_a_read_without_logging_writes_nothing(outreacher, household):
    get_household_for(user=outreacher, household_id=household.pk, log=False)
    assert not AuditEntry.objects.exists()


def test_the_api_channel_is_recorded(outreacher, household):
    get_household_for(user=outreacher, household_id=household.pk, channel="api")
    assert AuditEntry.objects.get().channel == "api"


@pytest.fixture
def north_families(team_north, outreacher, team_lead, household):
    """`household` (Janssens, Ann's) plus Peeters (Bart's, in contact) and Claes (nobody's)."""
    peeters = HouseholdFactory(
        team=team_north,
        name="Gezin Peeters",
        neighbourhood="Achterbos",
        status=Status.IN_CONTACT,
        assigned_workers=[team_lead],
    )
    MemberFactory(household=peeters, first_name="Kevin", last_name="Wouters", insz="")
    claes = HouseholdFactory(team=team_north, name="Gezin Claes", neighbourhood="Achterbos")
    return household, peeters, claes


def names(households):
    return sorted(h.name for h in households)


def test_search_by_family_name(outreacher, north_families):
    assert names(list_households_for(user=outreacher, query="peet")) == ["Gezin Peeters"]


def test_search_by_a_members_name(outreacher, north_families):
    assert names(list_households_for(user=outreacher, query="Wouters")) == ["Gezin Peeters"]
    assert names(list_households_for(user=outreacher, query="kevin")) == ["Gezin Peeters"]


def test_search_by_insz_with_or_without_dots(outreacher, north_families):
    for query in ("85073003328", "85.07.30-033.28"):
        assert names(list_households_for(user=outreacher, query=query)) == ["Gezin Janssens"]


def test_search_by_neighbourhood_lists_each_family_once(outreacher, north_families):
    found = list_households_for(user=outreacher, query="Achterbos")
    assert names(found) == ["Gezin Claes", "Gezin Peeters"]


def test_a_family_found_through_its_name_street_and_members_is_listed_and_counted_once(
    outreacher, team_lead, north_families
):
    """The search is one IN over a UNION ALL (households and members): a family matching in
    several places, or through two members, is still one family, also combined with the
    other filters."""
    _, peeters, _ = north_families
    peeters.street = "Peetersstraat 4"
    peeters.save()
    MemberFactory(household=peeters, first_name="Peeter", last_name="Peeters", insz="")
    MemberFactory(household=peeters, first_name="Lien", last_name="Peeters", insz="")
    found = list_households_for(user=outreacher, query="Peeters")
    assert names(found) == ["Gezin Peeters"]
    assert found.count() == 1
    assert names(list_households_for(user=outreacher, query="peetersstraat")) == ["Gezin Peeters"]
    assert names(list_households_for(user=team_lead, query="peeter", mine=True)) == [
        "Gezin Peeters"
    ]
    assert list_households_for(user=outreacher, query="peeter", mine=True).count() == 0
    assert names(
        list_households_for(user=outreacher, query="peeters", status=Status.IN_CONTACT)
    ) == ["Gezin Peeters"]
    assert list_households_for(user=outreacher, query="peeters", status=Status.CLOSED).count() == 0


def test_filter_by_status(outreacher, north_families):
    assert names(list_households_for(user=outreacher, status=Status.IN_CONTACT)) == [
        "Gezin Peeters"
    ]
    assert names(list_households_for(user=outreacher, status=Status.SIGNALLED)) == [
        "Gezin Claes",
        "Gezin Janssens",
    ]


def test_filter_on_own_caseload(outreacher, team_lead, north_families):
    assert names(list_households_for(user=outreacher, mine=True)) == ["Gezin Janssens"]
    assert names(list_households_for(user=team_lead, mine=True)) == ["Gezin Peeters"]
    assert len(list_households_for(user=team_lead)) == 3


def test_search_never_returns_another_teams_family(other_outreacher, north_families):
    for query in ("Janssens", "Marie", "85073003328", "Achterbos", "Gezin", "Mol"):
        found = names(list_households_for(user=other_outreacher, query=query))
        assert not any(n in found for n in ("Gezin Janssens", "Gezin Peeters", "Gezin Claes"))
    assert names(list_households_for(user=other_outreacher, query="Gezin")) == []


def test_the_other_team_finds_its_own_family(other_outreacher, other_household, north_families):
    assert names(list_households_for(user=other_outreacher, query="Maes")) == ["Gezin Maes"]
    assert names(list_households_for(user=other_outreacher, query="Gezin")) == ["Gezin Maes"]


def test_the_team_lead_assigns_workers_of_the_team(team_lead, outreacher, colleague, household):
    assign_workers(user=team_lead, household=household, workers=[outreacher, colleague])
    assert set(household.assigned_workers.all()) == {outreacher, colleague}
    entry = AuditEntry.objects.get(action="update")
    assert sorted(entry.detail["assigned"]) == ["colleague", "outreacher"]


def test_a_worker_of_another_team_cannot_be_assigned(team_lead, other_outreacher, household):
    with pytest.raises(ValidationError):
        assign_workers(user=team_lead, household=household, workers=[other_outreacher])
    assert list(household.assigned_workers.values_list("username", flat=True)) == ["outreacher"]


@pytest.mark.parametrize("persona", ["partner", "policy"])
def test_a_role_without_casework_cannot_be_assigned_even_if_linked_to_the_team(
    request, persona, team_lead, household
):
    """The assign form only offers caseworkers; the service must hold the same rule."""
    user = request.getfixturevalue(persona)
    with pytest.raises(ValidationError):
        assign_workers(user=team_lead, household=household, workers=[user])
    assert list(household.assigned_workers.values_list("username", flat=True)) == ["outreacher"]
