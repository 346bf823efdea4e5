from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.stories import selectors, services
from radar.stories.models import SelectionRound, Story
from radar.stories.tests.factories import WHY, change_domain, story

pytestmark = pytest.mark.django_db
TEAM, COMMITTEE = SelectionRound.Level.TEAM, SelectionRound.Level.COMMITTEE


def test_a_story_is_written_down_with_consent_per_use(team_north, outreacher, household):
    s = story(team_north, outreacher, household=household, committee_ok=True)

    assert (s.may_share_with_team, s.may_share_with_committee, s.may_publish) == (
        True,
        True,
        False,
    )
    assert change_domain("other_change").is_open


def test_a_story_about_another_teams_family_or_by_another_team_is_refused(
    team_north, outreacher, other_outreacher, other_household
):
    with pytest.raises(ValidationError, match="not in this team"):
        story(team_north, outreacher, household=other_household)
    with pytest.raises(PermissionError):
        story(team_north, other_outreacher)
    assert not Story.objects.exists()


def test_a_team_round_picks_per_domain_with_reasons_in_full_sentences(team_north, outreacher):
    a = story(team_north, outreacher, title="Eigen sleutel")
    b = story(team_north, outreacher, title="Naar de turnclub", domain="children")
    today = timezone.localdate()

    selection_round = services.hold_selection_round(
        user=outreacher,
        level=TEAM,
        team=team_north,
        held_on=today,
        picks=[(change_domain("daily_life"), a, WHY), (change_domain("children"), b, WHY)],
    )

    assert [s.story for s in selection_round.selections.all()] == [a, b]


@pytest.mark.parametrize(
    "reason", ["", "Mooi verhaal", "Dit verhaal raakte ons allemaal heel erg diep"]
)
def test_reasons_that_are_not_full_sentences_are_refused(team_north, outreacher, reason):
    a = story(team_north, outreacher)

    with pytest.raises(ValidationError, match="full sentences"):
        services.hold_selection_round(
            user=outreacher,
            level=TEAM,
            team=team_north,
            held_on=timezone.localdate(),
            picks=[(change_domain("daily_life"), a, reason)],
        )
    assert not SelectionRound.objects.exists()


def test_a_round_refuses_a_story_without_consent_or_two_in_one_domain(team_north, outreacher):
    hidden = story(team_north, outreacher, team_ok=False)
    a = story(team_north, outreacher)
    b = story(team_north, outreacher, title="Tweede")
    domain = change_domain("daily_life")

    with pytest.raises(ValidationError, match="cannot be picked"):
        services.hold_selection_round(
            user=outreacher,
            level=TEAM,
            team=team_north,
            held_on=timezone.localdate(),
            picks=[(domain, hidden, WHY)],
        )
    with pytest.raises(ValidationError, match="one story per domain"):
        services.hold_selection_round(
            user=outreacher,
            level=TEAM,
            team=team_north,
            held_on=timezone.localdate(),
            picks=[(domain, a, WHY), (domain, b, WHY)],
        )


def test_the_committee_picks_from_the_team_selection_shared_with_it(team_north, outreacher, policy):
    shared = story(team_north, outreacher, committee_ok=True)
    not_shared = story(team_north, outreacher, title="Alleen het team")
    not_selected = story(
        team_north, outreacher, title="Niet gekozen", committee_ok=True, domain="children"
    )
    services.hold_selection_round(
        user=outreacher,
        level=TEAM,
        team=team_north,
        held_on=timezone.localdate(),
        picks=[(change_domain("daily_life"), shared, WHY)],
    )

    assert list(selectors.selectable_stories(policy, COMMITTEE)) == [shared]
    assert not_shared not in selectors.visible_stories(policy)
    with pytest.raises(ValidationError, match="cannot be picked"):
        services.hold_selection_round(
            user=policy,
            level=COMMITTEE,
            held_on=timezone.localdate(),
            picks=[(change_domain("children"), not_selected, WHY)],
        )
    committee = services.hold_selection_round(
        user=policy,
        level=COMMITTEE,
        held_on=timezone.localdate(),
        picks=[(change_domain("daily_life"), shared, WHY)],
    )
    assert committee.team is None
    with pytest.raises(PermissionError):
        services.hold_selection_round(
            user=outreacher,
            level=COMMITTEE,
            held_on=timezone.localdate(),
            picks=[(change_domain("daily_life"), shared, WHY)],
        )


def test_feedback_and_verification_are_recorded(team_north, outreacher):
    s = story(team_north, outreacher)
    today = timezone.localdate()

    services.give_feedback(
        user=outreacher, story=s, note="Verteld dat het team jouw verhaal koos.", given_on=today
    )
    services.verify_story(user=outreacher, story=s, note="Nagelezen met Marie.", verified_on=today)

    s.refresh_from_db()
    assert s.feedback.get().note.startswith("Verteld")
    assert s.verification_note == "Nagelezen met Marie." and s.verified_on == today
    with pytest.raises(ValidationError):
        services.verify_story(user=outreacher, story=s, note=" ", verified_on=today)
    with pytest.raises(ValidationError):
        services.give_feedback(
            user=outreacher, story=s, note="x", given_on=today + timedelta(days=2)
        )


def test_the_story_book_holds_only_stories_agreed_for_a_public_report(
    team_north, outreacher, policy
):
    public = story(team_north, outreacher, title="Openbaar", public_ok=True, committee_ok=True)
    story(team_north, outreacher, title="Niet openbaar", committee_ok=True)
    last_year = story(
        team_north,
        outreacher,
        title="Vorig jaar",
        public_ok=True,
        told_on=timezone.localdate().replace(month=1, day=1) - timedelta(days=1),
    )

    year = timezone.localdate().year
    assert selectors.story_book(user=outreacher, year=year) == [public]
    assert selectors.story_book(user=outreacher, year=year - 1) == [last_year]
    assert selectors.story_book(user=policy, year=year) == [public]
    assert Story.objects.count() == 3
