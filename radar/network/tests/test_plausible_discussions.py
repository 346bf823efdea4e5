"""Case discussions are held from 2000 until a year ahead; agreements are due within five
years. An agreement that has passed its date still becomes a step (issue 8)."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.network import services
from radar.network.models import Agreement, CaseDiscussion
from radar.network.tests.factories import AgreementFactory, CaseDiscussionFactory
from radar.plans.tests.factories import GoalFactory


def test_a_discussion_in_an_implausible_year_is_refused(outreacher, team_north):
    with pytest.raises(ValidationError) as refused:
        services.record_discussion(
            user=outreacher, team=team_north, held_on=date(2205, 3, 4), kind="intervision"
        )

    assert set(refused.value.message_dict) == {"held_on"}
    assert not CaseDiscussion.objects.exists()


def test_an_agreement_due_in_an_implausible_year_is_refused(outreacher, household):
    discussion = CaseDiscussionFactory(team=household.team, households=[household])

    with pytest.raises(ValidationError) as refused:
        services.add_agreement(
            user=outreacher,
            discussion=discussion,
            household=household,
            text="Budgetplan",
            due_on=date(1, 1, 1),
        )

    assert set(refused.value.message_dict) == {"due_on"}
    assert not Agreement.objects.exists()


def test_an_agreement_whose_date_passed_still_becomes_a_step(outreacher, household):
    last_week = timezone.localdate() - timedelta(days=7)
    discussion = CaseDiscussionFactory(
        team=household.team, households=[household], held_on=last_week - timedelta(days=7)
    )
    agreement = AgreementFactory(discussion=discussion, household=household, due_on=last_week)

    step = services.turn_agreement_into_step(
        user=outreacher, agreement=agreement, goal=GoalFactory(household=household)
    )

    assert step.due_on == last_week
