"""Most Significant Change stories (seed 001) and policy signals (seeds 001, 002).

A story is told by someone (a family member, a worker, a partner) about a change that
mattered to them, in their words; the teller consents to each use separately (the team, the
policy committee, a public report). Selection rounds at the team, then the policy committee,
pick stories per domain of change and write their reasons in full sentences.

A policy signal (beleidssignaal) is a structural problem seen in many families, never about
one family: it is brought to the policy committee and answered. Not to be confused with a
partner's signal about a family (consents.PartnerSignal) or an intake (households.Intake).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality, Team
from radar.core.models import BaseModel, ConfigurableList, DatedEvent, Versioned
from radar.core.states import StateMachine
from radar.core.validators import check_fields, validate_past_date
from radar.households.models import Household, Intake, LifeDomain

# A reason is written in full sentences: at least this many words, ending like a sentence.
MIN_REASON_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…]['\")]*\s*$")


def validate_full_sentences(text: str) -> None:
    words = len((text or "").split())
    if words < MIN_REASON_WORDS or not _SENTENCE_END.search(text or ""):
        raise ValidationError(
            _("Write the reasons in full sentences: at least %(n)d words and a full stop.")
            % {"n": MIN_REASON_WORDS},
            code="not_sentences",
        )


class ChangeDomain(ConfigurableList):
    """A domain of change for MSC stories; `is_open` marks "any other change"."""

    is_open = models.BooleanField(_("any other change"), default=False)

    class Meta(ConfigurableList.Meta):
        verbose_name = _("domain of change")
        verbose_name_plural = _("domains of change")


class Story(Versioned, BaseModel):
    class Teller(models.TextChoices):
        FAMILY = "family", _("a family member")
        WORKER = "worker", _("a worker")
        PARTNER = "partner", _("a partner")
        VOLUNTEER = "volunteer", _("a volunteer or expert by experience")

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="stories"
    )
    # The family the story is about, for the team only: never shown outside casework.
    household = models.ForeignKey(
        Household,
        verbose_name=_("family"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    domain = models.ForeignKey(
        ChangeDomain, verbose_name=_("domain of change"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("title"), max_length=150)
    teller = models.CharField(_("who told it"), max_length=12, choices=Teller.choices)
    teller_name = models.CharField(
        _("name of the teller"),
        max_length=100,
        blank=True,
        help_text=_("For the team only; never printed outside the team."),
    )
    told_on = models.DateField(_("told on"), default=timezone.localdate)
    what_happened = models.TextField(_("what happened"), max_length=5000)
    why_it_matters = models.TextField(
        _("why it matters to the teller"),
        max_length=3000,
        help_text=_("In the teller's own words."),
    )
    may_share_with_team = models.BooleanField(_("the teller agrees: the team"), default=False)
    may_share_with_committee = models.BooleanField(
        _("the teller agrees: the policy committee (without names)"), default=False
    )
    may_publish = models.BooleanField(
        _("the teller agrees: a public report (without names)"), default=False
    )
    verification_note = models.TextField(_("verification"), blank=True)
    verified_on = models.DateField(_("verified on"), null=True, blank=True)

    class Meta:
        verbose_name = _("story of change")
        verbose_name_plural = _("stories of change")
        ordering = ["-told_on", "-id"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("told_on", validate_past_date, self.told_on),
                ("verified_on", validate_past_date, self.verified_on),
            ]
        )


class StoryFeedback(BaseModel):
    """Feedback to the teller: what was selected, why, by whom."""

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="feedback"
    )
    given_on = models.DateField(_("given on"), default=timezone.localdate)
    note = models.TextField(_("what was told to the teller"), max_length=3000)

    class Meta:
        verbose_name = _("feedback to the teller")
        verbose_name_plural = _("feedback to the tellers")
        ordering = ["given_on", "id"]

    def __str__(self) -> str:
        return f"{self.story} {self.given_on}"


class SelectionRound(BaseModel):
    class Level(models.TextChoices):
        TEAM = "team", _("the team")
        COMMITTEE = "committee", _("the policy committee")

    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    team = models.ForeignKey(
        Team,
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="selection_rounds",
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    held_on = models.DateField(_("held on"), default=timezone.localdate)
    participants = models.CharField(_("who selected"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("selection round")
        verbose_name_plural = _("selection rounds")
        ordering = ["-held_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level="committee") | models.Q(team__isnull=False),
                name="stories_team_round_has_team",
                violation_error_message=_("A team round belongs to a team."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_level_display()} {self.held_on}"


class Selection(models.Model):
    """One story a round picked for a domain, with the round's reasons in full sentences."""

    round = models.ForeignKey(
        SelectionRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="selections"
    )
    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.PROTECT, related_name="selections"
    )
    domain = models.ForeignKey(
        ChangeDomain, verbose_name=_("domain of change"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("why this story"), max_length=3000)

    class Meta:
        verbose_name = _("selected story")
        verbose_name_plural = _("selected stories")
        ordering = ["round", "domain__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "domain"],
                name="stories_one_story_per_domain",
                violation_error_message=_("A round picks one story per domain."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.story}"


# Policy signals.


class PolicySignalStatus(models.TextChoices):
    NOTED = "noted", _("noted")
    BROUGHT = "brought", _("brought to the policy committee")
    ANSWERED = "answered", _("answered")
    CHANGE_MADE = "change_made", _("change made")
    NOT_TAKEN_UP = "not_taken_up", _("not taken up")


POLICY_SIGNAL_TRANSITIONS = StateMachine(
    PolicySignalStatus,
    {
        PolicySignalStatus.NOTED: (PolicySignalStatus.BROUGHT,),
        PolicySignalStatus.BROUGHT: (
            PolicySignalStatus.ANSWERED,
            PolicySignalStatus.CHANGE_MADE,
            PolicySignalStatus.NOT_TAKEN_UP,
        ),
        PolicySignalStatus.ANSWERED: (
            PolicySignalStatus.CHANGE_MADE,
            PolicySignalStatus.NOT_TAKEN_UP,
        ),
        PolicySignalStatus.CHANGE_MADE: (),
        PolicySignalStatus.NOT_TAKEN_UP: (PolicySignalStatus.BROUGHT,),
    },
    start=PolicySignalStatus.NOTED,
    refusal=_("A policy signal cannot go from '%(from)s' to '%(to)s'."),
)
# The statuses that carry the committee's answer.
ANSWERED_STATUSES = (
    PolicySignalStatus.ANSWERED,
    PolicySignalStatus.CHANGE_MADE,
    PolicySignalStatus.NOT_TAKEN_UP,
)


class PolicySignal(Versioned, BaseModel):
    """A structural problem seen in many families, for the policy committee. Its examples
    are anonymised; its links to intakes, info point sessions and stories show no names."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="policy_signals"
    )
    title = models.CharField(_("title"), max_length=150)
    domain = models.ForeignKey(
        LifeDomain, verbose_name=_("life domain"), on_delete=models.PROTECT, related_name="+"
    )
    what_was_seen = models.TextField(_("what was seen"), max_length=5000)
    examples = models.TextField(
        _("examples"),
        max_length=5000,
        blank=True,
        help_text=_("Anonymised: no names, addresses or details that point to one family."),
    )
    families = models.PositiveIntegerField(_("how many families"), default=0)
    seen_since = models.DateField(_("seen since"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=15,
        choices=PolicySignalStatus.choices,
        default=PolicySignalStatus.NOTED,
    )
    brought_on = models.DateField(
        _("committee meeting"),
        null=True,
        blank=True,
        help_text=_("The meeting of the policy committee the signal was brought to."),
    )
    answer = models.TextField(_("the committee's answer"), blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    intakes = models.ManyToManyField(
        Intake, verbose_name=_("intakes"), blank=True, related_name="+"
    )
    info_point_sessions = models.ManyToManyField(
        "infopoint.InfoPointSession",
        verbose_name=_("info point sessions"),
        blank=True,
        related_name="policy_signals",
    )
    stories = models.ManyToManyField(
        Story, verbose_name=_("stories"), blank=True, related_name="policy_signals"
    )

    class Meta:
        verbose_name = _("policy signal")
        verbose_name_plural = _("policy signals")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status__in=["answered", "change_made", "not_taken_up"])
                | (~models.Q(answer="") & models.Q(answered_on__isnull=False)),
                name="stories_answered_signal_has_answer",
                violation_error_message=_("Write down the committee's answer and its date."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        check_fields(
            [
                ("seen_since", validate_past_date, self.seen_since),
                ("answered_on", validate_past_date, self.answered_on),
            ]
        )


class PolicySignalChange(DatedEvent):
    signal = models.ForeignKey(
        PolicySignal,
        verbose_name=_("policy signal"),
        on_delete=models.CASCADE,
        related_name="history",
    )
    from_status, to_status = DatedEvent.status_fields(PolicySignalStatus.choices, max_length=15)

    class Meta(DatedEvent.Meta):
        verbose_name = _("status change of a policy signal")
        verbose_name_plural = _("status changes of policy signals")
