"""The team lead's screening page in a browser: axe at phone and desktop width, while a run
is in progress (htmx polls) and after one; the button starts a run and the page shows it."""

import pytest
from django.utils import timezone

from radar.core.models import JobRun
from radar.core.tests import test_browser as shared
from radar.core.tests.axe import check_page_at_widths
from radar.rights import services

pytestmark = shared.pytestmark

browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists


@pytest.fixture
def page(new_context, configured_lists, team_lead, household):
    page = new_context().new_page()
    shared._log_in(page, team_lead)
    return page


def test_the_screening_page_in_progress_and_after_has_no_serious_violations(
    page, team_lead, household
):
    run = JobRun.objects.create(
        kind=services.SCREEN_JOB,
        scope=services.screening_scope(household.team),
        team=household.team,
        started_by=team_lead,
        state=JobRun.State.RUNNING,
        started_at=timezone.now(),
        done=1,
        total=4,
    )
    check_page_at_widths(page, "/rights/screening/")
    assert page.locator("progress").count() == 1
    assert page.locator("button[type=submit][disabled]").count() == 1

    # The worker ends the run: the next poll (every 2 s) shows the last run, no bar.
    JobRun.objects.filter(pk=run.pk).update(state="succeeded", finished_at=timezone.now())
    page.wait_for_selector("text=Laatste keer", timeout=10_000)
    assert page.locator("progress").count() == 0


def test_the_button_starts_a_screening_and_the_page_shows_it(page, household):
    page.goto("/rights/screening/")
    page.get_by_role("button", name="Screen de gezinnen van het team nu").click()
    page.wait_for_selector("text=Laatste screening", timeout=20_000)
    check_page_at_widths(page, "/rights/screening/")
    assert JobRun.objects.get().state == "succeeded"
    assert household.screening_results.exists()
