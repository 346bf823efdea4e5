"""The mobile social info point (seed 002): sessions in a neighbourhood and their anonymous
counts. Nothing here names a person; intakes point to their session from households.Intake,
quick rights checks from rights.QuickCheckCount."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team
from radar.core.models import BaseModel, Versioned
from radar.core.validators import check_fields, validate_planning_date
from radar.households.models import LifeDomain

SESSION_ENDS_AFTER_START = _("The session cannot end before it starts.")


class InfoPointSession(Versioned, BaseModel):
    """One time the info point stood somewhere: when, where, who staffed it, how many came."""

    team = models.ForeignKey(
        Team,
        verbose_name=_("team"),
        on_delete=models.PROTECT,
        related_name="info_point_sessions",
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    neighbourhood = models.CharField(
        _("neighbourhood"),
        max_length=80,
        help_text=_("The figures are grouped by this name: write it the same way each time."),
    )
    location = models.CharField(
        _("location"),
        max_length=150,
        blank=True,
        help_text=_("For example: the square by the church."),
    )
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff"),
        blank=True,
        related_name="info_point_sessions",
    )
    visitors = models.PositiveIntegerField(_("visitors"), default=0)
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("About the session, never about a person.")
    )

    class Meta:
        verbose_name = _("info point session")
        verbose_name_plural = _("info point sessions")
        ordering = ["-held_on", "-start_time", "-id"]
        indexes = [models.Index(fields=["team", "held_on"], name="infopoint_team_held_on")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_time__isnull=True)
                | models.Q(end_time__isnull=True)
                | models.Q(end_time__gte=models.F("start_time")),
                name="infopoint_session_ends_after_start",
                violation_error_message=SESSION_ENDS_AFTER_START,
            )
        ]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.neighbourhood}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("held_on", validate_planning_date, self.held_on),
                ("end_time", self._validate_end_time, self.end_time),
            ]
        )

    def _validate_end_time(self, end_time) -> None:
        if self.start_time and end_time and end_time < self.start_time:
            raise ValidationError(SESSION_ENDS_AFTER_START, code="ends_before_start")


class SessionQuestionCount(models.Model):
    """How many questions a session got about one life domain: a count, no personal data."""

    session = models.ForeignKey(
        InfoPointSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="question_counts",
    )
    domain = models.ForeignKey(
        LifeDomain, verbose_name=_("life domain"), on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveIntegerField(_("number of questions"), default=0)

    class Meta:
        verbose_name = _("questions per life domain")
        verbose_name_plural = _("questions per life domain")
        ordering = ["session", "domain__position", "domain__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "domain"],
                name="infopoint_question_count_per_domain",
                violation_error_message=_("This session already counts this life domain."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.session}: {self.domain} {self.count}"
