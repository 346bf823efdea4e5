from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    """The OCMW/CPAS of one municipality."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    nis_code = models.CharField(_("NIS code"), max_length=5, blank=True)
    losing_contact_days = models.PositiveSmallIntegerField(
        _("days before 'losing contact'"),
        default=21,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_(
            "A family without a successful contact for this many days shows on the "
            "'losing contact' list."
        ),
    )

    class Meta:
        verbose_name = _("municipality (OCMW)")
        verbose_name_plural = _("municipalities (OCMW)")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="teams"
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["municipality__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name"],
                name="team_name_unique",
                violation_error_message=_("This municipality already has a team by this name."),
            )
        ]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    OUTREACHER = "outreacher", _("outreacher")
    TEAM_LEAD = "team_lead", _("team lead")
    COLLEAGUE = "colleague", _("social-service colleague")
    PARTNER = "partner", _("partner")
    POLICY = "policy", _("policy")
    ADMINISTRATOR = "administrator", _("administrator")


# Roles that work with named families of their own team(s). The access layer
# (radar.households.selectors) depends on this set.
CASEWORK_ROLES = frozenset({Role.OUTREACHER, Role.TEAM_LEAD, Role.COLLEAGUE})


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OUTREACHER)
    teams = models.ManyToManyField(
        Team, verbose_name=_("teams"), blank=True, related_name="members"
    )
    organisation_name = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("For partner users: the organisation they work for."),
    )
    # Partner access (consents) is decided on this row, not on organisation_name.
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation (social map)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
        help_text=_("For partner users: their organisation on the social map."),
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def does_casework(self) -> bool:
        return self.is_active and self.role in CASEWORK_ROLES

    @property
    def is_team_lead(self) -> bool:
        return self.role == Role.TEAM_LEAD

    def losing_contact_days(self) -> int:
        """The losing-contact threshold of the user's municipality (the setting if none)."""
        team = self.teams.select_related("municipality").first()
        if team is None:
            return settings.RADAR_LOSING_CONTACT_DAYS
        return team.municipality.losing_contact_days

    @property
    def is_administrator(self) -> bool:
        return self.role == Role.ADMINISTRATOR or self.is_superuser
