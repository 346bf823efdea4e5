"""Reading the family's network and the team's case discussions.

Households are reached only through radar.households.selectors; everything here works on
a household obtained that way, or on the discussions of the user's own team(s).
`get_discussion_for` gives the same refusal (DiscussionNotFound, a 404) for "does not
exist" and "not your team", and writes every read and refusal to the audit log.
"""

from collections.abc import Callable, Iterable

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import CASEWORK_ROLES, Team, User
from radar.core import audit
from radar.households.models import Household
from radar.households.selectors import visible_households
from radar.network.ecogram import EcogramTie
from radar.network.models import Agreement, CaseDiscussion, NetworkTie

DISCUSSION_PURPOSE = "case discussion"

# The extension point of the ecogram: functions that give more ties for a household,
# e.g. the professionals involved through referrals. Register one from an AppConfig.ready()
# with register_extra_ties(). A provider receives a household the caller already reached
# through the access layer, returns EcogramTie objects with `source` set (they are shown
# but not edited on the ecogram page), and runs a fixed number of queries: the dossier's
# query count (radar/core/tests/test_query_counts.py) must not grow with its answer.
TieProvider = Callable[[Household], Iterable[EcogramTie]]
extra_ties: list[TieProvider] = []


def register_extra_ties(provider: TieProvider) -> TieProvider:
    """Add a provider of ties to every ecogram; usable as a decorator. Registering twice is
    harmless."""
    if provider not in extra_ties:
        extra_ties.append(provider)
    return provider


def stored_ties(household: Household, *, active_only: bool = False) -> QuerySet[NetworkTie]:
    ties = NetworkTie.objects.filter(household=household).select_related("member")
    if active_only:
        ties = ties.filter(is_active=True)
    return ties


def ties_for(household: Household) -> list[EcogramTie]:
    """Everything the ecogram shows: the family's active stored ties, then those of every
    registered provider (extra_ties), in that order."""
    ties = [EcogramTie.from_stored(tie) for tie in stored_ties(household, active_only=True)]
    for provider in extra_ties:
        ties.extend(provider(household))
    return ties


class DiscussionNotFound(Http404):
    """Raised for a case discussion that does not exist or is not of the user's team."""


def visible_discussions(user: User) -> QuerySet[CaseDiscussion]:
    """The case discussions of the user's own team(s); none for roles without casework."""
    if user is None or not user.is_authenticated or not user.does_casework:
        return CaseDiscussion.objects.none()
    return CaseDiscussion.objects.filter(team__in=user.teams.all())


def list_discussions_for(*, user: User) -> QuerySet[CaseDiscussion]:
    return (
        visible_discussions(user)
        .select_related("team")
        .prefetch_related(
            Prefetch("households", queryset=Household.objects.order_by("name", "id")),
            "participants",
        )
        .annotate(agreement_count=Count("agreements", distinct=True))
        .order_by("-held_on", "-id")
    )


def get_discussion_for(*, user: User, discussion_id, log: bool = True) -> CaseDiscussion:
    """The case discussion, if it is of one of the user's teams.

    A read is written to the audit log once per family discussed (the page shows what was
    said about each). Raises DiscussionNotFound, and logs the refusal, when it does not
    exist or is of another team.
    """
    try:
        discussion_pk = int(discussion_id)
    except (TypeError, ValueError):
        discussion_pk = None
    discussion = (
        visible_discussions(user).select_related("team").filter(pk=discussion_pk).first()
        if discussion_pk is not None
        else None
    )
    if discussion is None:
        audit.record(
            user=user,
            action=audit.Action.DENIED,
            object_type="network.casediscussion",
            purpose=DISCUSSION_PURPOSE,
            detail={"discussion": discussion_pk},
        )
        raise DiscussionNotFound(_("No such case discussion in your team."))
    if log:
        household_ids: list[int | None] = list(discussion.households.values_list("pk", flat=True))
        for household_id in household_ids or [None]:
            audit.record(
                user=user,
                action=audit.Action.VIEW,
                obj=discussion,
                household_id=household_id,
                purpose=DISCUSSION_PURPOSE,
            )
    return discussion


def discussions_of(household: Household) -> QuerySet[CaseDiscussion]:
    """The case discussions a family was discussed in, newest first, each with the
    agreements about this family (as `household_agreements`)."""
    return (
        # The team's own discussions only: the links on the dossier must open.
        CaseDiscussion.objects.filter(households=household, team_id=household.team_id)
        .prefetch_related(
            Prefetch(
                "agreements",
                queryset=Agreement.objects.filter(household=household).select_related("step"),
                to_attr="household_agreements",
            )
        )
        .order_by("-held_on", "-id")
    )


def households_to_discuss(user: User) -> QuerySet[Household]:
    """The families a user may put on a case discussion: those they see."""
    return visible_households(user).select_related("team").order_by("name", "id")


def team_members(teams: Iterable[Team]) -> QuerySet[User]:
    """Who may take part in, or follow up, a team's case discussion: its casework members."""
    return (
        User.objects.filter(teams__in=list(teams), is_active=True, role__in=CASEWORK_ROLES)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
