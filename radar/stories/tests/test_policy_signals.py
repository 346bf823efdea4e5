from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.states import TransitionError
from radar.households.tests.factories import IntakeFactory, life_domain
from radar.infopoint.tests.factories import InfoPointSessionFactory
from radar.stories import selectors, services
from radar.stories.models import PolicySignalStatus as S
from radar.stories.tests.factories import story

pytestmark = pytest.mark.django_db


def _signal(team, user, **links):
    return services.note_policy_signal(
        user=user,
        team=team,
        title="Schoolfacturen te laat verstuurd",
        domain=life_domain("education"),
        what_was_seen="Gezinnen krijgen de schoolfactuur pas na de vervaldag.",
        examples="Een moeder van drie kinderen kreeg in mei de factuur van september.",
        families=12,
        seen_since=timezone.localdate() - timedelta(days=200),
        **links,
    )


def test_a_signal_goes_from_noted_to_the_committee_to_an_answer(team_north, outreacher, policy):
    signal = _signal(team_north, outreacher)
    today = timezone.localdate()
    assert signal.status == S.NOTED

    signal = services.move_policy_signal(
        user=outreacher, signal=signal, to_status=S.BROUGHT, brought_on=today
    )
    signal = services.move_policy_signal(
        user=policy,
        signal=signal,
        to_status=S.ANSWERED,
        answer="De school stuurt de factuur voortaan maandelijks.",
        answered_on=today,
    )

    assert signal.status == S.ANSWERED and signal.answered_on == today
    assert [h.to_status for h in signal.history.order_by("changed_at", "id")] == [
        S.NOTED,
        S.BROUGHT,
        S.ANSWERED,
    ]
    assert selectors.committee_note(user=policy, meeting=today) == [signal]


def test_wrong_moves_are_refused(team_north, outreacher):
    signal = _signal(team_north, outreacher)

    with pytest.raises(TransitionError):
        services.move_policy_signal(
            user=outreacher,
            signal=signal,
            to_status=S.ANSWERED,
            answer="x",
            answered_on=timezone.localdate(),
        )
    with pytest.raises(ValidationError, match="date of the committee"):
        services.move_policy_signal(user=outreacher, signal=signal, to_status=S.BROUGHT)
    services.move_policy_signal(
        user=outreacher, signal=signal, to_status=S.BROUGHT, brought_on=timezone.localdate()
    )
    with pytest.raises(ValidationError, match="answer"):
        services.move_policy_signal(user=outreacher, signal=signal, to_status=S.NOT_TAKEN_UP)


def test_links_stay_within_the_team(team_north, outreacher, household, other_household):
    own_intake = IntakeFactory(household=household)
    other_intake = IntakeFactory(household=other_household)
    session = InfoPointSessionFactory(team=team_north)
    s = story(team_north, outreacher)

    signal = _signal(
        team_north, outreacher, intakes=[own_intake], info_point_sessions=[session], stories=[s]
    )
    assert list(signal.intakes.all()) == [own_intake]
    with pytest.raises(ValidationError, match="intakes of this team"):
        _signal(team_north, outreacher, intakes=[other_intake])


def test_the_committee_sees_the_municipalitys_signals_but_not_unshared_stories(
    team_north, outreacher, policy, partner
):
    hidden = story(team_north, outreacher, title="Alleen voor het team")
    shared = story(team_north, outreacher, title="Gedeeld", committee_ok=True)
    signal = _signal(team_north, outreacher, stories=[hidden, shared])

    assert list(selectors.visible_policy_signals(policy)) == [signal]
    assert selectors.linked_stories(user=policy, signal=signal) == [shared]
    assert list(selectors.visible_policy_signals(partner)) == []


def test_a_nul_character_in_a_verification_note_is_refused_not_a_500(client_for, outreacher):
    """The form fuzzer on PostgreSQL (text fields can't hold NUL): a clear error, no 500."""
    from django.core.exceptions import ValidationError

    from radar.stories import services
    from radar.stories.tests.factories import story

    told = story(outreacher.teams.first(), outreacher)
    with pytest.raises(ValidationError):
        services.verify_story(
            user=outreacher, story=told, note="Nagelezen\x00.", verified_on=told.told_on
        )
