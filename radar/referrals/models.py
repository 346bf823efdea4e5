"""Referrals (doorverwijzingen) with a closed loop, and the lead partner (regierol).

A referral goes from a need in the household's plan to an organisation on the social map
and follows REFERRAL_TRANSITIONS: proposed → sent → accepted / declined → first contact
confirmed → outcome recorded → closed. Every step is a dated, attributed ReferralEvent.
Changes go through radar.referrals.services; households are reached only through
radar.households.selectors.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.models import BaseModel, DatedEvent
from radar.core.states import StateMachine
from radar.households.models import Household, Need
from radar.organisations.models import ContactPerson, Organisation, Service


class ReferralStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    SENT = "sent", _("sent")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    FIRST_CONTACT_CONFIRMED = "first_contact_confirmed", _("first contact confirmed")
    OUTCOME_RECORDED = "outcome_recorded", _("outcome recorded")
    CLOSED = "closed", _("closed")


# The status rule, checked only by referrals.services.move_referral: from each status, where
# a referral may go next. No step is skipped; a declined referral can only be closed.
REFERRAL_TRANSITIONS = StateMachine(
    ReferralStatus,
    {
        ReferralStatus.PROPOSED: (ReferralStatus.SENT,),
        ReferralStatus.SENT: (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED),
        ReferralStatus.ACCEPTED: (ReferralStatus.FIRST_CONTACT_CONFIRMED,),
        ReferralStatus.DECLINED: (ReferralStatus.CLOSED,),
        ReferralStatus.FIRST_CONTACT_CONFIRMED: (ReferralStatus.OUTCOME_RECORDED,),
        ReferralStatus.OUTCOME_RECORDED: (ReferralStatus.CLOSED,),
        ReferralStatus.CLOSED: (),
    },
    start=ReferralStatus.PROPOSED,
    refusal=_("A referral cannot go from '%(from)s' to '%(to)s'."),
)

# The steps a partner user of the receiving organisation may take (the partner pages, under
# consent): they answer the referral; sending and closing stay with the outreach team.
PARTNER_REFERRAL_TRANSITIONS = REFERRAL_TRANSITIONS.limited_to(
    ReferralStatus.ACCEPTED,
    ReferralStatus.DECLINED,
    ReferralStatus.FIRST_CONTACT_CONFIRMED,
    ReferralStatus.OUTCOME_RECORDED,
)

# Statuses in which the worker waits for the first contact (the reminder looks at these).
AWAITING_FIRST_CONTACT = (ReferralStatus.SENT, ReferralStatus.ACCEPTED)


class Introduction(models.TextChoices):
    JOINT_VISIT = "joint_visit", _("joint visit")
    PHONE_CALL_TOGETHER = "phone_call_together", _("phone call together")
    ACCOMPANIED = "accompanied", _("accompanied to the service")
    LETTER_ONLY = "letter_only", _("letter only")
    OTHER = "other", _("other")


class Referral(BaseModel):
    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="referrals"
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    service = models.ForeignKey(
        Service,
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
    )
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("receiver (contact person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
    )
    receiver_name = models.CharField(
        _("named receiver"),
        max_length=150,
        blank=True,
        help_text=_("The person at the service who receives the family."),
    )
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=ReferralStatus.choices,
        default=ReferralStatus.PROPOSED,
        help_text=_("Changes only through the referral's status actions."),
    )
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    introduced_how = models.CharField(
        _("how the family was introduced"),
        max_length=30,
        choices=Introduction.choices,
        blank=True,
    )
    handover_note = models.TextField(_("hand-over note"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    first_contact_on = models.DateField(_("date of the first contact"), null=True, blank=True)
    declined_reason = models.TextField(
        _("reason declined"),
        blank=True,
        help_text=_("Filled in when the status is 'declined'."),
    )
    need_answered = models.BooleanField(
        _("need answered"),
        null=True,
        blank=True,
        help_text=_("Filled in when the outcome is recorded; required to close."),
    )
    outcome_note = models.TextField(_("outcome"), blank=True)

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "sent_at"], name="referral_status_sent")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="declined") | ~models.Q(declined_reason=""),
                name="declined_referral_has_reason",
                violation_error_message=_("Give the reason the referral was declined."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["outcome_recorded"])
                | models.Q(need_answered__isnull=False),
                name="referral_outcome_has_answer",
                violation_error_message=_("Say whether the need was answered."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation.name} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status != ReferralStatus.CLOSED

    @property
    def receiver(self) -> str:
        if self.receiver_name:
            return self.receiver_name
        return self.contact_person.name if self.contact_person_id and self.contact_person else ""

    def allowed_next_statuses(self) -> tuple[str, ...]:
        return REFERRAL_TRANSITIONS.allowed_from(self.status)

    def is_awaiting_first_contact(self) -> bool:
        return self.status in AWAITING_FIRST_CONTACT

    def needs_follow_up(self) -> bool:
        """Keep following up until the need is answered: open, or closed without an answer."""
        return self.status != ReferralStatus.DECLINED and self.need_answered is not True


class ReferralEvent(DatedEvent):
    """One dated, attributed step in a referral's history, or a hand-over note (the status
    stays: from == to)."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    from_status, to_status = DatedEvent.status_fields(ReferralStatus.choices, max_length=30)

    class Meta(DatedEvent.Meta):
        verbose_name = _("referral event")
        verbose_name_plural = _("referral history")
        ordering = ["changed_at", "id"]


class LeadPartner(BaseModel):
    """Who has the lead (regierol) for a household, from when until when.

    At most one row per household has no `until_on`: the active lead partner
    (referrals.services.set_lead_partner ends the previous one).
    """

    household = models.ForeignKey(
        Household,
        verbose_name=_("household"),
        on_delete=models.CASCADE,
        related_name="lead_partners",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="lead_roles",
    )
    person_name = models.CharField(_("person"), max_length=150, blank=True)
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lead_roles",
    )
    from_on = models.DateField(_("from"), default=timezone.localdate)
    until_on = models.DateField(_("until"), null=True, blank=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("lead partner")
        verbose_name_plural = _("lead partners")
        ordering = ["-from_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["household"],
                condition=models.Q(until_on__isnull=True),
                name="one_active_lead_partner",
                violation_error_message=_("This family already has an active lead partner."),
            )
        ]

    def __str__(self) -> str:
        return self.organisation.name

    @property
    def is_active(self) -> bool:
        return self.until_on is None

    @property
    def person(self) -> str:
        if self.person_name:
            return self.person_name
        return self.contact_person.name if self.contact_person_id and self.contact_person else ""
