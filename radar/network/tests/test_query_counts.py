"""The network's pages, and its sections on the dossier, run a fixed number of queries
however large the family's network and the team's discussions grow."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from radar.households.tests.factories import HouseholdFactory, MemberFactory
from radar.network.tests.factories import (
    AgreementFactory,
    CaseDiscussionFactory,
    NetworkTieFactory,
    StrainingTieFactory,
)
from radar.plans.tests.factories import GoalFactory


def _grow(household, outreacher, team_lead, *, ties: int, discussions: int) -> None:
    members = list(household.members.all())
    while len(members) < 1 + ties // 4:
        members.append(MemberFactory(household=household))
    for i in range(household.network_ties.count(), ties):
        factory = StrainingTieFactory if i % 3 else NetworkTieFactory
        factory(household=household, member=members[i % len(members)] if i % 2 else None)
    for _ in range(household.case_discussions.count(), discussions):
        others = [HouseholdFactory(team=household.team) for _ in range(2)]
        discussion = CaseDiscussionFactory(
            team=household.team,
            households=[household, *others],
            participants=[outreacher, team_lead],
        )
        for family in [household, *others]:
            GoalFactory(household=family)
            AgreementFactory(household=family, discussion=discussion, owner=outreacher)


def _count(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_network_pages_run_a_fixed_number_of_queries(client_for, outreacher, team_lead, household):
    client = client_for(outreacher)

    def pages():
        first = household.case_discussions.order_by("id").first()
        return {
            "dossier": reverse("households:detail", args=[household.pk]),
            "ecogram": reverse("network:ecogram", args=[household.pk]),
            "discussions": reverse("network:discussion_list"),
            "discussion": reverse("network:discussion_detail", args=[first.pk]),
        }

    _grow(household, outreacher, team_lead, ties=2, discussions=1)
    small = {name: _count(client, url) for name, url in pages().items()}
    _grow(household, outreacher, team_lead, ties=30, discussions=8)
    large = {name: _count(client, url) for name, url in pages().items()}

    assert small == large
