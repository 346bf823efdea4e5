"""Joint case discussions: only the team's own families, only team members, agreements
about families that were discussed, and an agreement becomes a step in that family's plan."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.households.tests.factories import HouseholdFactory
from radar.network import selectors, services
from radar.network.models import Agreement, CaseDiscussion
from radar.network.tests.factories import AgreementFactory, CaseDiscussionFactory
from radar.plans.models import Step
from radar.plans.tests.factories import GoalFactory


def test_a_case_discussion_is_recorded_with_its_families_and_participants(
    outreacher, team_lead, household, team_north
):
    second = HouseholdFactory(team=team_north, name="Gezin Claes")

    discussion = services.record_discussion(
        user=outreacher,
        team=team_north,
        held_on=date(2025, 3, 4),
        kind=CaseDiscussion.Kind.CASE_CONFERENCE,
        households=[household, second],
        participants=[outreacher, team_lead],
        other_participants="supervisor CAW",
    )

    assert set(discussion.households.all()) == {household, second}
    assert set(discussion.participants.all()) == {outreacher, team_lead}
    entries = AuditEntry.objects.filter(object_type="network.casediscussion")
    assert sorted(e.household_id for e in entries) == sorted([household.pk, second.pk])
    assert {e.action for e in entries} == {"create"}


def test_another_teams_family_cannot_be_added_to_a_discussion(
    outreacher, household, other_household, team_north
):
    with pytest.raises(ValidationError) as refused:
        services.record_discussion(
            user=outreacher,
            team=team_north,
            held_on=date.today(),
            kind="intervision",
            households=[household, other_household],
        )

    assert "households" in refused.value.message_dict
    assert not CaseDiscussion.objects.exists()


def test_a_family_of_another_of_the_users_teams_is_refused_too(
    outreacher, household, team_north, team_south
):
    outreacher.teams.add(team_south)
    south_family = HouseholdFactory(team=team_south)

    with pytest.raises(ValidationError):
        services.record_discussion(
            user=outreacher,
            team=team_north,
            held_on=date.today(),
            kind="intervision",
            households=[south_family],
        )


def test_participants_must_be_casework_members_of_the_team(
    outreacher, other_outreacher, partner, team_north
):
    for outsider in (other_outreacher, partner):
        with pytest.raises(ValidationError):
            services.record_discussion(
                user=outreacher,
                team=team_north,
                held_on=date.today(),
                kind="intervision",
                participants=[outsider],
            )


def test_only_casework_members_of_the_team_record_its_discussions(
    other_outreacher, policy, team_north
):
    for user in (other_outreacher, policy):
        with pytest.raises(PermissionError):
            services.record_discussion(
                user=user, team=team_north, held_on=date.today(), kind="intervision"
            )


def test_an_agreement_is_only_about_a_family_that_was_discussed(outreacher, household, team_north):
    discussion = CaseDiscussionFactory(team=team_north, households=[household])
    not_discussed = HouseholdFactory(team=team_north)

    agreement = services.add_agreement(
        user=outreacher,
        discussion=discussion,
        household=household,
        text="Ann belt het CAW.",
        owner=outreacher,
        due_on=date(2025, 4, 1),
    )
    with pytest.raises(ValidationError):
        services.add_agreement(
            user=outreacher, discussion=discussion, household=not_discussed, text="Iets"
        )

    assert list(discussion.agreements.all()) == [agreement]
    entry = AuditEntry.objects.get(object_type="network.agreement")
    assert (entry.action, entry.household_id) == ("create", household.pk)


def test_the_owner_of_an_agreement_is_in_the_team(outreacher, other_outreacher, household):
    discussion = CaseDiscussionFactory(team=household.team, households=[household])

    with pytest.raises(ValidationError):
        services.add_agreement(
            user=outreacher,
            discussion=discussion,
            household=household,
            text="Dirk belt.",
            owner=other_outreacher,
        )


def test_an_agreement_becomes_a_step_in_that_familys_plan(outreacher, household):
    goal = GoalFactory(household=household)
    due = date.today() + timedelta(days=10)
    agreement = AgreementFactory(household=household, owner=outreacher, due_on=due)

    step = services.turn_agreement_into_step(user=outreacher, agreement=agreement, goal=goal)

    agreement.refresh_from_db()
    assert agreement.step == step
    assert (step.goal, step.household, step.title) == (goal, household, agreement.text)
    assert (step.owner, step.owner_name, step.due_on) == (
        Step.Owner.OUTREACHER,
        "Ann Outreach",
        due,
    )
    audited = AuditEntry.objects.filter(household_id=household.pk).values_list(
        "object_type", "action"
    )
    assert set(audited) == {("plans.step", "create"), ("network.agreement", "update")}


def test_an_agreement_cannot_become_a_step_of_another_familys_goal(
    outreacher, household, team_north
):
    other_goal = GoalFactory(household=HouseholdFactory(team=team_north))
    agreement = AgreementFactory(household=household)

    with pytest.raises(ValidationError):
        services.turn_agreement_into_step(user=outreacher, agreement=agreement, goal=other_goal)

    assert not Step.objects.exists()


def test_an_agreement_becomes_a_step_only_once(outreacher, household):
    goal = GoalFactory(household=household)
    agreement = AgreementFactory(household=household)
    services.turn_agreement_into_step(user=outreacher, agreement=agreement, goal=goal, title="A")

    with pytest.raises(ValidationError):
        services.turn_agreement_into_step(user=outreacher, agreement=agreement, goal=goal)

    assert Step.objects.count() == 1


def test_the_team_sees_its_discussions_and_no_other(
    outreacher, other_outreacher, policy, household, other_household
):
    north = CaseDiscussionFactory(team=household.team, households=[household])
    south = CaseDiscussionFactory(team=other_household.team, households=[other_household])

    assert list(selectors.list_discussions_for(user=outreacher)) == [north]
    assert list(selectors.list_discussions_for(user=other_outreacher)) == [south]
    assert list(selectors.list_discussions_for(user=policy)) == []
    with pytest.raises(selectors.DiscussionNotFound):
        selectors.get_discussion_for(user=outreacher, discussion_id=south.pk)
    denied = AuditEntry.objects.get(action="denied")
    assert (denied.user, denied.object_type) == (outreacher, "network.casediscussion")


def test_reading_a_discussion_is_logged_for_every_family_discussed(outreacher, household):
    second = HouseholdFactory(team=household.team)
    discussion = CaseDiscussionFactory(team=household.team, households=[household, second])

    selectors.get_discussion_for(user=outreacher, discussion_id=discussion.pk)

    views = AuditEntry.objects.filter(action="view")
    assert sorted(v.household_id for v in views) == sorted([household.pk, second.pk])


def test_the_dossier_lists_the_teams_discussions_with_this_familys_agreements(household):
    mine = AgreementFactory(household=household)
    other_family = HouseholdFactory(team=household.team)
    mine.discussion.households.add(other_family)
    AgreementFactory(household=other_family, discussion=mine.discussion)

    (discussion,) = selectors.discussions_of(household)

    assert discussion.household_agreements == [mine]
    assert Agreement.objects.count() == 2
