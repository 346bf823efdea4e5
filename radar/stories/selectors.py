"""Reading stories and policy signals.

Casework roles see their own teams' stories and policy signals. Policy users (the policy
committee) see the stories a teller shared with the committee and the policy signals of
their municipality, never a family's name or the teller's. Everybody else sees none.
`get_story_for` and `get_policy_signal_for` give the same 404 for "does not exist" and
"not yours".
"""

from datetime import date

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Role, User
from radar.core.ids import parse_id
from radar.figures.scope import municipalities_for
from radar.stories.models import PolicySignal, Selection, SelectionRound, Story


class StoryNotFound(Http404):
    pass


class PolicySignalNotFound(Http404):
    pass


def is_committee(user: User) -> bool:
    return bool(
        getattr(user, "is_authenticated", False) and user.is_active and user.role == Role.POLICY
    )


def may_read(user: User) -> bool:
    return bool(getattr(user, "does_casework", False)) or is_committee(user)


def visible_stories(user: User) -> QuerySet[Story]:
    if getattr(user, "does_casework", False):
        return Story.objects.filter(team__in=user.teams.all())
    if is_committee(user):
        return Story.objects.filter(
            may_share_with_committee=True, team__municipality__in=municipalities_for(user)
        )
    return Story.objects.none()


def get_story_for(*, user: User, story_id) -> Story:
    pk = parse_id(story_id)
    story = (
        visible_stories(user)
        .select_related("team", "domain", "household")
        .prefetch_related(
            "feedback",
            Prefetch("selections", queryset=Selection.objects.select_related("round", "domain")),
        )
        .filter(pk=pk)
        .first()
        if pk
        else None
    )
    if story is None:
        raise StoryNotFound(_("No such story."))
    return story


def selectable_stories(user: User, level: str) -> QuerySet[Story]:
    """The stories a round at `level` may pick (services.may_select), in the user's scope."""
    stories = visible_stories(user).select_related("domain")
    if level == SelectionRound.Level.TEAM:
        return stories.filter(may_share_with_team=True)
    return stories.filter(
        may_share_with_committee=True, selections__round__level=SelectionRound.Level.TEAM
    ).distinct()


def visible_rounds(user: User) -> QuerySet[SelectionRound]:
    if getattr(user, "does_casework", False):
        return SelectionRound.objects.filter(team__in=user.teams.all())
    if is_committee(user):
        return SelectionRound.objects.filter(
            level=SelectionRound.Level.COMMITTEE, municipality__in=municipalities_for(user)
        )
    return SelectionRound.objects.none()


def get_round_for(*, user: User, round_id) -> SelectionRound:
    pk = parse_id(round_id)
    found = (
        visible_rounds(user)
        .prefetch_related(
            Prefetch("selections", queryset=Selection.objects.select_related("story", "domain"))
        )
        .filter(pk=pk)
        .first()
        if pk
        else None
    )
    if found is None:
        raise StoryNotFound(_("No such selection round."))
    return found


def story_book(*, user: User, year: int) -> list[Story]:
    """The stories told in `year` whose tellers agreed to a public report, in the user's
    scope, with the rounds that picked them."""
    return list(
        visible_stories(user)
        .filter(may_publish=True, told_on__year=year)
        .select_related("domain")
        .prefetch_related(
            Prefetch("selections", queryset=Selection.objects.select_related("round"))
        )
        .order_by("domain__position", "told_on", "id")
    )


def visible_policy_signals(user: User) -> QuerySet[PolicySignal]:
    if getattr(user, "does_casework", False):
        return PolicySignal.objects.filter(team__in=user.teams.all())
    if is_committee(user):
        return PolicySignal.objects.filter(team__municipality__in=municipalities_for(user))
    return PolicySignal.objects.none()


def get_policy_signal_for(*, user: User, signal_id) -> PolicySignal:
    pk = parse_id(signal_id)
    signal = (
        visible_policy_signals(user)
        .select_related("team", "domain")
        .prefetch_related("history__changed_by", "intakes__channel", "info_point_sessions")
        .filter(pk=pk)
        .first()
        if pk
        else None
    )
    if signal is None:
        raise PolicySignalNotFound(_("No such policy signal."))
    return signal


def linked_stories(*, user: User, signal: PolicySignal) -> list[Story]:
    """The signal's stories the user may read (the committee: only those shared with it)."""
    return list(visible_stories(user).filter(policy_signals=signal).select_related("domain"))


def committee_note(*, user: User, meeting: date) -> list[PolicySignal]:
    """The policy signals brought to the committee meeting of `meeting`, in scope."""
    return list(
        visible_policy_signals(user)
        .filter(brought_on=meeting)
        .select_related("domain")
        .prefetch_related("intakes", "info_point_sessions", "stories")
        .order_by("domain__position", "id")
    )
