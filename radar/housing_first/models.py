"""Housing First for families (seed 003): the candidacy, the inclusion commission, the
tenancy and how the family left it.

A candidacy is prepared with the family (their life project and priorities in their own
words) and follows CANDIDACY_TRANSITIONS: being prepared → submitted → decided, or
withdrawn. The inclusion commission of a team decides on it in a meeting (an AgendaItem
holds the decision); a postponed or refused candidacy can be submitted again, its earlier
decisions stay. An admitted family gets a Tenancy: the dwelling, the guidance team (no
automatic end), the events of the tenancy and, one day, its end and the way of leaving.
Changes go through radar.housing_first.services; households are reached only through
radar.households.selectors.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team
from radar.core.models import BaseModel, DatedEvent, Versioned
from radar.core.states import StateMachine
from radar.core.validators import (
    check_fields,
    validate_past_date,
    validate_plan_date,
    validate_planning_date,
)
from radar.households.models import Household


class CandidacyStatus(models.TextChoices):
    PREPARING = "preparing", _("being prepared")
    SUBMITTED = "submitted", _("submitted")
    DECIDED = "decided", _("decided")
    WITHDRAWN = "withdrawn", _("withdrawn")


# The status rule, checked only by housing_first.services.move_candidacy. From "decided" a
# candidacy goes back to "submitted" only after a postponement or a refusal (the service
# checks the last decision): the re-submission, with the earlier decisions kept.
CANDIDACY_TRANSITIONS = StateMachine(
    CandidacyStatus,
    {
        CandidacyStatus.PREPARING: (CandidacyStatus.SUBMITTED, CandidacyStatus.WITHDRAWN),
        CandidacyStatus.SUBMITTED: (CandidacyStatus.DECIDED, CandidacyStatus.WITHDRAWN),
        CandidacyStatus.DECIDED: (CandidacyStatus.SUBMITTED, CandidacyStatus.WITHDRAWN),
        CandidacyStatus.WITHDRAWN: (),
    },
    start=CandidacyStatus.PREPARING,
    refusal=_("A candidacy cannot go from '%(from)s' to '%(to)s'."),
)


class Decision(models.TextChoices):
    ADMITTED = "admitted", _("admitted")
    NOT_ADMITTED = "not_admitted", _("not admitted")
    POSTPONED = "postponed", _("postponed")


class Candidacy(Versioned, BaseModel):
    """The history dossier of a family, prepared with them for the inclusion commission."""

    household = models.ForeignKey(
        Household, verbose_name=_("family"), on_delete=models.CASCADE, related_name="candidacies"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CandidacyStatus.choices,
        default=CandidacyStatus.PREPARING,
        help_text=_("Changes only through the candidacy's status actions."),
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    housing_history = models.TextField(
        _("housing history"),
        blank=True,
        help_text=_("Where the family lived: dwellings, evictions, shelters, the street, a car."),
    )
    what_was_tried = models.TextField(_("what was tried"), blank=True)
    life_project = models.TextField(
        _("the family's life project, in their own words"),
        blank=True,
        help_text=_("Write it as the family said it; do not rephrase."),
    )
    priorities = models.TextField(_("the family's priorities, in their own words"), blank=True)
    strengths = models.TextField(_("strengths"), blank=True)
    children = models.TextField(
        _("children"), blank=True, help_text=_("Custody, placement, school.")
    )
    network = models.TextField(
        _("network"),
        blank=True,
        help_text=_("Who supports the family; the ecogram holds the details."),
    )
    health = models.TextField(
        _("health"), blank=True, help_text=_("Only as far as the family wants it written.")
    )
    debts = models.TextField(
        _("debts"), blank=True, help_text=_("Only as far as the family wants it written.")
    )
    submitted_on = models.DateField(
        _("submitted on"),
        null=True,
        blank=True,
        help_text=_("The date of the latest submission to the commission."),
    )
    submissions = models.PositiveSmallIntegerField(_("times submitted"), default=0)
    decision = models.CharField(
        _("latest decision"), max_length=20, choices=Decision.choices, blank=True
    )

    class Meta:
        verbose_name = _("Housing First candidacy")
        verbose_name_plural = _("Housing First candidacies")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="decided") | ~models.Q(decision=""),
                name="decided_candidacy_has_decision",
                violation_error_message=_("A decided candidacy has a decision."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.household} ({self.get_status_display()})"

    @property
    def is_admitted(self) -> bool:
        return self.status == CandidacyStatus.DECIDED and self.decision == Decision.ADMITTED

    @property
    def may_be_resubmitted(self) -> bool:
        return self.status == CandidacyStatus.DECIDED and self.decision in (
            Decision.POSTPONED,
            Decision.NOT_ADMITTED,
        )

    @property
    def is_editable(self) -> bool:
        """The dossier is written while it is prepared, and again after a postponement or
        a refusal (before it is submitted again); the commission reads a fixed text."""
        return self.status == CandidacyStatus.PREPARING or self.may_be_resubmitted

    def allowed_next_statuses(self) -> tuple[str, ...]:
        allowed = CANDIDACY_TRANSITIONS.allowed_from(self.status)
        if self.status == CandidacyStatus.DECIDED and not self.may_be_resubmitted:
            return ()
        # "decided" is reached only through a commission's decision, not a status action.
        return tuple(s for s in allowed if s != CandidacyStatus.DECIDED)


class CandidacyEvent(DatedEvent):
    """One dated, attributed step in a candidacy's history."""

    candidacy = models.ForeignKey(Candidacy, on_delete=models.CASCADE, related_name="events")
    from_status, to_status = DatedEvent.status_fields(CandidacyStatus.choices, max_length=20)

    class Meta(DatedEvent.Meta):
        verbose_name = _("candidacy event")
        verbose_name_plural = _("candidacy history")
        ordering = ["changed_at", "id"]


