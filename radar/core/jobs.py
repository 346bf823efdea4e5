"""Background jobs: long work (screening a caseload, imports, reports, purges) out of the request.

A job is a plain function registered under a kind, in its app's `AppConfig.ready()`:

    @jobs.register("rights.screen")
    def screen_team(run: JobRun, *, team_id: int) -> dict: ...   # returns the run's summary

and it calls `jobs.report_progress(done, total)` as it goes. Then:

    start_job(kind=, user=, team=, scope=, params=)  a JobRun (queued) and the django-task
                                                     that runs it (ADR 0014): `radar worker`
                                                     takes it from the database queue
    run_now(kind=, ..., progress=bar)                the same job in this process (commands)
    latest_run(kind=, scope=)                        the last run (active or not)

A run's state, progress and outcome live in core.models.JobRun, so a page shows them from
any web process while a worker on another machine does the work. The page includes
`core/job_progress.html` (htmx polls it while the run is active); a command passes a
`ProgressBar`. Core knows nothing about what a job does: the registering app checks who may
start it and what it may touch, and writes its own audit entry.
"""

from __future__ import annotations

import contextvars
import datetime
import logging
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from radar.core.models import JobRun

logger = logging.getLogger(__name__)

JobFunction = Callable[..., dict[str, Any]]
Progress = Callable[[int, int], None]

_JOBS: dict[str, JobFunction] = {}
# The run this thread is working on, and the extra progress callback (a command's bar).
_CURRENT: contextvars.ContextVar[_Reporter | None] = contextvars.ContextVar(
    "radar_job", default=None
)
# Progress is written at most this often (seconds); the first and the last report always.
PROGRESS_INTERVAL = 0.5
ERROR_LENGTH = 1000


class JobAlreadyRunning(ValidationError):
    pass


def register(kind: str) -> Callable[[JobFunction], JobFunction]:
    """Register `function(run, **params) -> summary` as the job `kind` (once per kind)."""

    def decorator(function: JobFunction) -> JobFunction:
        if _JOBS.get(kind, function) is not function:
            raise ValueError(f"The job {kind!r} is registered twice.")
        _JOBS[kind] = function
        return function

    return decorator


def registered(kind: str) -> bool:
    return kind in _JOBS


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(minutes=getattr(settings, "RADAR_JOB_STALE_MINUTES", 30))


@transaction.atomic
def start_job(
    *,
    kind: str,
    user: Any,
    team: Any = None,
    scope: str = "all",
    params: dict[str, Any] | None = None,
    channel: str = "web",
) -> JobRun:
    """Queue one run of the job `kind` over `scope` and return it (state queued).

    The django-task is enqueued in the same transaction: with the database backend a worker
    sees it when this transaction commits, never before; with the immediate backend (tests)
    it runs now and the returned run has already ended. Raises JobAlreadyRunning when a run
    of this kind and scope is still queued or running; one that gave no sign of life for
    RADAR_JOB_STALE_MINUTES lost its worker: it is marked failed and replaced.
    `params` must be JSON (they go to the queue and to the job function as keywords).
    """
    if kind not in _JOBS:
        raise ValueError(f"No job {kind!r} is registered.")
    _fail_stale(kind=kind, scope=scope)
    run = JobRun(
        kind=kind,
        scope=scope,
        params=params or {},
        started_by=user if getattr(user, "pk", None) else None,
        team=team,
        channel=channel,
    )
    try:
        with transaction.atomic():
            run.save()
    except IntegrityError as exc:  # jobrun_one_active_per_scope: someone was first
        raise JobAlreadyRunning(_("This job is already running."), code="running") from exc
    result = run_job.enqueue(run.pk)
    # The immediate backend has run it already: don't overwrite what the run wrote.
    JobRun.objects.filter(pk=run.pk).update(task_id=str(result.id)[:64])
    run.refresh_from_db()
    return run


def _fail_stale(*, kind: str, scope: str) -> None:
    cutoff = timezone.now() - stale_after()
    JobRun.objects.filter(
        kind=kind, scope=scope, state__in=JobRun.ACTIVE, heartbeat_at__lt=cutoff
    ).update(
        state=JobRun.State.FAILED,
        finished_at=timezone.now(),
        error="No worker finished this run (it gave no sign of life); it was replaced.",
    )


def run_now(
    *,
    kind: str,
    user: Any = None,
    team: Any = None,
    scope: str = "all",
    params: dict[str, Any] | None = None,
    channel: str = "cli",
    progress: Progress | None = None,
) -> JobRun:
    """Run the job `kind` in this process (a command), recorded as a JobRun like any other.
    Returns the ended run; the job's exception is raised after the run is marked failed.
    Raises JobAlreadyRunning as start_job."""
    if kind not in _JOBS:
        raise ValueError(f"No job {kind!r} is registered.")
    _fail_stale(kind=kind, scope=scope)
    run = JobRun(
        kind=kind,
        scope=scope,
        params=params or {},
        started_by=user if getattr(user, "pk", None) else None,
        team=team,
        channel=channel,
    )
    try:
        with transaction.atomic():
            run.save()
    except IntegrityError as exc:
        raise JobAlreadyRunning(_("This job is already running."), code="running") from exc
    return execute(run.pk, progress=progress, reraise=True)


