"""The busiest pages run a fixed number of queries, however many families and contacts.

Each page is measured twice with django.test.utils.CaptureQueriesContext: with a small
caseload (3 families, 2 contacts each) and after it grew tenfold (30 families with 20
contacts each, more members, goals, steps, needs, workers). The counts must be equal:
a count that grows is an N+1 query in a view or template.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from radar.accounts.tests.factories import OutreacherFactory
from radar.contacts.tests.factories import ContactMomentFactory, UnreachedContactFactory
from radar.households.models import Status, StatusChange
from radar.households.tests.factories import (
    ChildFactory,
    HouseholdFactory,
    InContactHouseholdFactory,
    IntakeFactory,
    MemberFactory,
    NeedFactory,
    UnbornChildFactory,
    channel,
    life_domain,
)
from radar.organisations.tests.factories import ContactPersonFactory
from radar.plans.tests.factories import DoneStepFactory, GoalFactory, StepFactory
from radar.referrals.tests.factories import (
    FirstContactReferralFactory,
    LeadPartnerFactory,
    OverdueReferralFactory,
    ReferralFactory,
)

# A page with personal data that needs more queries than this deserves a second look. The
# dossier has sections of ten apps (material aid, Housing First and self-reliance joined it in
# stop 17: 33 queries, each section a fixed number whatever the family's size; what this test
# guards above all is that no page grows with the caseload).
MAX_QUERIES = 36


@dataclass(frozen=True)
class Size:
    families: int
    contacts: int  # per family
    members: int
    goals: int
    steps: int  # per goal
    needs: int
    workers: int  # extra outreachers in the team


SMALL = Size(families=3, contacts=2, members=2, goals=1, steps=2, needs=1, workers=0)
LARGE = Size(families=30, contacts=20, members=6, goals=4, steps=5, needs=6, workers=5)


def _grow(family, size: Size, workers, *, start: int = 0) -> None:
    """Give a family (more) members, contacts, goals with steps, needs, intakes, history."""
    today = timezone.localdate()
    now = timezone.now()
    members = list(family.members.all())
    for i in range(len(members), size.members):
        factory = [MemberFactory, ChildFactory, UnbornChildFactory][i % 3]
        members.append(factory(household=family, last_name=f"Lid{start}-{i}"))
    for i in range(family.contacts.count(), size.contacts):
        factory = UnreachedContactFactory if i % 4 == 3 else ContactMomentFactory
        contact = factory(
            household=family,
            worker=workers[i % len(workers)],
            occurred_at=now - timedelta(days=i + 1),
        )
        contact.participants.set(members[: 1 + i % 2])
    for g in range(family.goals.count(), size.goals):
        goal = GoalFactory(household=family, domain=life_domain(["housing", "finances"][g % 2]))
        for s in range(size.steps):
            if s % 3 == 2:
                DoneStepFactory(goal=goal, done_by=workers[0])
            else:
                # Some overdue, some due this week: both show on the dashboards.
                StepFactory(goal=goal, due_on=today + timedelta(days=(s % 2) * 3 - 1))
    for _ in range(family.needs.count(), size.needs):
        NeedFactory(household=family)
    for i in range(family.referrals.count(), size.needs):
        factory = [ReferralFactory, OverdueReferralFactory, FirstContactReferralFactory][i % 3]
        factory(household=family, contact_person=ContactPersonFactory())
    for i in range(family.lead_partners.count(), size.goals):
        LeadPartnerFactory(household=family, until_on=None if i == 0 else today)
    if family.intakes.count() < max(1, size.goals):
        IntakeFactory(household=family, channel=channel(["school", "self"][start % 2]))
        StatusChange.objects.create(
            household=family, to_status=Status.SIGNALLED, changed_by=workers[-1]
        )


def _populate(size: Size, *, team, outreacher, family) -> None:
    """Bring the team up to `size`: families, workers, and the measured `family` itself."""
    workers = [outreacher]
    existing = list(team.members.filter(username__startswith="worker-"))
    for i in range(len(existing), size.workers):
        existing.append(OutreacherFactory(username=f"worker-{i}", teams=[team]))
    workers += existing
    households = list(team.households.exclude(pk=family.pk).order_by("id"))
    long_ago = timezone.now() - timedelta(days=60)
    for i in range(len(households), size.families - 1):
        factory = InContactHouseholdFactory if i % 2 else HouseholdFactory
        households.append(
            factory(
                team=team,
                name=f"Gezin Peeters {i:02d}",
                # A third are losing contact; a fifth have nobody assigned yet.
                signalled_at=long_ago if i % 3 == 0 else timezone.now(),
                assigned_workers=[] if i % 5 == 4 else workers[: 1 + i % 3],
            )
        )
    for i, household in enumerate([family, *households]):
        _grow(household, size, workers, start=i)


@pytest.fixture
def caseload(household, outreacher, team_lead, team_north, other_household):
    """Grows team north's caseload; `household` is the dossier that is measured."""

    def grow(size: Size):
        _populate(size, team=team_north, outreacher=outreacher, family=household)

    return grow


