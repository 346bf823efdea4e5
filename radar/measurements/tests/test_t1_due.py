from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.households.selectors import visible_households
from radar.measurements.models import MeasurementSettings
from radar.measurements.selectors import t1_due_for
from radar.measurements.tests.factories import assess, known_since

pytestmark = pytest.mark.django_db


def _due(user):
    return [(d["household_id"], d["instrument"].code) for d in t1_due_for(
        user=user, households=visible_households(user))]  # fmt: skip


def test_t1_is_due_from_90_days_after_t0_until_it_is_made(household, outreacher):
    today = timezone.localdate()
    known_since(household, today - timedelta(days=200))
    assess(household, user=outreacher, days_ago=89, housing=2)
    assert _due(outreacher) == []

    t0 = household.assessments.get()
    t0.assessed_on = today - timedelta(days=90)
    t0.save()
    assert _due(outreacher) == [(household.pk, "zrm2017")]

    # A measurement too early to be T1 leaves it due; one 90 days after T0 is T1.
    assess(household, user=outreacher, days_ago=30, housing=3)
    assert _due(outreacher) == [(household.pk, "zrm2017")]
    assess(household, user=outreacher, days_ago=0, housing=4)
    assert _due(outreacher) == []


def test_the_municipality_sets_when_t1_is_due(household, outreacher, municipality):
    MeasurementSettings.objects.create(municipality=municipality, t1_after_days=180)
    known_since(household, timezone.localdate() - timedelta(days=200))
    assess(household, user=outreacher, days_ago=100, housing=2)

    assert _due(outreacher) == []


def test_the_dashboard_reminds_the_outreacher(client_for, household, outreacher, other_household):
    known_since(household, timezone.localdate() - timedelta(days=200))
    assess(household, user=outreacher, days_ago=95, housing=2)

    html = client_for(outreacher).get(reverse("dashboard")).content.decode()

    assert 'id="t1-due"' in html
    assert household.name in html
    assert _due(outreacher) == [(household.pk, "zrm2017")]
