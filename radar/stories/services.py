"""Every change to stories, selection rounds and policy signals goes through these use cases.

Stories and policy signals belong to a team: callers check the user's access through
radar.stories.selectors first.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import Team, User
from radar.core import audit
from radar.core.validators import validate_past_date, validate_row
from radar.households.models import Household, LifeDomain
from radar.stories.models import (
    ANSWERED_STATUSES,
    POLICY_SIGNAL_TRANSITIONS,
    ChangeDomain,
    PolicySignal,
    PolicySignalChange,
    PolicySignalStatus,
    Selection,
    SelectionRound,
    Story,
    StoryFeedback,
    validate_full_sentences,
)

PURPOSE = "stories of change"
SIGNAL_PURPOSE = "policy signal"


@transaction.atomic
def record_story(
    *,
    user: User,
    team: Team,
    domain: ChangeDomain,
    title: str,
    teller: str,
    what_happened: str,
    why_it_matters: str,
    told_on: date,
    teller_name: str = "",
    household: Household | None = None,
    may_share_with_team: bool = False,
    may_share_with_committee: bool = False,
    may_publish: bool = False,
) -> Story:
    """Write down a story of change, in the teller's words, with the teller's consent for
    each use. Raises PermissionError for a team the user does no casework in, ValidationError
    for a family of another team, an implausible date or an empty text."""
    if not user.does_casework or not user.teams.filter(pk=team.pk).exists():
        raise PermissionError("user may not record stories for this team")
    if household is not None and household.team_id != team.pk:
        raise ValidationError({"household": _("This family is not in this team.")})
    story = Story(
        team=team,
        household=household,
        domain=domain,
        title=title.strip(),
        teller=teller,
        teller_name=teller_name.strip(),
        told_on=told_on,
        what_happened=what_happened,
        why_it_matters=why_it_matters,
        may_share_with_team=may_share_with_team,
        may_share_with_committee=may_share_with_committee,
        may_publish=may_publish,
        created_by=user,
    )
    validate_row(story)
    story.save()
    audit.record(user=user, action=audit.Action.CREATE, obj=story, purpose=PURPOSE)
    return story


@transaction.atomic
def give_feedback(*, user: User, story: Story, note: str, given_on: date) -> StoryFeedback:
    """Record what was fed back to the teller (what was selected, why)."""
    if not note.strip():
        raise ValidationError({"note": _("Write down what was told to the teller.")})
    ProhibitNullCharactersValidator()(note)
    validate_past_date(given_on)
    feedback = StoryFeedback.objects.create(
        story=story, note=note.strip(), given_on=given_on, created_by=user
    )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=story,
        purpose=PURPOSE,
        detail={"feedback": feedback.pk},
    )
    return feedback


@transaction.atomic
def verify_story(*, user: User, story: Story, note: str, verified_on: date) -> Story:
    """Write down how the story was checked (with the teller, a colleague, the file)."""
    if not note.strip():
        raise ValidationError({"verification_note": _("Write down how the story was checked.")})
    ProhibitNullCharactersValidator()(note)  # read from the POST, not through a form
    story.verification_note = note.strip()
    story.verified_on = verified_on
    validate_row(story)
    story.version += 1
    story.save(update_fields=["verification_note", "verified_on", "version", "modified_at"])
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=story,
        purpose=PURPOSE,
        detail={"fields": ["verification_note", "verified_on"]},
    )
    return story


def may_select(story: Story, level: str) -> bool:
    """A team round may pick a story the teller shared with the team; the committee only a
    story shared with the committee that a team round picked before."""
    if level == SelectionRound.Level.TEAM:
        return story.may_share_with_team
    return (
        story.may_share_with_committee
        and story.selections.filter(round__level=SelectionRound.Level.TEAM).exists()
    )


@transaction.atomic
def hold_selection_round(
    *,
    user: User,
    level: str,
    held_on: date,
    picks: list[tuple[ChangeDomain, Story, str]],
    team: Team | None = None,
    participants: str = "",
) -> SelectionRound:
    """A selection round: per domain at most one story, each with the reasons in full
    sentences. A team round is held by the team's casework roles, a committee round by a
    policy user for their municipality.

    Raises PermissionError when the user may not hold this round, ValidationError (nothing
    written) for no picks, two picks in one domain, a story the round may not pick
    (may_select) or from outside its scope, or reasons that are not full sentences.
    """
    if level == SelectionRound.Level.TEAM:
        if team is None or not user.does_casework or not user.teams.filter(pk=team.pk).exists():
            raise PermissionError("user may not hold this team's round")
        municipality_id = team.municipality_id
    else:
        if user.role != "policy":
            raise PermissionError("only the policy committee holds a committee round")
        municipality = user.teams.values_list("municipality_id", flat=True).first()
        if municipality is None:
            raise PermissionError("a policy user without a team has no municipality")
        municipality_id = municipality
        team = None
    validate_past_date(held_on)
    errors: list[str] = []
    if not picks:
        errors.append(_("Pick at least one story."))
    domains = [d.pk for d, _s, _r in picks]
    if len(set(domains)) != len(domains):
        errors.append(_("A round picks one story per domain."))
    for domain, story, reason in picks:
        in_scope = (
            story.team_id == team.pk if team else story.team.municipality_id == municipality_id
        )
        if not in_scope or not may_select(story, level):
            errors.append(
                _("The story “%(title)s” cannot be picked in this round.") % {"title": story.title}
            )
        try:
            validate_full_sentences(reason)
        except ValidationError:
            errors.append(
                _("%(domain)s: write the reasons in full sentences.") % {"domain": domain.name}
            )
    if errors:
        raise ValidationError(errors)
    selection_round = SelectionRound.objects.create(
        level=level,
        team=team,
        municipality_id=municipality_id,
        held_on=held_on,
        participants=participants.strip(),
        created_by=user,
    )
    Selection.objects.bulk_create(
        Selection(round=selection_round, story=story, domain=domain, reason=reason.strip())
        for domain, story, reason in picks
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=selection_round,
        purpose=PURPOSE,
        detail={"stories": [s.pk for _d, s, _r in picks]},
    )
    return selection_round


# Policy signals.


@transaction.atomic
def note_policy_signal(
    *,
    user: User,
    team: Team,
    title: str,
    domain: LifeDomain,
    what_was_seen: str,
    examples: str = "",
    families: int = 0,
    seen_since: date | None = None,
    intakes=(),
    info_point_sessions=(),
    stories=(),
) -> PolicySignal:
    """Note a structural problem for the policy committee, linked to the team's intakes,
    info point sessions and stories. Raises PermissionError outside the user's teams and
    ValidationError for a link to another team's record or implausible input."""
    if not user.does_casework or not user.teams.filter(pk=team.pk).exists():
        raise PermissionError("user may not note policy signals for this team")
    intakes, sessions, stories = list(intakes), list(info_point_sessions), list(stories)
    errors = {}
    if any(i.household.team_id != team.pk for i in intakes):
        errors["intakes"] = _("Link only intakes of this team.")
    if any(s.team_id != team.pk for s in sessions):
        errors["info_point_sessions"] = _("Link only info point sessions of this team.")
    if any(s.team_id != team.pk for s in stories):
        errors["stories"] = _("Link only stories of this team.")
    if errors:
        raise ValidationError(errors)
    signal = PolicySignal(
        team=team,
        title=title.strip(),
        domain=domain,
        what_was_seen=what_was_seen,
        examples=examples,
        families=families,
        seen_since=seen_since,
        created_by=user,
    )
    validate_row(signal)
    signal.save()
    signal.intakes.set(intakes)
    signal.info_point_sessions.set(sessions)
    signal.stories.set(stories)
    PolicySignalChange.objects.create(
        signal=signal, from_status="", to_status=signal.status, changed_by=user
    )
    audit.record(user=user, action=audit.Action.CREATE, obj=signal, purpose=SIGNAL_PURPOSE)
    return signal