@task()
def run_job(run_id: int) -> dict[str, Any]:
    """The one django-task behind every job: run the JobRun `run_id` (see execute)."""
    run = execute(run_id, reraise=True)
    return {"run": run.pk, "state": run.state}


def execute(run_id: int, *, progress: Progress | None = None, reraise: bool = False) -> JobRun:
    """Take the queued run `run_id` and run its job function, keeping the run's state.

    A run that is no longer queued (another worker took it, or it was replaced as stale) is
    left alone. The job's exception marks the run failed with its message (the traceback
    goes to the log) and is raised again when `reraise`, so the task fails too.
    """
    now = timezone.now()
    taken = JobRun.objects.filter(pk=run_id, state=JobRun.State.QUEUED).update(
        state=JobRun.State.RUNNING, started_at=now, heartbeat_at=now
    )
    run = JobRun.objects.get(pk=run_id)
    if not taken:
        logger.warning("Job run %s is %s, not queued: left alone.", run_id, run.state)
        return run
    reporter = _Reporter(run, progress)
    token = _CURRENT.set(reporter)
    try:
        summary = _JOBS[run.kind](run, **run.params)
    except BaseException as exc:
        logger.exception("Job run %s (%s) failed.", run.pk, run.kind)
        message = f"{type(exc).__name__}: {exc}"[:ERROR_LENGTH]
        JobRun.objects.filter(pk=run.pk).update(
            state=JobRun.State.FAILED,
            finished_at=timezone.now(),
            heartbeat_at=timezone.now(),
            error=message or type(exc).__name__,
        )
        run.refresh_from_db()
        if reraise:
            raise
        return run
    finally:
        _CURRENT.reset(token)
    reporter.flush()
    JobRun.objects.filter(pk=run.pk).update(
        state=JobRun.State.SUCCEEDED,
        finished_at=timezone.now(),
        heartbeat_at=timezone.now(),
        summary=summary or {},
    )
    run.refresh_from_db()
    return run


def report_progress(done: int, total: int) -> None:
    """Tell the run this code works for how far it is; nothing outside a job. Written to the
    database at most every PROGRESS_INTERVAL seconds (and always at the start and the end)."""
    reporter = _CURRENT.get()
    if reporter is not None:
        reporter(done, total)


class _Reporter:
    def __init__(self, run: JobRun, also: Progress | None):
        self.run_id = run.pk
        self.also = also
        self.last_written = 0.0
        self.pending: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.also is not None:
            self.also(done, total)
        self.pending = (done, total)
        now = time.monotonic()
        if now - self.last_written >= PROGRESS_INTERVAL or done >= total:
            self.flush()

    def flush(self) -> None:
        if self.pending is None:
            return
        done, total = self.pending
        JobRun.objects.filter(pk=self.run_id).update(
            done=max(done, 0), total=max(total, 0), heartbeat_at=timezone.now()
        )
        self.last_written = time.monotonic()
        self.pending = None


def latest_run(*, kind: str, scope: str) -> JobRun | None:
    """The last run of `kind` over `scope` (queued, running or ended), or None."""
    return (
        JobRun.objects.select_related("started_by")
        .filter(kind=kind, scope=scope)
        .order_by("-queued_at", "-id")
        .first()
    )


def last_finished_run(*, kind: str, scope: str) -> JobRun | None:
    return (
        JobRun.objects.select_related("started_by")
        .filter(kind=kind, scope=scope, state=JobRun.State.SUCCEEDED)
        .order_by("-finished_at", "-id")
        .first()
    )


class ProgressBar:
    """A progress callback for commands: `[#####.....]  50%  5,000/10,000  3 s` redrawn in
    place on a terminal, one line per tenth elsewhere (logs, pipes). Call finish() at the end."""

    def __init__(self, stream: TextIO | None = None, *, label: str = "", width: int = 30):
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.width = width
        self.started = time.monotonic()
        self.is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        fraction = 1.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
        if not self.is_tty:
            tenth = int(fraction * 10)
            if tenth == self.last_tenth:
                return
            self.last_tenth = tenth
        filled = int(fraction * self.width)
        bar = "#" * filled + "." * (self.width - filled)
        seconds = time.monotonic() - self.started
        line = f"{self.label}[{bar}] {fraction:4.0%}  {done:,}/{total:,}  {seconds:.0f} s"
        if self.is_tty:
            self.stream.write("\r" + line)
            self.drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.is_tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
