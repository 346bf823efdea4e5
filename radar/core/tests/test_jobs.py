"""Background jobs (radar.core.jobs): queued, run by a worker or at once, progress, failure.

The test settings run tasks with the immediate backend (inside start_job); the tests marked
`worker` switch to the database backend and run `radar worker --batch` in this process, as a
worker on another machine would take the run from the queue.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from radar.core import jobs
from radar.core.models import JobRun

SEEN: list[tuple[int, int | None, str]] = []


@jobs.register("tests.count")
def count_to(run: JobRun, *, to: int) -> dict:
    for done in range(1, to + 1):
        jobs.report_progress(done, to)
        # What a page polling the run would read, mid-job.
        seen = JobRun.objects.get(pk=run.pk)
        SEEN.append((seen.done, seen.total, seen.state))
    return {"counted": to}


@jobs.register("tests.fail")
def fail(run: JobRun, *, at: int) -> dict:
    jobs.report_progress(at, 10)
    raise RuntimeError(f"broke at {at}")


# The worker closes a connection that is inside a transaction (close_old_connections), as
# the test's own would be on PostgreSQL: tests that run it commit for real.
WORKER = pytest.mark.django_db(transaction=True)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def _clear_seen():
    SEEN.clear()
    jobs.PROGRESS_INTERVAL, before = 0.0, jobs.PROGRESS_INTERVAL  # write every report
    yield
    jobs.PROGRESS_INTERVAL = before


def run_worker() -> str:
    out = io.StringIO()
    call_command("worker", "--batch", "--no-startup-delay", "--interval", "0", stdout=out)
    return out.getvalue()


# -- Immediate backend (tests, RADAR_TASKS_BACKEND) --------------------------------------------


def test_a_job_started_runs_and_keeps_its_summary(team_lead, team_north):
    run = jobs.start_job(
        kind="tests.count", user=team_lead, team=team_north, scope="team:1", params={"to": 3}
    )
    assert run.state == JobRun.State.SUCCEEDED
    assert run.summary == {"counted": 3}
    assert (run.done, run.total) == (3, 3)
    assert run.started_by == team_lead and run.team == team_north
    assert run.started_at and run.finished_at and run.finished_at >= run.started_at
    assert run.task_id


def test_progress_is_visible_while_the_job_runs(team_lead):
    jobs.start_job(kind="tests.count", user=team_lead, params={"to": 4})
    assert SEEN == [(1, 4, "running"), (2, 4, "running"), (3, 4, "running"), (4, 4, "running")]


def test_a_failing_job_is_marked_failed_with_its_error(team_lead):
    run = jobs.start_job(kind="tests.fail", user=team_lead, params={"at": 7})
    assert run.state == JobRun.State.FAILED
    assert run.error == "RuntimeError: broke at 7"
    assert run.done == 7 and run.finished_at is not None
    assert not run.is_active


def test_an_unknown_job_is_refused(team_lead):
    with pytest.raises(ValueError, match="No job"):
        jobs.start_job(kind="tests.nope", user=team_lead)
    assert not JobRun.objects.exists()


def test_progress_outside_a_job_does_nothing(db):
    jobs.report_progress(1, 2)  # no run, no error
    assert not JobRun.objects.exists()


def test_run_now_runs_in_this_process_and_feeds_the_bar(db):
    bar = io.StringIO()
    run = jobs.run_now(
        kind="tests.count", params={"to": 2}, progress=jobs.ProgressBar(bar, label="count ")
    )
    assert run.state == JobRun.State.SUCCEEDED and run.channel == "cli"
    assert run.started_by is None
    assert "count [" in bar.getvalue() and "100%" in bar.getvalue() and "2/2" in bar.getvalue()


def test_run_now_raises_the_jobs_error_after_marking_it_failed(db):
    with pytest.raises(RuntimeError, match="broke at 3"):
        jobs.run_now(kind="tests.fail", params={"at": 3})
    run = JobRun.objects.get()
    assert run.state == JobRun.State.FAILED and run.error == "RuntimeError: broke at 3"


def test_the_bar_on_a_pipe_writes_one_line_per_tenth():
    out = io.StringIO()
    bar = jobs.ProgressBar(out)
    for done in range(0, 101):
        bar(done, 100)
    bar.finish()
    lines = out.getvalue().splitlines()
    assert len(lines) == 11 and lines[-1].startswith("[" + "#" * 30 + "] 100%")


def test_the_latest_run_is_the_last_started(team_lead):
    first = jobs.start_job(kind="tests.count", user=team_lead, scope="team:1", params={"to": 1})
    jobs.start_job(kind="tests.count", user=team_lead, scope="team:2", params={"to": 1})
    second = jobs.start_job(kind="tests.count", user=team_lead, scope="team:1", params={"to": 2})
    assert jobs.latest_run(kind="tests.count", scope="team:1") == second
    assert jobs.last_finished_run(kind="tests.count", scope="team:1") == second
    assert first != second
    assert jobs.latest_run(kind="tests.count", scope="team:3") is None


# -- Database backend and `radar worker` -------------------------------------------------------


@WORKER
@override_settings(TASKS=DATABASE_TASKS)
def test_a_started_job_waits_in_the_queue_until_a_worker_runs_it(team_lead):
    run = jobs.start_job(kind="tests.count", user=team_lead, params={"to": 2})
    assert run.state == JobRun.State.QUEUED and run.done == 0
    queued = DBTaskResult.objects.get()
    assert str(queued.id) == run.task_id
    assert queued.args_kwargs == {"args": [run.pk], "kwargs": {}}

    run_worker()

    run.refresh_from_db()
    assert run.state == JobRun.State.SUCCEEDED and run.summary == {"counted": 2}
    assert SEEN[-1] == (2, 2, "running")
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@WORKER
@override_settings(TASKS=DATABASE_TASKS)
def test_a_job_failing_in_the_worker_fails_its_run_and_its_task(team_lead):
    run = jobs.start_job(kind="tests.fail", user=team_lead, params={"at": 4})
    run_worker()
    run.refresh_from_db()
    assert run.state == JobRun.State.FAILED and run.error == "RuntimeError: broke at 4"
    task = DBTaskResult.objects.get()
    assert task.status == "FAILED" and "RuntimeError" in task.exception_class_path


@override_settings(TASKS=DATABASE_TASKS)
def test_a_second_start_while_one_is_queued_is_refused(team_lead):
    jobs.start_job(kind="tests.count", user=team_lead, scope="team:1", params={"to": 1})
    with pytest.raises(jobs.JobAlreadyRunning):
        jobs.start_job(kind="tests.count", user=team_lead, scope="team:1", params={"to": 1})
    # Another scope, or another kind, may run at the same time.
    jobs.start_job(kind="tests.count", user=team_lead, scope="team:2", params={"to": 1})
    jobs.start_job(kind="tests.fail", user=team_lead, scope="team:1", params={"at": 1})
    assert JobRun.objects.filter(state="queued").count() == 3
    assert DBTaskResult.objects.count() == 3


@WORKER
@override_settings(TASKS=DATABASE_TASKS, RADAR_JOB_STALE_MINUTES=30)
def test_a_run_that_lost_its_worker_is_replaced(team_lead):
    old = jobs.start_job(kind="tests.count", user=team_lead, params={"to": 1})
    JobRun.objects.filter(pk=old.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(minutes=31)
    )
    new = jobs.start_job(kind="tests.count", user=team_lead, params={"to": 1})
    old.refresh_from_db()
    assert old.state == JobRun.State.FAILED and "no sign of life" in old.error
    run_worker()  # the old task finds its run no longer queued and leaves it alone
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.state == JobRun.State.FAILED
    assert new.state == JobRun.State.SUCCEEDED


def test_a_failed_run_must_say_why(db):
    from django.core.exceptions import ValidationError

    run = JobRun(kind="tests.count", state=JobRun.State.FAILED)
    with pytest.raises(ValidationError):
        run.full_clean()


def test_the_progress_fragment_polls_while_active_and_shows_the_last_run(team_lead, rf):
    from django.template.loader import render_to_string

    run = JobRun.objects.create(
        kind="tests.count", state=JobRun.State.RUNNING, done=250, total=1000,
        started_by=team_lead, started_at=timezone.now(),
    )  # fmt: skip
    html = render_to_string("core/job_progress.html", {"run": run, "poll_url": "/poll/"})
    assert 'hx-get="/poll/"' in html and 'value="250" max="1000"' in html
    JobRun.objects.filter(pk=run.pk).update(
        state=JobRun.State.SUCCEEDED, finished_at=timezone.now()
    )
    run.refresh_from_db()
    html = render_to_string("core/job_progress.html", {"run": run, "poll_url": "/poll/"})
    assert "hx-get" not in html and "<progress" not in html
