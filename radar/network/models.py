"""The family's own network (ecogram) and the team's joint case discussions."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team
from radar.core.models import BaseModel, Versioned
from radar.core.validators import check_fields, validate_plan_date, validate_planning_date
from radar.households.models import Household, Member


class NetworkTie(Versioned, BaseModel):
    """One person or service around the family, as the family and the worker see it."""

    class Kind(models.TextChoices):
        RELATIVE = "relative", _("relative")
        NEIGHBOUR = "neighbour", _("neighbour")
        FRIEND = "friend", _("friend")
        VOLUNTEER = "volunteer", _("volunteer")
        EXPERT_BY_EXPERIENCE = "expert_by_experience", _("expert by experience")
        PROFESSIONAL = "professional", _("professional")
        OTHER = "other", _("other")

    class Quality(models.TextChoices):
        SUPPORTS = "supports", _("supports")
        STRAINS = "strains", _("strains")
        BOTH = "both", _("supports and strains")
        NEUTRAL = "neutral", _("neutral")

    household = models.ForeignKey(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="network_ties",
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("tie with"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_ties",
        help_text=_("Leave empty for a tie with the whole family."),
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.RELATIVE)
    relation = models.CharField(
        _("relation"),
        max_length=80,
        blank=True,
        help_text=_("In the family's words: grandmother, teacher, neighbour upstairs ..."),
    )
    quality = models.CharField(
        _("the tie"), max_length=20, choices=Quality.choices, default=Quality.SUPPORTS
    )
    note = models.TextField(_("note"), blank=True)
    is_active = models.BooleanField(
        _("still part of the family's network"),
        default=True,
        help_text=_("Former ties stay on record but leave the picture."),
    )

    class Meta:
        verbose_name = _("network tie")
        verbose_name_plural = _("network ties")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["household", "is_active"], name="networktie_household")]

    def __str__(self) -> str:
        return self.name


class CaseDiscussion(BaseModel):
    """A joint case discussion of a team: intervision, case conference or supervision."""

    class Kind(models.TextChoices):
        INTERVISION = "intervision", _("intervision")
        CASE_CONFERENCE = "case_conference", _("case conference")
        SUPERVISION = "supervision", _("supervision")

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="case_discussions"
    )
    held_on = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.INTERVISION
    )
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who took part"),
        blank=True,
        related_name="case_discussions",
    )
    other_participants = models.CharField(
        _("others who took part"),
        max_length=250,
        blank=True,
        help_text=_("People without a Radar login: a supervisor, a partner, ..."),
    )
    # Only families of `team`: checked by network.services.record_discussion.
    households = models.ManyToManyField(
        Household,
        verbose_name=_("families discussed"),
        blank=True,
        related_name="case_discussions",
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("case discussion")
        verbose_name_plural = _("case discussions")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["team", "held_on"], name="casediscussion_team")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"

    def clean(self) -> None:
        super().clean()
        check_fields([("held_on", validate_planning_date, self.held_on)])


class Agreement(BaseModel):
    """What the team agreed about one family in a case discussion."""

    discussion = models.ForeignKey(
        CaseDiscussion,
        verbose_name=_("case discussion"),
        on_delete=models.CASCADE,
        related_name="agreements",
    )
    # One of discussion.households: checked by network.services.add_agreement.
    household = models.ForeignKey(
        Household, verbose_name=_("family"), on_delete=models.CASCADE, related_name="agreements"
    )
    text = models.CharField(_("agreement"), max_length=200)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who follows it up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField(_("by"), null=True, blank=True)
    step = models.ForeignKey(
        "plans.Step",
        verbose_name=_("step in the plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
        help_text=_("Filled in when the agreement became a step in the family's plan."),
    )

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["discussion", "household", "id"]

    def __str__(self) -> str:
        return self.text

    def clean(self) -> None:
        super().clean()
        check_fields([("due_on", validate_plan_date, self.due_on)])

    @property
    def is_a_step(self) -> bool:
        return self.step_id is not None