def _pages(household):
    return {
        "dashboard": ("outreacher", reverse("dashboard")),
        "dashboard, whole team": ("outreacher", reverse("dashboard") + "?scope=team"),
        "team dashboard": ("team_lead", reverse("team_dashboard")),
        "dashboard, policy figures": ("policy", reverse("dashboard")),
        "household list": ("outreacher", reverse("households:list")),
        "household list, search": ("outreacher", reverse("households:list") + "?q=Gezin"),
        "household list, htmx search": ("outreacher", reverse("households:list") + "?q=Peeters"),
        "dossier": ("outreacher", reverse("households:detail", args=[household.pk])),
        "family page": ("outreacher", reverse("households:family_page", args=[household.pk])),
        "contact list": ("outreacher", reverse("contacts:list", args=[household.pk])),
        "api list": ("outreacher", reverse("api-households-list")),
        "api list, search": ("outreacher", reverse("api-households-list") + "?q=Gezin"),
        "api detail": ("outreacher", reverse("api-households-detail", args=[household.pk])),
        "api contacts": ("outreacher", reverse("api-households-contacts", args=[household.pk])),
        "referrals of the family": ("outreacher", reverse("referrals:list", args=[household.pk])),
        "api referrals": ("outreacher", reverse("api-referrals-list")),
        "rights overview": ("outreacher", reverse("rights:overview")),
        "rights of the family": ("outreacher", reverse("rights:household", args=[household.pk])),
        "rights figures": ("team_lead", reverse("rights:figures")),
    }


def _count(client, url: str, *, htmx: bool = False) -> tuple[int, list[str]]:
    headers = {"HX-Request": "true"} if htmx else {}
    client.get(url, headers=headers)  # warm up per-process caches (content types, ...)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return len(queries), [q["sql"] for q in queries.captured_queries]


def _measure(pages: dict, clients: dict) -> dict[str, tuple[int, list[str]]]:
    return {
        page: _count(clients[role], url, htmx="htmx" in page) for page, (role, url) in pages.items()
    }


def test_no_page_runs_more_queries_for_a_larger_caseload(
    caseload, household, outreacher, team_lead, policy, client_for
):
    pages = _pages(household)
    users = {"outreacher": outreacher, "team_lead": team_lead, "policy": policy}
    clients = {role: client_for(user) for role, user in users.items()}

    caseload(SMALL)
    small = _measure(pages, clients)
    caseload(LARGE)
    large = _measure(pages, clients)

    assert household.contacts.count() == LARGE.contacts
    counts = {page: (small[page][0], large[page][0]) for page in pages}
    print("queries (small, large):", counts)  # shown with pytest -s
    growing = {page: n for page, n in counts.items() if n[0] != n[1]}
    assert not growing, (
        f"These pages run more queries for {LARGE.families} families than for "
        f"{SMALL.families} (an N+1 query in the view or template): {growing}\n\n"
        + "\n\n".join(f"{page}:\n" + "\n".join(large[page][1]) for page in growing)
    )
    too_many = {page: n[1] for page, n in counts.items() if n[1] >= MAX_QUERIES}
    assert not too_many, f"These pages run {MAX_QUERIES} queries or more: {too_many}"
