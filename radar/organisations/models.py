"""The social map (sociale kaart): organisations, their services and contact persons.

No family data lives here: every logged-in role may read it. Intakes point to the
organisation and contact person that signalled the family (households.Intake.organisation,
households.Intake.contact_person); referrals, consents and partner users build on these rows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality
from radar.core.models import BaseModel
from radar.households.models import LifeDomain

ORGANISATION_NAME_TAKEN = _("The social map already has an organisation by this name here.")


class Organisation(BaseModel):
    class Kind(models.TextChoices):
        OCMW_SERVICE = "ocmw_service", _("OCMW service")
        CAW = "caw", _("CAW (general welfare centre)")
        OPGROEIEN = "opgroeien", _("Opgroeien (Kind en Gezin)")
        SCHOOL = "school", _("school")
        CLB = "clb", _("CLB (pupil guidance centre)")
        POVERTY_ASSOCIATION = "poverty_association", _("poverty association")
        HOUSING_COMPANY = "housing_company", _("social housing company")
        VDAB = "vdab", _("VDAB (employment service)")
        MUTUALITY = "mutuality", _("health fund (mutuality)")
        DEBT_MEDIATION = "debt_mediation", _("debt mediation")
        HUIS_VAN_HET_KIND = "huis_van_het_kind", _("Family centre (Huis van het Kind)")
        OTHER = "other", _("other")

    # Kinds that are channels through which families are signalled ("which schools bring
    # families, which never do"): selectors.list_channel_signal_counts depends on this.
    CHANNEL_KINDS = (Kind.SCHOOL, Kind.POVERTY_ASSOCIATION)

    external_id = models.CharField(
        _("external id"),
        max_length=60,
        blank=True,
        help_text=_(
            "Optional. The id in the municipality's own social map; a CSV import matches on it."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("The languages spoken at the desk, for example: nl, fr, en."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["kind", "name"], name="organisation_kind_name")]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "municipality"],
                condition=models.Q(municipality__isnull=False),
                name="organisation_name_municipality_unique",
                violation_error_message=ORGANISATION_NAME_TAKEN,
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(municipality__isnull=True),
                name="organisation_name_unique_without_municipality",
                violation_error_message=ORGANISATION_NAME_TAKEN,
            ),
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="organisation_external_id_unique",
                violation_error_message=_(
                    "Another organisation on the social map already has this external id."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_channel(self) -> bool:
        return self.kind in self.CHANNEL_KINDS

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class Service(BaseModel):
    """What an organisation offers, and for which life domains: the map is searched by these."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    life_domains = models.ManyToManyField(
        LifeDomain, verbose_name=_("life domains"), blank=True, related_name="services"
    )
    how_to_reach = models.TextField(
        _("how to reach"),
        blank=True,
        help_text=_("Walk-in, by appointment, by phone, through a referral ..."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["organisation__name", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"],
                name="service_name_unique_per_organisation",
                violation_error_message=_("This organisation already has a service by this name."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation.name})"


class ContactPerson(BaseModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contact_persons",
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role"), max_length=150, blank=True, help_text=_("For example: care coordinator.")
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["organisation__name", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"],
                name="contact_person_unique_per_organisation",
                violation_error_message=_(
                    "This organisation already has a contact person by this name."
                ),
            )
        ]

    def __str__(self) -> str:
        who = f"{self.name}, {self.role}" if self.role else self.name
        return f"{who} ({self.organisation.name})"
