from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.models import BaseModel, Removable, Versioned
from radar.core.validators import check_fields, validate_past_date, validate_plan_date
from radar.households.models import Household, LifeDomain


class Goal(Versioned, Removable, BaseModel):
    """A goal in one life domain, reached through small steps."""

    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="goals"
    )
    domain = models.ForeignKey(
        LifeDomain, verbose_name=_("life domain"), on_delete=models.PROTECT, related_name="goals"
    )
    title = models.CharField(_("goal"), max_length=200)
    is_achieved = models.BooleanField(_("achieved"), default=False)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["is_achieved", "domain__position", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def steps_done(self) -> int:
        """Counted over the prefetched steps, so a list of goals costs no extra queries."""
        return sum(1 for step in self.steps.all() if step.is_done)


class Step(Versioned, Removable, BaseModel):
    class Owner(models.TextChoices):
        FAMILY = "family", _("the family")
        OUTREACHER = "outreacher", _("the outreacher")
        PARTNER = "partner", _("a partner")

    goal = models.ForeignKey(
        Goal, verbose_name=_("goal"), on_delete=models.CASCADE, related_name="steps"
    )
    # Copied from the goal so the dashboard finds steps due without joining goals.
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("step"), max_length=200)
    owner = models.CharField(
        _("who does it"), max_length=20, choices=Owner.choices, default=Owner.FAMILY
    )
    owner_name = models.CharField(_("name"), max_length=150, blank=True)
    due_on = models.DateField(_("due date"), null=True, blank=True)
    is_done = models.BooleanField(_("done"), default=False)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        ordering = ["is_done", "due_on", "id"]
        indexes = [
            models.Index(fields=["household", "is_done", "due_on"], name="step_due"),
            # Steps due on the dashboards: only open steps, by date.
            models.Index(
                fields=["due_on", "id"], condition=models.Q(is_done=False), name="step_open_due"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_done=False) | models.Q(done_on__isnull=False),
                name="done_step_has_date",
                violation_error_message=_("A step that is done has the date it was done."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        """Plausible dates. Whether a new step may be due in the past is
        radar.core.validators.validate_new_due_date, run by plans.services.add_step."""
        super().clean()
        check_fields(
            [
                ("due_on", validate_plan_date, self.due_on),
                ("done_on", validate_past_date, self.done_on),
            ]
        )

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return not self.is_done and self.due_on is not None and self.due_on < today
