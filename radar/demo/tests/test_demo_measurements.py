import pytest

from radar.demo.tests.test_demo import run_demo

pytestmark = pytest.mark.django_db


def test_the_demo_measures_self_reliance_and_has_stories_and_policy_signals():
    from radar.accounts.models import User
    from radar.measurements import selectors
    from radar.measurements.models import Assessment, Instrument
    from radar.stories.models import PolicySignal, SelectionRound, Story

    run_demo()

    assert Assessment.objects.filter(instrument__code="zrm2017").count() > 10
    assert Assessment.objects.filter(instrument__code="participatieladder").exists()
    lead = User.objects.filter(role="team_lead").first()
    figures = selectors.change_figures(user=lead, instrument=Instrument.objects.get(code="zrm2017"))
    assert any(row["change"].n for row in figures["rows"])  # T0/T1 pairs exist
    assert Story.objects.filter(may_publish=True).exists()
    assert SelectionRound.objects.filter(selections__isnull=False).exists()
    assert PolicySignal.objects.filter(status="answered").exists()
