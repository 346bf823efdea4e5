from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team
from radar.core.models import BaseModel, ConfigurableList, DatedEvent, Removable, Versioned
from radar.core.states import StateMachine
from radar.core.validators import (
    check_fields,
    validate_birth_date,
    validate_due_date,
    validate_past_date,
)
from radar.households.insz import format_insz, validate_insz


class Channel(ConfigurableList):
    """How a family was signalled: school, poverty association, Huis van het Kind, ..."""

    class Meta(ConfigurableList.Meta):
        verbose_name = _("intake channel")
        verbose_name_plural = _("intake channels")


class LifeDomain(ConfigurableList):
    class Meta(ConfigurableList.Meta):
        verbose_name = _("life domain")
        verbose_name_plural = _("life domains")


class Status(models.TextChoices):
    SIGNALLED = "signalled", _("signalled")
    IN_CONTACT = "in_contact", _("in contact")
    IN_GUIDANCE = "in_guidance", _("in guidance")
    HANDED_OVER = "handed_over", _("handed over")
    CLOSED = "closed", _("closed")
    FOLLOW_UP = "follow_up", _("follow-up")


# The status rule: from each status, where a family may go next. Reopening a closed
# family goes back to "in contact". Checked only by households.services.change_status.
ALLOWED_TRANSITIONS = StateMachine(
    Status,
    {
        Status.SIGNALLED: (Status.IN_CONTACT, Status.CLOSED),
        Status.IN_CONTACT: (Status.IN_GUIDANCE, Status.HANDED_OVER, Status.CLOSED),
        Status.IN_GUIDANCE: (Status.HANDED_OVER, Status.CLOSED),
        Status.HANDED_OVER: (Status.FOLLOW_UP, Status.CLOSED),
        Status.CLOSED: (Status.FOLLOW_UP, Status.IN_CONTACT),
        Status.FOLLOW_UP: (Status.IN_GUIDANCE, Status.CLOSED),
    },
    start=Status.SIGNALLED,
    refusal=_("A family cannot go from '%(from)s' to '%(to)s'."),
)

# Statuses in which the team still actively reaches out; "losing contact" looks only at these.
ACTIVE_STATUSES = (Status.SIGNALLED, Status.IN_CONTACT, Status.IN_GUIDANCE, Status.FOLLOW_UP)


class ClosingReason(models.TextChoices):
    NEED_ANSWERED = "need_answered", _("needs answered")
    FAMILY_DECLINED = "family_declined", _("the family no longer wants guidance")
    UNREACHABLE = "unreachable", _("unreachable despite repeated attempts")
    MOVED = "moved", _("moved out of the municipality")
    OTHER = "other", _("other reason")


