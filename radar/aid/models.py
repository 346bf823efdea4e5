"""Material aid: the catalogue, who received what, vouchers and budget lines.

Money is in cents (integers), never floats. A `Recipient` is the family as the aid register
knows it: a household in outreach guidance (linked to households.Household), or a family that
only received aid (a minimal record: the register's key, a name, an address, a number of
children), which is never a Household and so never shows as casework (ADR 0013).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality
from radar.core.models import BaseModel, DatedEvent, Removable, Versioned
from radar.core.states import StateMachine
from radar.core.validators import check_fields, validate_past_date, validate_plan_date


class Kind(models.TextChoices):
    IN_KIND = "in_kind", _("in kind")
    VOUCHER = "voucher", _("voucher or card")
    CASH = "cash", _("cash")
    CERTIFICATE = "certificate", _("certificate")


class AidType(models.Model):
    """One entry of a municipality's aid catalogue (babykaart, schoolcheque ...)."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="aid_types",
    )
    code = models.SlugField(
        _("code"), max_length=60, help_text=_("Stable: used by the register import.")
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    unit_amount_cents = models.PositiveIntegerField(
        _("amount per unit (cents)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the amount varies."),
    )
    is_per_child = models.BooleanField(_("given per child"), default=False)
    budget_code = models.SlugField(
        _("budget line"),
        max_length=60,
        blank=True,
        help_text=_("The code of the budget line this aid is charged to, each year."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    local_right = models.ForeignKey(
        "rights.LocalRight",
        verbose_name=_("local right"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aid_types",
        help_text=_("The local right whose conditions this aid follows, if any."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("aid type")
        verbose_name_plural = _("aid catalogue")
        ordering = ["municipality", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"],
                name="aid_type_code_unique",
                violation_error_message=_("This municipality already has an aid with this code."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "nl")[:2]
        return getattr(self, f"name_{language}", None) or self.name_nl

    def clean(self) -> None:
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end comes after the start.")})


class Recipient(BaseModel):
    """A family in the aid register. `household` is set when the team guides it; otherwise
    the row holds the register's own minimal record and is seen only in aid figures."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="aid_recipients",
    )
    household = models.OneToOneField(
        "households.Household",
        verbose_name=_("household"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="aid_recipient",
    )
    ref = models.CharField(
        _("register key"), max_length=60, blank=True, help_text=_("The register's own key.")
    )
    family_name = models.CharField(_("family name"), max_length=150, blank=True)
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    children = models.PositiveSmallIntegerField(_("children"), default=0)

    class Meta:
        verbose_name = _("aid recipient")
        verbose_name_plural = _("aid recipients")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "ref"],
                condition=~models.Q(ref=""),
                name="aid_recipient_ref_unique",
                violation_error_message=_("This register key is already in use."),
            )
        ]

    def __str__(self) -> str:
        return self.family_name or self.ref or str(self.pk)

    @property
    def is_in_outreach(self) -> bool:
        return self.household_id is not None


class AidGiven(Versioned, Removable, BaseModel):
    """Aid handed to a family (and to one child, where the aid is per child)."""

    recipient = models.ForeignKey(
        Recipient, verbose_name=_("family"), on_delete=models.CASCADE, related_name="aid"
    )
    aid_type = models.ForeignKey(
        AidType, verbose_name=_("aid"), on_delete=models.PROTECT, related_name="given"
    )
    member = models.ForeignKey(
        "households.Member",
        verbose_name=_("child"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aid_received",
    )
    count = models.PositiveIntegerField(_("number"), default=1)
    amount_cents = models.PositiveBigIntegerField(_("amount (cents)"), default=0)
    given_on = models.DateField(_("date"))
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    need = models.ForeignKey(
        "households.Need",
        verbose_name=_("for the need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="aid_given",
    )
    note = models.CharField(_("note"), max_length=250, blank=True)
    # Set by the register import: the same row imported twice is found, not added.
    import_key = models.CharField(max_length=200, blank=True, editable=False)

    class Meta:
        verbose_name = _("aid given")
        verbose_name_plural = _("aid given")
        ordering = ["-given_on", "-id"]
        indexes = [models.Index(fields=["aid_type", "given_on"], name="aid_given_type_date")]
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~models.Q(import_key=""),
                name="aid_given_import_key_unique",
                violation_error_message=_("This row of the register was imported already."),
            ),
            models.CheckConstraint(
                condition=models.Q(count__gte=1),
                name="aid_given_count_positive",
                violation_error_message=_("Give at least one."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.given_on} {self.aid_type}"

    @property
    def amount_euros(self) -> str:
        return f"{self.amount_cents // 100},{self.amount_cents % 100:02d}"

    def clean(self) -> None:
        super().clean()
        check_fields([("given_on", validate_past_date, self.given_on)])


class VoucherStatus(models.TextChoices):
    ISSUED = "issued", _("issued")
    REDEEMED = "redeemed", _("redeemed")
    EXPIRED = "expired", _("expired")
    CANCELLED = "cancelled", _("cancelled")


VOUCHER_TRANSITIONS = StateMachine(
    VoucherStatus,
    {
        VoucherStatus.ISSUED: (
            VoucherStatus.REDEEMED,
            VoucherStatus.EXPIRED,
            VoucherStatus.CANCELLED,
        ),
        VoucherStatus.REDEEMED: (),
        VoucherStatus.EXPIRED: (),
        VoucherStatus.CANCELLED: (),
    },
    start=VoucherStatus.ISSUED,
    refusal=_("A voucher cannot go from '%(from)s' to '%(to)s'."),
)


class Voucher(Versioned, BaseModel):
    """A voucher or card handed out as aid: issued, then redeemed, expired or cancelled."""

    aid = models.OneToOneField(
        AidGiven, verbose_name=_("aid given"), on_delete=models.CASCADE, related_name="voucher"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    number = models.CharField(_("voucher number"), max_length=40)
    value_cents = models.PositiveBigIntegerField(_("value (cents)"))
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"))
    status = models.CharField(
        _("status"), max_length=20, choices=VoucherStatus.choices, default=VoucherStatus.ISSUED
    )
    redeemed_on = models.DateField(_("redeemed on"), null=True, blank=True)
    redeemed_where = models.CharField(_("redeemed at"), max_length=150, blank=True)
    redeemed_cents = models.PositiveBigIntegerField(_("amount redeemed (cents)"), default=0)

    class Meta:
        verbose_name = _("voucher")
        verbose_name_plural = _("vouchers")
        ordering = ["-valid_from", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "number"],
                name="voucher_number_unique",
                violation_error_message=_("A voucher with this number exists already."),
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def value_euros(self) -> str:
        return f"{self.value_cents // 100},{self.value_cents % 100:02d}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("valid_from", validate_past_date, self.valid_from),
                ("valid_until", validate_plan_date, self.valid_until),
                ("redeemed_on", validate_past_date, self.redeemed_on),
            ]
        )
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end comes after the start.")})
        if self.redeemed_cents > (self.value_cents or 0):
            raise ValidationError(
                {"redeemed_cents": _("More than the voucher's value cannot be redeemed.")}
            )


class VoucherEvent(DatedEvent):
    """One step of a voucher's history (radar.aid.services)."""

    voucher = models.ForeignKey(Voucher, on_delete=models.CASCADE, related_name="events")
    from_status, to_status = DatedEvent.status_fields(VoucherStatus.choices, max_length=20)

    class Meta(DatedEvent.Meta):
        verbose_name = _("voucher event")
        verbose_name_plural = _("voucher history")


class BudgetLine(BaseModel):
    """The money a municipality set aside for a kind of aid in one year, and the subsidy
    measure it reports to (POD MI/GPMI ...)."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="budget_lines",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=150)
    measure = models.CharField(
        _("subsidy measure"),
        max_length=150,
        blank=True,
        help_text=_("The subsidy this line reports to, e.g. POD MI child poverty."),
    )
    budget_cents = models.PositiveBigIntegerField(_("budget (cents)"))
    warn_below_percent = models.PositiveSmallIntegerField(
        _("warn below (% left)"), default=10, help_text=_("Warn the team lead below this share.")
    )

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["-year", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "year", "code"],
                name="budget_line_unique",
                violation_error_message=_("This budget line exists already for this year."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"
