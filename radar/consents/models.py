"""The family's consent to share with a partner organisation.

A consent names one organisation, the categories of information it covers, a purpose and
a period; it can be withdrawn. Partner access is decided only in radar.consents.selectors,
on these rows. Uploaded consent documents are not stored (yet): `given_how` says whether
a written form exists, the paper stays in the OCMW's file.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.models import BaseModel
from radar.core.validators import check_fields, validate_plan_date, validate_planning_date
from radar.households.models import Household, Status


class Category(models.TextChoices):
    CONTACT_DETAILS = "contact_details", _("contact details (name, phone, address)")
    NEEDS = "needs", _("needs")
    PLAN = "plan", _("plan (goals and steps)")
    RIGHTS = "rights", _("rights follow-up")
    NOTES = "notes", _("contact notes")
    AID = "aid", _("material aid received")


class GivenHow(models.TextChoices):
    VERBAL = "verbal", _("verbally")
    WRITTEN = "written", _("in writing")


def validate_categories(value) -> None:
    if not isinstance(value, list) or not value:
        raise ValidationError(_("Choose at least one category."))
    unknown = [v for v in value if v not in Category.values]
    if unknown:
        raise ValidationError(
            _("Unknown category: %(values)s"),
            params={"values": ", ".join(str(v) for v in unknown)},
        )


class Consent(BaseModel):
    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="consents"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="consents",
    )
    categories = models.JSONField(_("categories"), default=list, validators=[validate_categories])
    purpose = models.CharField(_("purpose"), max_length=100)
    given_how = models.CharField(
        _("given how"), max_length=10, choices=GivenHow.choices, default=GivenHow.VERBAL
    )
    valid_from = models.DateField(_("valid from"), default=timezone.localdate)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-valid_from", "-id"]
        indexes = [
            models.Index(fields=["organisation", "household"], name="consent_org_household"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="consent_period_ordered",
                violation_error_message=_("The end cannot be before the start."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.household_id} → {self.organisation_id}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("valid_from", validate_planning_date, self.valid_from),
                ("valid_until", validate_plan_date, self.valid_until),
            ]
        )
        if self.valid_until and self.valid_from and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end cannot be before the start.")})

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def is_active(self, on: date | None = None) -> bool:
        """True on the day `on` (default today) if not withdrawn and inside its period.

        radar.consents.selectors.active_consent_condition is the same rule as a query.
        """
        on = on or timezone.localdate()
        if self.withdrawn_at is not None:
            return False
        if self.valid_from > on:
            return False
        return self.valid_until is None or self.valid_until >= on

    def category_labels(self) -> list[str]:
        labels = dict(Category.choices)
        return [str(labels[c]) for c in self.categories if c in labels]


class PartnerSignal(BaseModel):
    """A family signalled by a partner user: it lands as a household with an intake for
    the outreach team. The partner sees only `status_word()` of their own signals, never
    the dossier; `who` is what the partner typed, shown back to them unchanged."""

    class StatusWord(models.TextChoices):
        RECEIVED = "received", _("received")
        IN_CONTACT = "in_contact", _("in contact")
        CLOSED = "closed", _("closed")

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partner_signals",
    )
    signalled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signalled by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="partner_signals",
    )
    household = models.OneToOneField(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="partner_signal",
    )
    who = models.CharField(_("who"), max_length=150)
    family_knows = models.BooleanField(_("the family knows about this signal"), default=False)
    received_on = models.DateField(_("received on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("signal from a partner")
        verbose_name_plural = _("signals from partners")
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.received_on}"

    def status_word(self) -> str:
        """The status as the partner sees it: three words, nothing of the dossier."""
        status = self.household.status
        if status == Status.SIGNALLED:
            return self.StatusWord.RECEIVED
        if status == Status.CLOSED:
            return self.StatusWord.CLOSED
        return self.StatusWord.IN_CONTACT

    def get_status_word_display(self) -> str:
        return str(dict(self.StatusWord.choices)[self.status_word()])