class Household(BaseModel):
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="households"
    )
    name = models.CharField(
        _("family name"), max_length=150, help_text=_("How the team refers to the family.")
    )
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=80, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    is_known_to_ocmw = models.BooleanField(
        _("known to the OCMW at intake"),
        default=False,
        help_text=_("Was the family already known to the OCMW when it was signalled?"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SIGNALLED
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    closing_reason = models.CharField(
        _("closing reason"),
        max_length=20,
        choices=ClosingReason.choices,
        blank=True,
        help_text=_("Filled in when the status is 'closed'."),
    )
    signalled_at = models.DateTimeField(_("signalled at"), default=timezone.now)
    assigned_workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("outreachers"),
        blank=True,
        related_name="assigned_households",
    )
    # Kept by contacts.services.record_contact so "losing contact" needs no scan of contacts.
    last_reached_at = models.DateTimeField(_("last successful contact"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last contact attempt"), null=True, blank=True)
    # Optimistic locking: households.services.update_household refuses a stale version.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["team", "status"], name="household_team_status"),
            # A team's households in id order with their status, without reading the table:
            # joined (merge join) with the assignments for "my families" and their counts
            # (households migration 0010, ADR 0016).
            models.Index(fields=["team", "id", "status"], name="household_team_id_status"),
            models.Index(fields=["team", "name"], name="household_team_name"),
            models.Index(fields=["last_reached_at"], name="household_last_reached"),
            models.Index(fields=["-signalled_at"], name="household_signalled"),
            # The losing-contact list (households.selectors.losing_contact_condition).
            models.Index(
                Coalesce("last_reached_at", "signalled_at"),
                F("id"),
                condition=models.Q(
                    status__in=["signalled", "in_contact", "in_guidance", "follow_up"]
                ),
                name="household_contact_ref",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="closed") | ~models.Q(closing_reason=""),
                name="closed_household_has_reason",
                violation_error_message=_("Give a reason to close the file."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def contact_reference_at(self):
        """The last successful contact, or the signal when there was none yet."""
        return self.last_reached_at or self.signalled_at

    def days_without_contact(self, now=None) -> int:
        now = now or timezone.now()
        return (now - self.contact_reference_at).days

    def allowed_next_statuses(self) -> tuple[str, ...]:
        return ALLOWED_TRANSITIONS.allowed_from(self.status)

    @property
    def address(self) -> str:
        return ", ".join(p for p in [self.street, f"{self.postcode} {self.city}".strip()] if p)


BORN_OR_EXPECTED = _("Give a birth date or, for an unborn child, the expected due date; not both.")


class Member(Versioned, Removable, BaseModel):
    class Role(models.TextChoices):
        PARENT = "parent", _("parent")
        CHILD = "child", _("child")
        OTHER_ADULT = "other_adult", _("other adult")

    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="members"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    expected_on = models.DateField(
        _("expected due date"),
        null=True,
        blank=True,
        help_text=_("For an unborn child: outreach starts in pregnancy."),
    )
    language = models.CharField(_("language"), max_length=40, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    insz = models.CharField(
        _("national register number"),
        max_length=11,
        blank=True,
        validators=[validate_insz],
        db_index=True,
        help_text=_("Optional. 11 digits, checked with the control number."),
    )

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["household", "birth_date", "id"]
        indexes = [models.Index(fields=["birth_date"], name="member_birth_date")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(birth_date__isnull=True) | models.Q(expected_on__isnull=True),
                name="member_born_or_expected",
                violation_error_message=BORN_OR_EXPECTED,
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @classmethod
    def from_db(cls, db, field_names, values):
        member = super().from_db(db, field_names, values)
        # clean() checks the due date's window only when it is typed: a stored due date that
        # has passed since is for the worker to replace by the birth date, not an error.
        member._stored_expected_on = member.__dict__.get("expected_on")
        return member

    def clean(self) -> None:
        """Plausible dates (radar.core.validators), and a birth date or a due date, not both.

        The errors name their field, so Django skips the member_born_or_expected constraint
        and the form shows only these messages."""
        super().clean()
        expected_on_is_typed = self.expected_on != getattr(self, "_stored_expected_on", None)
        checks = [("birth_date", validate_birth_date, self.birth_date)]
        if expected_on_is_typed:
            checks.append(("expected_on", validate_due_date, self.expected_on))
        try:
            check_fields(checks)
        except ValidationError as invalid:
            errors = invalid.error_dict
        else:
            errors = {}
        if self.birth_date and self.expected_on and not errors:
            errors["expected_on"] = [ValidationError(BORN_OR_EXPECTED, code="born_or_expected")]
        if errors:
            raise ValidationError(errors)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_unborn(self) -> bool:
        return self.birth_date is None and self.expected_on is not None

    def age_on(self, day: date | None = None) -> int | None:
        if self.birth_date is None:
            return None
        day = day or timezone.localdate()
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        # Never negative: a day before the birth (a reference date in the past) is age 0.
        return max(day.year - self.birth_date.year - before_birthday, 0)

    @property
    def insz_display(self) -> str:
        return format_insz(self.insz) if self.insz else ""


class Intake(BaseModel):
    """An aanmelding: a signal that a family may need help, from one channel."""

    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="intakes"
    )
    received_on = models.DateField(_("date of intake"), default=timezone.localdate)
    channel = models.ForeignKey(
        Channel, verbose_name=_("channel"), on_delete=models.PROTECT, related_name="intakes"
    )
    signalled_by_organisation = models.CharField(
        _("signalled by (organisation)"), max_length=150, blank=True
    )
    signalled_by_person = models.CharField(_("contact person"), max_length=150, blank=True)
    # The social-map rows behind the free text above (both optional): the organisation page
    # counts its signals through these (radar.organisations.selectors).
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("signalling organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="intakes",
    )
    contact_person = models.ForeignKey(
        "organisations.ContactPerson",
        verbose_name=_("signalling contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intakes",
    )
    reason = models.TextField(_("reason"), blank=True)
    # Set when the family came to the mobile info point; a session of the family's own team
    # (radar.infopoint.services.check_intake_session). Counted in the info point figures.
    info_point_session = models.ForeignKey(
        "infopoint.InfoPointSession",
        verbose_name=_("info point session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intakes",
    )

    class Meta:
        verbose_name = _("intake")
        verbose_name_plural = _("intakes")
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"{self.received_on} {self.channel}"

    def clean(self) -> None:
        super().clean()
        check_fields([("received_on", validate_past_date, self.received_on)])


class StatusChange(DatedEvent):
    """One step in a family's status history (households.services.change_status)."""

    household = models.ForeignKey(
        Household, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status, to_status = DatedEvent.status_fields(Status.choices, max_length=20)
    reason = models.CharField(
        _("closing reason"), max_length=20, choices=ClosingReason.choices, blank=True
    )

    class Meta(DatedEvent.Meta):
        verbose_name = _("status change")
        verbose_name_plural = _("status history")


class Need(Versioned, Removable, BaseModel):
    class Priority(models.IntegerChoices):
        HIGH = 1, _("high")
        MEDIUM = 2, _("medium")
        LOW = 3, _("low")

    class State(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("being worked on")
        ANSWERED = "answered", _("answered")
        NOT_ANSWERED = "not_answered", _("could not be answered")

    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="needs"
    )
    domain = models.ForeignKey(
        LifeDomain, verbose_name=_("life domain"), on_delete=models.PROTECT, related_name="needs"
    )
    description = models.CharField(_("need"), max_length=250)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.MEDIUM
    )
    state = models.CharField(_("status"), max_length=20, choices=State.choices, default=State.OPEN)

    class Meta:
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        ordering = ["priority", "domain__position", "id"]

    def __str__(self) -> str:
        return self.description

    @property
    def state_choices(self):
        return self.State.choices
