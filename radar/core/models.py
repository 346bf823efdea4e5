import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BaseModel(models.Model):
    """Created/modified on and by, for every domain row."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    modified_at = models.DateTimeField(_("modified at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class Versioned(models.Model):
    """Optimistic locking (ADR 0003): every saved change moves `version` on, and an edit
    made from an older version is refused (core.services.model_update and remove_record
    raise ConcurrentEditError). Forms carry it in a hidden field, the API in the body."""

    # db_default: rows written in bulk without the column (the demo) start at 1 too.
    version = models.PositiveIntegerField(_("version"), default=1, db_default=1, editable=False)

    class Meta:
        abstract = True


class KeptManager(models.Manager):
    """Only the rows that were not removed: the default manager of a Removable model, so
    every list, count, dossier section and API list leaves removed rows out."""

    def get_queryset(self):
        return super().get_queryset().filter(removed_at__isnull=True)


class Removable(models.Model):
    """A record a worker can remove when it was a mistake, with a reason (ADR 0012).

    Removing keeps the row (a soft delete): `objects` no longer finds it, so it leaves the
    dossier, lists, counts, figures and the API; `all_objects` still does, for the dossier's
    "removed items" and the audit trail. Only core.services.remove_record sets these fields.
    Related managers (household.members ...) follow `objects`; a foreign key pointing at a
    removed row (a referral's need) still reaches it.
    """

    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True, editable=False)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("removed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    removal_reason = models.CharField(
        _("reason for removal"), max_length=500, blank=True, db_default="", editable=False
    )

    objects = KeptManager()
    all_objects = models.Manager()  # noqa: DJ012 (a second manager, not a field)

    class Meta:
        abstract = True

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None


class DatedEvent(models.Model):
    """One dated, attributed step in a record's status history: households.StatusChange,
    referrals.ReferralEvent, rights.FollowUpChange.

    Written only by the service that makes the change, after its StateMachine.check
    (radar.core.states), in the same transaction as the change and its audit entry; never
    updated. `from_status` is empty for the first step (the record was created). A step that
    keeps the status (from == to) records a note only, e.g. a referral's hand-over note.
    A subclass adds the foreign key to its record and gives the statuses their choices:
    `from_status, to_status = DatedEvent.status_fields(Status.choices, max_length=20)`, the
    max_length of the record's own status field.
    """

    from_status = models.CharField(_("from"), max_length=30, blank=True)
    to_status = models.CharField(_("to"), max_length=30)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_status} -> {self.to_status}"

    @property
    def is_note(self) -> bool:
        return self.from_status == self.to_status

    @staticmethod
    def status_fields(choices, *, max_length: int) -> tuple[models.CharField, models.CharField]:
        """`from_status` and `to_status` with the subclass's status choices."""
        return (
            models.CharField(_("from"), max_length=max_length, choices=choices, blank=True),
            models.CharField(_("to"), max_length=max_length, choices=choices),
        )


class AuditEntry(models.Model):
    """One read or change of personal data: who, when, what, which household, why.

    Written only by radar.core.audit.record(); never updated or deleted by the app.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("viewed")
        CREATE = "create", _("created")
        UPDATE = "update", _("changed")
        DELETE = "delete", _("deleted")
        EXPORT = "export", _("exported")
        DENIED = "denied", _("access refused")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    username = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    # A plain id, not a foreign key: the trace must survive the household.
    household_id = models.BigIntegerField(_("household"), null=True, blank=True, db_index=True)
    object_type = models.CharField(_("what"), max_length=60)
    object_id = models.CharField(_("object id"), max_length=40, blank=True)
    purpose = models.CharField(_("purpose"), max_length=120)
    channel = models.CharField(_("through"), max_length=10, default="web")
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.object_type}"


class ConfigurableList(models.Model):
    """A configurable list entry (channel, life domain, contact type) named in each language.

    Administrators add and rename entries in the admin; `code` is stable for code and imports.
    """

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        abstract = True
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        from django.utils.translation import get_language

        language = (get_language() or "nl")[:2]
        return getattr(self, f"name_{language}", None) or self.name_nl


class JobRun(models.Model):
    """One run of a background job (radar.core.jobs): what, for whom, how far, how it ended.

    Written only by radar.core.jobs: `start_job` creates it (queued) and enqueues the
    django-task; the worker moves it to running, reports progress (`done` of `total`) and
    ends it as succeeded (with `summary`) or failed (with `error`). `scope` names what the
    job works on ("team:12", "all"); one job of a kind per scope is active at a time.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("waiting for a worker")
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("finished")
        FAILED = "failed", _("failed")

    ACTIVE = (State.QUEUED, State.RUNNING)

    kind = models.CharField(_("kind"), max_length=60)
    scope = models.CharField(_("scope"), max_length=60, default="all")
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    team = models.ForeignKey(
        "accounts.Team",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    channel = models.CharField(_("through"), max_length=10, default="web")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), null=True, blank=True)
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Moved on by every progress report: an active run that has not moved for
    # RADAR_JOB_STALE_MINUTES lost its worker (jobs.start_job lets a new run replace it).
    heartbeat_at = models.DateTimeField(_("last sign of life"), default=timezone.now)
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    summary = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-queued_at", "-id"]
        indexes = [models.Index(fields=["kind", "scope", "-queued_at"], name="jobrun_latest")]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "scope"],
                condition=models.Q(state__in=["queued", "running"]),
                name="jobrun_one_active_per_scope",
                violation_error_message=_("This job is already running."),
            ),
            models.CheckConstraint(
                condition=~models.Q(state="failed") | ~models.Q(error=""),
                name="jobrun_failed_has_error",
                violation_error_message=_("A failed job says why."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.scope} {self.state}"

    @property
    def is_active(self) -> bool:
        return self.state in self.ACTIVE

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, 100 * self.done // self.total)

    @property
    def duration(self) -> datetime.timedelta | None:
        if self.started_at is None:
            return None
        return (self.finished_at or timezone.now()) - self.started_at
