"""What Radar stores about rights: the facts of a dossier, the follow-up of each right, the
last screening, local rights and the anonymous quick-check counter.

The facts are kept in the exchange format (docs/rights.md) so the engine reads them as they
are: `HouseholdFacts.data` is the document without `members`, `MemberFacts.data` one member
without `id`, `role` and (when the birth date is known) `age`. A fact that is absent is unknown.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality, Team
from radar.core.models import BaseModel, DatedEvent
from radar.core.states import StateMachine
from radar.core.validators import check_fields, validate_past_date, validate_plan_date
from radar.households.models import Household, Member


class HouseholdFacts(BaseModel):
    household = models.OneToOneField(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="rights_facts",
    )
    data = models.JSONField(
        _("facts"),
        default=dict,
        blank=True,
        help_text=_("The household's facts in the exchange format, without the members."),
    )

    class Meta:
        verbose_name = _("household facts")
        verbose_name_plural = _("household facts")

    def __str__(self) -> str:
        return f"facts of household {self.household_id}"


class MemberFacts(BaseModel):
    member = models.OneToOneField(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="rights_facts"
    )
    data = models.JSONField(
        _("facts"),
        default=dict,
        blank=True,
        help_text=_("One member's facts in the exchange format, without id and role."),
    )

    class Meta:
        verbose_name = _("member facts")
        verbose_name_plural = _("member facts")

    def __str__(self) -> str:
        return f"facts of member {self.member_id}"


class NonTakeUpType(models.TextChoices):
    """Why a right is not taken up (the usual typology of non-take-up)."""

    NOT_KNOWN = "not_known", _("not known: the family did not know the right")
    NOT_ASKED = "not_asked", _("not asked: known, but the family did not apply")
    NOT_RECEIVED = "not_received", _("not received: applied, but it was not granted or paid")
    NOT_PROPOSED = "not_proposed", _("not proposed: no service offered it")
    REFUSED_BY_FAMILY = "refused_by_family", _("declined by the family")
    TOO_COMPLEX = "too_complex", _("the procedure is too complex or too costly")
    OTHER = "other", _("other reason")


class FollowUpStatus(models.TextChoices):
    FOUND = "found", _("found")
    DISCUSSED = "discussed", _("discussed with the family")
    APPLIED = "applied", _("applied")
    GRANTED = "granted", _("granted")
    REFUSED = "refused", _("refused")
    NOT_PURSUED = "not_pursued", _("not pursued")


# The follow-up rule: from each status, where a right may go next (no skipping). A right
# enters the follow-up as `found`; one that is not pursued can be found again later.
# Checked only by rights.services.follow_up_right.
FOLLOW_UP_TRANSITIONS = StateMachine(
    FollowUpStatus,
    {
        FollowUpStatus.FOUND: (FollowUpStatus.DISCUSSED, FollowUpStatus.NOT_PURSUED),
        FollowUpStatus.DISCUSSED: (FollowUpStatus.APPLIED, FollowUpStatus.NOT_PURSUED),
        FollowUpStatus.APPLIED: (FollowUpStatus.GRANTED, FollowUpStatus.REFUSED),
        FollowUpStatus.GRANTED: (),
        FollowUpStatus.REFUSED: (FollowUpStatus.APPLIED,),  # appeal or a new application
        FollowUpStatus.NOT_PURSUED: (FollowUpStatus.FOUND,),
    },
    start=FollowUpStatus.FOUND,
    refusal=_("A right cannot go from '%(from)s' to '%(to)s'."),
    no_status_label=_("not followed up"),
)
OPEN_FOLLOW_UP = (FollowUpStatus.FOUND, FollowUpStatus.DISCUSSED, FollowUpStatus.APPLIED)


class RightFollowUp(BaseModel):
    """One right of one family, from found to granted, refused or not pursued."""

    household = models.ForeignKey(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="right_follow_ups",
    )
    right_id = models.CharField(
        _("right"), max_length=80, help_text=_("A right id of the catalogue or a local right.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=FollowUpStatus.choices, default=FollowUpStatus.FOUND
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    found_on = models.DateField(_("found on"), default=timezone.localdate)
    discussed_on = models.DateField(_("discussed on"), null=True, blank=True)
    applied_on = models.DateField(
        _("applied on"),
        null=True,
        blank=True,
        help_text=_("Filled in when the status is 'applied'."),
    )
    applied_where = models.CharField(
        _("applied where"),
        max_length=150,
        blank=True,
        help_text=_("Filled in when the status is 'applied'."),
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    reason = models.TextField(
        _("reason"),
        blank=True,
        help_text=_("Filled in when the status is 'refused' or 'not pursued'."),
    )
    non_take_up_type = models.CharField(
        _("type of non-take-up"),
        max_length=20,
        choices=NonTakeUpType.choices,
        blank=True,
        help_text=_("Filled in when the status is 'not pursued'."),
    )

    class Meta:
        verbose_name = _("rights follow-up")
        verbose_name_plural = _("rights follow-ups")
        ordering = ["household", "right_id"]
        indexes = [models.Index(fields=["status", "applied_on"], name="followup_status_applied")]
        constraints = [
            models.UniqueConstraint(
                fields=["household", "right_id"],
                name="followup_one_per_right",
                violation_error_message=_("This right is already followed up for this family."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="applied")
                | (models.Q(applied_on__isnull=False) & ~models.Q(applied_where="")),
                name="followup_applied_has_date_and_place",
                violation_error_message=_("Say where and when the application was made."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["refused", "not_pursued"]) | ~models.Q(reason=""),
                name="followup_closed_has_reason",
                violation_error_message=_("Give the reason."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="not_pursued") | ~models.Q(non_take_up_type=""),
                name="followup_not_pursued_has_type",
                violation_error_message=_("Choose the type of non-take-up."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.right_id}: {self.status}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            (field, validate_past_date, getattr(self, field))
            for field in ("found_on", "discussed_on", "applied_on", "decided_on")
        )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_FOLLOW_UP

    def allowed_next_statuses(self) -> tuple[str, ...]:
        return FOLLOW_UP_TRANSITIONS.allowed_from(self.status)

    def days_waiting(self, today=None) -> int | None:
        """Days since the application, while no answer came."""
        if self.status != FollowUpStatus.APPLIED or self.applied_on is None:
            return None
        return ((today or timezone.localdate()) - self.applied_on).days


class FollowUpChange(DatedEvent):
    """The history of a follow-up: each step, dated and attributed."""

    follow_up = models.ForeignKey(RightFollowUp, on_delete=models.CASCADE, related_name="changes")
    from_status, to_status = DatedEvent.status_fields(FollowUpStatus.choices, max_length=20)

    class Meta(DatedEvent.Meta):
        verbose_name = _("follow-up step")
        verbose_name_plural = _("follow-up history")


class ScreeningResult(models.Model):
    """A right one household probably has or may have (status eligible or to_assess) in the
    last screening (`radar rights screen`, the team lead's screening page). Each run replaces
    the household's previous rows; rights not_eligible or unknown are only counted in the
    run's summary (core.models.JobRun), so that a caseload's screening writes a few hundred
    thousand rows, not millions (services.STORED_STATUSES)."""

    household = models.ForeignKey(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="screening_results",
    )
    right_id = models.CharField(_("right"), max_length=80)
    status = models.CharField(_("status"), max_length=20)
    amount_monthly = models.DecimalField(
        _("amount per month"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    is_received = models.BooleanField(
        _("already received"),
        default=False,
        help_text=_("A member has this right in 'benefits received'."),
    )
    screened_at = models.DateTimeField(_("screened at"), default=timezone.now)

    class Meta:
        verbose_name = _("screening result")
        verbose_name_plural = _("screening results")
        ordering = ["household", "right_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["household", "right_id"],
                name="screening_one_per_right",
                violation_error_message=_("This right is already screened for this family."),
            )
        ]
        indexes = [models.Index(fields=["right_id", "status"], name="screening_right_status")]

    def __str__(self) -> str:
        return f"{self.right_id}: {self.status}"


QUICK_CHECKS_COUNTED = _("The quick checks of this day are already counted.")


class QuickCheckCount(models.Model):
    """How many quick checks a team did on a day (the info point's figures): no personal data."""

    day = models.DateField(_("day"), default=timezone.localdate)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # The info point session the checks were done at, if any (radar.infopoint figures).
    session = models.ForeignKey(
        "infopoint.InfoPointSession",
        verbose_name=_("info point session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quick_check_counts",
    )
    count = models.PositiveIntegerField(_("number of quick checks"), default=0)

    class Meta:
        verbose_name = _("quick checks per day")
        verbose_name_plural = _("quick checks per day")
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "team"],
                condition=models.Q(session__isnull=True),
                name="quick_check_count_per_day",
                violation_error_message=QUICK_CHECKS_COUNTED,
            ),
            models.UniqueConstraint(
                fields=["day", "team", "session"],
                condition=models.Q(session__isnull=False),
                name="quick_check_count_per_session",
                violation_error_message=QUICK_CHECKS_COUNTED,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.count}"


class AmountPeriod(models.TextChoices):
    ONCE = "once", _("once")
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")


class LocalRight(models.Model):
    """A right of one municipality (babykaart, septembertoelage, school cheques ...), defined
    by an administrator as conditions over the computed facts; see radar.rights.local."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="local_rights",
    )
    slug = models.SlugField(
        _("id"),
        max_length=60,
        help_text=_("A short id, e.g. babykaart. Stable: used in follow-ups."),
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=150)
    name_fr = models.CharField(_("name (French)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    domain = models.CharField(
        _("life domain"),
        max_length=40,
        default="local",
        help_text=_("Groups the right on the rights page: income, health, housing, family ..."),
    )
    conditions = models.JSONField(
        _("conditions"),
        default=list,
        blank=True,
        help_text=_(
            'A list of conditions that must all hold, e.g. [{"fact": "child_age_under", '
            '"value": 1}, {"right": "verhoogde_tegemoetkoming", "status": "eligible"}].'
        ),
    )
    amount = models.DecimalField(
        _("amount (EUR)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    amount_period = models.CharField(
        _("amount paid"), max_length=10, choices=AmountPeriod.choices, default=AmountPeriod.ONCE
    )
    apply_nl = models.TextField(_("how to apply (Dutch)"), blank=True)
    apply_fr = models.TextField(_("how to apply (French)"), blank=True)
    apply_en = models.TextField(_("how to apply (English)"), blank=True)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        verbose_name = _("local right")
        verbose_name_plural = _("local rights")
        ordering = ["municipality", "slug", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug", "valid_from"],
                name="local_right_unique_version",
                violation_error_message=_(
                    "This municipality already has a version of this local right from that day."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def right_id(self) -> str:
        return f"local:{self.slug}"

    def _in_language(self, prefix: str) -> str:
        language = (get_language() or "nl")[:2]
        return getattr(self, f"{prefix}_{language}", "") or getattr(self, f"{prefix}_nl")

    @property
    def name(self) -> str:
        return self._in_language("name")

    @property
    def apply(self) -> str:
        return self._in_language("apply")

    def is_valid_on(self, day) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def clean(self) -> None:
        from radar.rights.local import condition_errors

        errors = {}
        problems = condition_errors(self.conditions)
        if problems:
            errors["conditions"] = problems
        for field in ("valid_from", "valid_until"):
            try:
                validate_plan_date(getattr(self, field))
            except ValidationError as invalid:
                errors[field] = invalid.messages
        if (
            "valid_from" not in errors
            and self.valid_until
            and self.valid_from
            and self.valid_until < self.valid_from
        ):
            errors["valid_until"] = _("The end date comes before the start date.")
        if errors:
            raise ValidationError(errors)
