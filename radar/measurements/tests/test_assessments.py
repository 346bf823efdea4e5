from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households.tests.factories import IntakeFactory, MemberFactory
from radar.measurements import services
from radar.measurements.models import Assessment, Score
from radar.measurements.tests.factories import assess, instrument, known_since

pytestmark = pytest.mark.django_db


def test_an_assessment_stores_a_level_and_a_note_per_domain(household, outreacher):
    known_since(household, timezone.localdate() - timedelta(days=10))

    assessment = services.record_assessment(
        user=outreacher,
        household=household,
        instrument=instrument(),
        assessed_on=timezone.localdate(),
        scores={"housing": 2, "finances": 1, "justice": None},
        notes={"housing": "Huurachterstal van drie maanden."},
    )

    scores = {s.domain.code: (s.level, s.note) for s in assessment.scores.all()}
    assert scores == {"finances": (1, ""), "housing": (2, "Huurachterstal van drie maanden.")}
    assert assessment.assessed_by == outreacher
    entry = AuditEntry.objects.get(object_type="measurements.assessment")
    assert (entry.action, entry.household_id) == ("create", household.pk)


def test_the_family_scores_too_and_the_differences_show(household, outreacher):
    known_since(household, timezone.localdate())

    assessment = assess(
        household, user=outreacher, housing=2, finances=3, family={"housing": 4, "finances": 3}
    )

    assert assessment.is_co_scored
    differences = {s.domain.code: s.difference for s in assessment.scores.all()}
    assert differences == {"finances": 0, "housing": 2}


def test_an_assessment_before_the_intake_is_refused(household, outreacher):
    known_since(household, timezone.localdate() - timedelta(days=400))
    IntakeFactory(household=household, received_on=timezone.localdate() - timedelta(days=30))

    with pytest.raises(ValidationError, match="cannot be earlier") as refused:
        assess(household, user=outreacher, days_ago=31, housing=2)

    assert "assessed_on" in refused.value.message_dict
    assert not Assessment.objects.exists()
    assess(household, user=outreacher, days_ago=30, housing=2)  # the intake's day is fine


def test_an_assessment_in_the_future_is_refused(household, outreacher):
    with pytest.raises(ValidationError, match="future"):
        assess(household, user=outreacher, on=timezone.localdate() + timedelta(days=1), housing=2)


@pytest.mark.parametrize(
    ("scores", "field", "message"),
    [
        ({"housing": 6}, "scores", "Not a level"),
        ({"housing": 0}, "scores", "Not a level"),
        ({"garden": 3}, "scores", "Unknown domain"),
        ({"housing": None}, "scores", "at least one"),
        ({}, "scores", "at least one"),
    ],
)
def test_wrong_scores_are_refused(household, outreacher, scores, field, message):
    known_since(household, timezone.localdate())

    with pytest.raises(ValidationError, match=message) as refused:
        assess(household, user=outreacher, **scores)

    assert field in refused.value.message_dict
    assert not Score.objects.exists()


def test_a_member_of_another_household_is_refused(household, other_household, outreacher):
    known_since(household, timezone.localdate())
    stranger = other_household.members.first()

    with pytest.raises(ValidationError, match="not in this household"):
        assess(household, user=outreacher, member=stranger, housing=3)


def test_the_participatieladder_scores_one_person(household, outreacher):
    known_since(household, timezone.localdate())
    with pytest.raises(ValidationError, match="choose who"):
        assess(household, user=outreacher, code="participatieladder", participation=2)
    member = MemberFactory(household=household)

    ladder = assess(
        household, user=outreacher, code="participatieladder", member=member, participation=2
    )

    assert ladder.member == member
