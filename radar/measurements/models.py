"""Measuring change (seed 002, seed 004): self-reliance instruments as data, and dated
assessments of a household or one of its members.

An instrument (the ZRM 2017, the participatieladder, a custom one) is rows, not code: its
domains (a professional and a plain-language label, in nl/fr/en), its levels and, only when
an organisation imported the texts it holds a licence for, the criteria of each cell
(`radar measurements import-instrument FILE`, docs/measurements.md). No criteria text of
the ZRM is in this repository (© GGD Amsterdam, no open licence).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality
from radar.core.models import BaseModel, Removable, Versioned
from radar.households.models import Household, Member

LANGUAGES = ("nl", "fr", "en")
# A copy changed locally must never carry the name of the original (GGD Amsterdam asks
# users not to amend the ZRM): custom instruments may not use these in code or name.
PROTECTED_NAMES = ("zrm", "zelfredzaamheid-matrix", "zelfredzaamheidsmatrix", "self-sufficiency")
DEFAULT_T1_AFTER_DAYS = 90


def in_language(obj, prefix: str) -> str:
    """The `<prefix>_<language>` field in the active language, else Dutch, else any."""
    language = (get_language() or "nl")[:2]
    for code in (language, "nl", "en", "fr"):
        value = getattr(obj, f"{prefix}_{code}", "")
        if value:
            return str(value)
    return ""


class Instrument(models.Model):
    """A measuring instrument: a set of domains scored on the same levels."""

    class Subject(models.TextChoices):
        HOUSEHOLD = "household", _("the household")
        PERSON = "person", _("one person")
        EITHER = "either", _("the household or one person")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    version = models.CharField(_("version"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    licence_note = models.TextField(_("licence note"), blank=True)
    subject = models.CharField(
        _("who is scored"), max_length=10, choices=Subject.choices, default=Subject.EITHER
    )
    is_custom = models.BooleanField(
        _("custom instrument"),
        default=False,
        help_text=_(
            "A locally made or changed instrument. It may not carry the name of a "
            "published instrument (such as the ZRM)."
        ),
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return in_language(self, "name")

    def clean(self) -> None:
        super().clean()
        if self.is_custom:
            names = " ".join([self.code, self.name_nl, self.name_fr, self.name_en]).lower()
            if any(protected in names for protected in PROTECTED_NAMES):
                raise ValidationError(
                    {
                        "code": _(
                            "A custom instrument may not be called ZRM: give it a name of its own."
                        )
                    },
                    code="protected_name",
                )

    @property
    def level_values(self) -> list[int]:
        return [level.value for level in self.levels.all()]


class Level(models.Model):
    instrument = models.ForeignKey(
        Instrument, verbose_name=_("instrument"), on_delete=models.CASCADE, related_name="levels"
    )
    value = models.PositiveSmallIntegerField(
        _("value"), validators=[MinValueValidator(0), MaxValueValidator(20)]
    )
    label_nl = models.CharField(_("label (Dutch)"), max_length=80)
    label_fr = models.CharField(_("label (French)"), max_length=80, blank=True)
    label_en = models.CharField(_("label (English)"), max_length=80, blank=True)

    class Meta:
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["instrument", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "value"],
                name="measurements_level_unique",
                violation_error_message=_("This instrument already has this level."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.value} {self.label}"

    @property
    def label(self) -> str:
        return in_language(self, "label")


class Domain(models.Model):
    """One domain of an instrument, with the label a professional uses and the one the
    family reads (the family page shows the plain one)."""

    instrument = models.ForeignKey(
        Instrument, verbose_name=_("instrument"), on_delete=models.CASCADE, related_name="domains"
    )
    code = models.SlugField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    professional_nl = models.CharField(_("professional label (Dutch)"), max_length=80)
    professional_fr = models.CharField(_("professional label (French)"), max_length=80, blank=True)
    professional_en = models.CharField(_("professional label (English)"), max_length=80, blank=True)
    plain_nl = models.CharField(_("plain label (Dutch)"), max_length=80, blank=True)
    plain_fr = models.CharField(_("plain label (French)"), max_length=80, blank=True)
    plain_en = models.CharField(_("plain label (English)"), max_length=80, blank=True)

    class Meta:
        verbose_name = _("domain")
        verbose_name_plural = _("domains")
        ordering = ["instrument", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "code"],
                name="measurements_domain_unique",
                violation_error_message=_("This instrument already has a domain with this code."),
            )
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return in_language(self, "professional")

    @property
    def plain_label(self) -> str:
        return in_language(self, "plain") or self.label


class Criterion(models.Model):
    """The criteria text of one cell (domain x level) in one language: imported from a file
    an organisation holds the rights to, never shipped."""

    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.CASCADE, related_name="criteria"
    )
    level = models.PositiveSmallIntegerField(_("level"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    text = models.TextField(_("criteria"), max_length=2000)

    class Meta:
        verbose_name = _("criteria of a cell")
        verbose_name_plural = _("criteria of the cells")
        ordering = ["domain", "level", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain", "level", "language"],
                name="measurements_criterion_unique",
                violation_error_message=_("This cell already has criteria in this language."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.domain.code} {self.level} {self.language}"


class Assessment(Versioned, Removable, BaseModel):
    """One scoring of an instrument for a household (member empty) or one of its members,
    on one day. The first one is T0; the latest at least `t1_after_days` later is T1."""

    household = models.ForeignKey(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assessments",
        help_text=_("Empty: the household as a whole."),
    )
    instrument = models.ForeignKey(
        Instrument, verbose_name=_("instrument"), on_delete=models.PROTECT, related_name="+"
    )
    assessed_on = models.DateField(_("date"), default=timezone.localdate)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("scored by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_co_scored = models.BooleanField(
        _("the family scored too"),
        default=False,
        help_text=_("The family gave its own score per domain next to the worker's."),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["assessed_on", "id"]
        indexes = [
            models.Index(
                fields=["household", "instrument", "assessed_on"], name="assessment_household"
            )
        ]

    def __str__(self) -> str:
        return f"{self.instrument.code} {self.assessed_on}"


class Score(models.Model):
    """The level of one domain in one assessment: the worker's, and the family's own when
    they scored together (co-scoring). No level: not scored (unknown, not applicable)."""

    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="scores"
    )
    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.PositiveSmallIntegerField(_("level"), null=True, blank=True)
    family_level = models.PositiveSmallIntegerField(_("the family's level"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        ordering = ["assessment", "domain__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "domain"],
                name="measurements_score_unique",
                violation_error_message=_("This assessment already scores this domain."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.domain.code}: {self.level}"

    @property
    def difference(self) -> int | None:
        """The family's level minus the worker's, when both scored."""
        if self.level is None or self.family_level is None:
            return None
        return self.family_level - self.level


class MeasurementSettings(models.Model):
    """A municipality's settings for measuring (one row per municipality; none: defaults)."""

    municipality = models.OneToOneField(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="measurement_settings",
    )
    t1_after_days = models.PositiveSmallIntegerField(
        _("days from T0 to T1"),
        default=DEFAULT_T1_AFTER_DAYS,
        validators=[MinValueValidator(30), MaxValueValidator(730)],
        help_text=_(
            "The dashboard reminds the worker of the second measurement (T1) this many days "
            "after the first (T0); only a measurement at least this long after T0 counts as T1."
        ),
    )

    class Meta:
        verbose_name = _("measurement settings")
        verbose_name_plural = _("measurement settings")

    def __str__(self) -> str:
        return str(self.municipality)


class WorkStep(BaseModel):
    """A step of the family's plan (plans.Step) tagged as a step towards work (seed 004),
    possibly with the organisation of the social map that offers it."""

    class Kind(models.TextChoices):
        VOLUNTEERING = "volunteering", _("volunteering")
        LANGUAGE = "language", _("language course")
        TRAINING = "training", _("training")
        BRIDGE = "bridge", _("bridge to VDAB, Forem or Actiris")
        SOCIAL_ECONOMY = "social_economy", _("sheltered or social-economy work")
        PAID_WORK = "paid_work", _("paid work")

    step = models.OneToOneField(
        "plans.Step", verbose_name=_("step"), on_delete=models.CASCADE, related_name="work_step"
    )
    kind = models.CharField(_("step towards work"), max_length=20, choices=Kind.choices)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("step towards work")
        verbose_name_plural = _("steps towards work")

    def __str__(self) -> str:
        return self.get_kind_display()