@transaction.atomic
def move_policy_signal(
    *,
    user: User,
    signal: PolicySignal,
    to_status: str,
    brought_on: date | None = None,
    answer: str = "",
    answered_on: date | None = None,
    note: str = "",
) -> PolicySignal:
    """Move the signal along POLICY_SIGNAL_TRANSITIONS: bringing it to the committee needs
    the meeting's date, an answer (answered, change made, not taken up) needs the
    committee's answer and its date. Raises TransitionError or ValidationError."""
    signal = PolicySignal.objects.select_for_update().get(pk=signal.pk)
    POLICY_SIGNAL_TRANSITIONS.check(signal.status, to_status)
    if to_status == PolicySignalStatus.BROUGHT:
        if brought_on is None:
            raise ValidationError({"brought_on": _("Give the date of the committee meeting.")})
        signal.brought_on = brought_on
        signal.answer, signal.answered_on = "", None
    if to_status in ANSWERED_STATUSES:
        if not answer.strip() or answered_on is None:
            raise ValidationError({"answer": _("Write down the committee's answer and its date.")})
        signal.answer, signal.answered_on = answer.strip(), answered_on
    from_status = signal.status
    signal.status = to_status
    validate_row(signal)
    signal.version += 1
    signal.save()
    PolicySignalChange.objects.create(
        signal=signal,
        from_status=from_status,
        to_status=to_status,
        changed_by=user,
        note=note or answer,
    )
    audit.record(
        user=user,
        action=audit.Action.UPDATE,
        obj=signal,
        purpose=SIGNAL_PURPOSE,
        detail={"from": from_status, "to": to_status},
    )
    return signal


def today() -> date:
    return timezone.localdate()
