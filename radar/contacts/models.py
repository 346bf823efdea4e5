from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.models import BaseModel, ConfigurableList, Removable, Versioned
from radar.core.validators import check_fields, validate_contact_minutes, validate_contact_moment
from radar.households.models import Household, Member


class ContactType(ConfigurableList):
    """Home visit, at school, info point, street, waiting room, phone, message, ..."""

    class Meta(ConfigurableList.Meta):
        verbose_name = _("contact type")
        verbose_name_plural = _("contact types")


class ContactMoment(Versioned, Removable, BaseModel):
    """One contact, or one attempt: attempts that did not reach the family count too."""

    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="contacts"
    )
    occurred_at = models.DateTimeField(_("date and time"), default=timezone.now)
    contact_type = models.ForeignKey(
        ContactType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="contacts"
    )
    place = models.CharField(_("place"), max_length=150, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    participants = models.ManyToManyField(
        Member, verbose_name=_("family members present"), blank=True, related_name="contacts"
    )
    other_participants = models.CharField(_("others present"), max_length=250, blank=True)
    is_reached = models.BooleanField(
        _("family reached"),
        default=True,
        help_text=_("Untick when you tried but did not reach the family."),
    )
    note = models.TextField(_("note"), blank=True)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("worker"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )

    class Meta:
        verbose_name = _("contact moment")
        verbose_name_plural = _("contact moments")
        ordering = ["-occurred_at", "-id"]
        indexes = [
            models.Index(fields=["household", "-occurred_at"], name="contact_household_time")
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d} {self.contact_type}"

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("occurred_at", validate_contact_moment, self.occurred_at),
                ("duration_minutes", validate_contact_minutes, self.duration_minutes),
            ]
        )