class Commission(BaseModel):
    """The inclusion commission a team's Housing First project submits its candidacies to."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="commissions"
    )
    name = models.CharField(_("name"), max_length=150)
    language = models.CharField(
        _("language of the minutes"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    class Meta:
        verbose_name = _("inclusion commission")
        verbose_name_plural = _("inclusion commissions")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class CommissionMember(BaseModel):
    class OrganisationKind(models.TextChoices):
        CPAS = "cpas", _("OCMW / CPAS")
        HOUSING_COMPANY = "housing_company", _("social housing company")
        SOCIAL_RENTAL_AGENCY = "social_rental_agency", _("social rental agency")
        CAW = "caw", _("CAW / general welfare centre")
        HEALTH = "health", _("health care")
        OTHER = "other", _("other")

    commission = models.ForeignKey(
        Commission, verbose_name=_("commission"), on_delete=models.CASCADE, related_name="members"
    )
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=150)
    organisation_kind = models.CharField(
        _("kind of organisation"),
        max_length=30,
        choices=OrganisationKind.choices,
        default=OrganisationKind.OTHER,
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("commission member")
        verbose_name_plural = _("commission members")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"


class Meeting(BaseModel):
    commission = models.ForeignKey(
        Commission, verbose_name=_("commission"), on_delete=models.CASCADE, related_name="meetings"
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    place = models.CharField(_("place"), max_length=150, blank=True)
    present = models.ManyToManyField(
        CommissionMember, verbose_name=_("present"), blank=True, related_name="meetings"
    )

    class Meta:
        verbose_name = _("commission meeting")
        verbose_name_plural = _("commission meetings")
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.commission} {self.held_on}"

    def clean(self) -> None:
        super().clean()
        check_fields([("held_on", validate_planning_date, self.held_on)])


class AgendaItem(BaseModel):
    """A candidacy on a meeting's agenda, and the commission's decision on it."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="items"
    )
    candidacy = models.ForeignKey(
        Candidacy, verbose_name=_("candidacy"), on_delete=models.CASCADE, related_name="items"
    )
    # The submission the commission looked at: the time from submission to decision.
    submitted_on = models.DateField(_("submitted on"))
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices, blank=True)
    reasons = models.TextField(
        _("reasons, in words for the family"),
        blank=True,
        help_text=_("Required when the family is not admitted: they will be told."),
    )
    what_is_needed = models.TextField(
        _("what is needed"), blank=True, help_text=_("Required when the decision is postponed.")
    )
    needed_by = models.DateField(_("needed by"), null=True, blank=True)
    name_agreed = models.BooleanField(
        _("the family's name may be in the minutes"),
        default=False,
        help_text=_("Otherwise the minutes show the family's initials."),
    )
    not_taking_part = models.ManyToManyField(
        CommissionMember,
        verbose_name=_("members not taking part (conflict of interest)"),
        blank=True,
        related_name="recusals",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ["meeting", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "candidacy"],
                name="candidacy_once_per_meeting",
                violation_error_message=_("This candidacy is already on the agenda."),
            ),
            models.CheckConstraint(
                condition=~models.Q(decision="not_admitted") | ~models.Q(reasons=""),
                name="refusal_has_reasons",
                violation_error_message=_("Give the reasons, in words for the family."),
            ),
            models.CheckConstraint(
                condition=~models.Q(decision="postponed")
                | (~models.Q(what_is_needed="") & models.Q(needed_by__isnull=False)),
                name="postponement_says_what_by_when",
                violation_error_message=_("Say what is needed, and by when."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.candidacy_id}"

    def clean(self) -> None:
        super().clean()
        check_fields([("needed_by", validate_plan_date, self.needed_by)])


class OwnerKind(models.TextChoices):
    HOUSING_COMPANY = "housing_company", _("social housing company")
    SOCIAL_RENTAL_AGENCY = "social_rental_agency", _("social rental agency")
    PRIVATE = "private", _("private landlord")


class EndReason(models.TextChoices):
    MOVED_ON = "moved_on", _("moved on to other stable housing")
    EVICTED = "evicted", _("evicted")
    LEFT_WITHOUT_NOTICE = "left_without_notice", _("left without notice")
    INSTITUTION = "institution", _("prison or hospital")
    DECEASED = "deceased", _("deceased")
    OTHER = "other", _("other")


class Tenancy(Versioned, BaseModel):
    """A family housed by the project: the dwelling (scattered housing) and the guidance.

    The guidance is not limited in time: a tenancy has no end until a worker records one,
    with the way of leaving (`end_reason`; "other" needs a note)."""

    household = models.ForeignKey(
        Household, verbose_name=_("family"), on_delete=models.CASCADE, related_name="tenancies"
    )
    candidacy = models.ForeignKey(
        Candidacy,
        verbose_name=_("candidacy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tenancies",
    )
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    owner_kind = models.CharField(_("owner"), max_length=30, choices=OwnerKind.choices)
    landlord = models.CharField(_("landlord"), max_length=150, blank=True)
    rent_cents = models.PositiveIntegerField(_("monthly rent (cents)"), null=True, blank=True)
    start_on = models.DateField(_("tenancy start"))
    guidance_team = models.TextField(
        _("guidance team"),
        blank=True,
        help_text=_("The multidisciplinary team: who, from which service. No end date."),
    )
    end_on = models.DateField(_("end of the tenancy"), null=True, blank=True)
    end_reason = models.CharField(
        _("way of leaving"), max_length=30, choices=EndReason.choices, blank=True
    )
    end_note = models.TextField(_("note on leaving"), blank=True)

    class Meta:
        verbose_name = _("Housing First tenancy")
        verbose_name_plural = _("Housing First tenancies")
        ordering = ["-start_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(end_on__isnull=True) & models.Q(end_reason=""))
                | (models.Q(end_on__isnull=False) & ~models.Q(end_reason="")),
                name="tenancy_end_has_reason",
                violation_error_message=_("Give the end date and the way of leaving together."),
            ),
            models.CheckConstraint(
                condition=~models.Q(end_reason="other") | ~models.Q(end_note=""),
                name="tenancy_other_end_has_note",
                violation_error_message=_("Say in a note how the family left."),
            ),
            models.CheckConstraint(
                condition=models.Q(end_on__isnull=True)
                | models.Q(end_on__gte=models.F("start_on")),
                name="tenancy_ends_after_start",
                violation_error_message=_("A tenancy cannot end before it starts."),
            ),
            models.UniqueConstraint(
                fields=["household"],
                condition=models.Q(end_on__isnull=True),
                name="one_running_tenancy",
                violation_error_message=_("This family already has a running tenancy."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.street}, {self.city}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("start_on", validate_planning_date, self.start_on),
                ("end_on", validate_past_date, self.end_on),
            ]
        )

    @property
    def is_running(self) -> bool:
        return self.end_on is None

    @property
    def rent(self):
        from decimal import Decimal

        return None if self.rent_cents is None else Decimal(self.rent_cents) / 100


class TenancyEvent(BaseModel):
    class Kind(models.TextChoices):
        EVALUATION = "evaluation", _("evaluation meeting with the partners")
        ARREARS = "arrears", _("rent arrears")
        ARREARS_UNDER_CONTROL = "arrears_under_control", _("rent arrears under control")
        NEIGHBOUR_COMPLAINT = "neighbour_complaint", _("neighbour complaint")
        REPAIR = "repair", _("repair")
        CHILD_RETURNED = "child_returned", _("a child returned from placement")
        SCHOOL_RESTARTED = "school_restarted", _("school restarted")
        OTHER = "other", _("other")

    tenancy = models.ForeignKey(
        Tenancy, verbose_name=_("tenancy"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("what happened"), max_length=30, choices=Kind.choices)
    occurred_on = models.DateField(_("date"), default=timezone.localdate)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("tenancy event")
        verbose_name_plural = _("tenancy events")
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_on}"

    def clean(self) -> None:
        super().clean()
        check_fields([("occurred_on", validate_past_date, self.occurred_on)])
