"""Families losing contact: active families without a successful contact for N days
(21 by default), or without any since they were signalled."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from radar.contacts.services import record_contact
from radar.contacts.tests.factories import contact_type
from radar.households.models import Status
from radar.households.selectors import list_losing_contact_for, losing_contact_days_for
from radar.households.tests.factories import ClosedHouseholdFactory, HouseholdFactory

NOW = timezone.now()


def days_ago(n):
    return NOW - timedelta(days=n)


@pytest.fixture
def family(team_north, outreacher):
    """Signalled 60 days ago, in Ann's caseload."""

    def make(name, signalled_days_ago=60, status=Status.IN_CONTACT, factory=HouseholdFactory):
        return factory(
            team=team_north,
            name=name,
            status=status,
            signalled_at=days_ago(signalled_days_ago),
            assigned_workers=[outreacher],
        )

    return make


def contact(user, household, n_days_ago, reached=True):
    record_contact(
        user=user,
        household=household,
        contact_type=contact_type("home_visit"),
        occurred_at=days_ago(n_days_ago),
        is_reached=reached,
    )


def losing(user, **kwargs):
    return [h.name for h in list_losing_contact_for(user=user, now=NOW, **kwargs)]


def test_the_default_is_21_days():
    assert settings.RADAR_LOSING_CONTACT_DAYS == 21


def test_a_family_not_reached_for_more_than_21_days_is_losing_contact(outreacher, family):
    family_a = family("Gezin A")
    contact(outreacher, family_a, 25)
    family_b = family("Gezin B")
    contact(outreacher, family_b, 3)

    assert losing(outreacher) == ["Gezin A"]


def test_the_list_starts_with_the_longest_silence(outreacher, family):
    for name, n in [("Gezin 30", 30), ("Gezin 50", 50), ("Gezin 22", 22)]:
        contact(outreacher, family(name), n)
    assert losing(outreacher) == ["Gezin 50", "Gezin 30", "Gezin 22"]


def test_a_family_never_reached_since_an_old_signal_comes_before_one_reached_since(
    outreacher, family
):
    """Ordered by the silence itself: the last contact, or the signal when there was none.
    (Both databases: PostgreSQL puts empty dates last, SQLite first.)"""
    contact(outreacher, family("Gezin 30 dagen", signalled_days_ago=90), 30)
    family("Gezin nooit bereikt", signalled_days_ago=60)
    contact(outreacher, family("Gezin 25 dagen", signalled_days_ago=90), 25)
    family("Gezin nooit bereikt, recent", signalled_days_ago=28)

    assert losing(outreacher) == [
        "Gezin nooit bereikt",
        "Gezin 30 dagen",
        "Gezin nooit bereikt, recent",
        "Gezin 25 dagen",
    ]


def test_a_custom_number_of_days(outreacher, family):
    contact(outreacher, family("Gezin 10"), 10)
    contact(outreacher, family("Gezin 5"), 5)

    assert losing(outreacher) == []
    assert losing(outreacher, days=7) == ["Gezin 10"]
    assert losing(outreacher, days=3) == ["Gezin 10", "Gezin 5"]


def test_unreached_attempts_do_not_count_as_contact(outreacher, family):
    household = family("Gezin Aanklampen")
    contact(outreacher, household, 40)
    for n in (14, 7, 1):
        contact(outreacher, household, n, reached=False)

    assert losing(outreacher) == ["Gezin Aanklampen"]


def test_a_family_signalled_recently_without_contact_is_not_yet_losing_contact(outreacher, family):
    family("Gezin Nieuw", signalled_days_ago=5, status=Status.SIGNALLED)
    assert losing(outreacher) == []


def test_a_family_signalled_30_days_ago_with_only_unreached_attempts_is_losing_contact(
    outreacher, family
):
    household = family("Gezin Onbereikt", signalled_days_ago=30, status=Status.SIGNALLED)
    contact(outreacher, household, 20, reached=False)
    contact(outreacher, household, 2, reached=False)

    assert losing(outreacher) == ["Gezin Onbereikt"]


def test_closed_and_handed_over_families_are_not_in_the_list(outreacher, family):
    family("Gezin Afgesloten", factory=ClosedHouseholdFactory, status=Status.CLOSED)
    family("Gezin Overgedragen", status=Status.HANDED_OVER)
    family("Gezin Opvolging", status=Status.FOLLOW_UP)
    family("Gezin Begeleiding", status=Status.IN_GUIDANCE)

    assert sorted(losing(outreacher)) == ["Gezin Begeleiding", "Gezin Opvolging"]


def test_by_default_only_the_workers_own_caseload(outreacher, team_lead, team_north, family):
    family("Gezin van Ann")
    HouseholdFactory(team=team_north, name="Gezin van niemand", signalled_at=days_ago(60))

    assert losing(outreacher) == ["Gezin van Ann"]
    assert losing(team_lead) == []
    assert sorted(losing(team_lead, mine=False)) == ["Gezin van Ann", "Gezin van niemand"]


def test_another_teams_families_are_never_in_the_list(other_outreacher, family):
    family("Gezin Noord")
    assert losing(other_outreacher, mine=False) == []


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_roles_without_casework_get_an_empty_list(request, persona, family):
    family("Gezin Noord")
    assert losing(request.getfixturevalue(persona), mine=False) == []


def test_the_dossier_shows_losing_contact_by_the_same_rule_as_the_list(
    client_for, outreacher, family
):
    silent = family("Gezin Stil")
    contact(outreacher, silent, 25)
    reached = family("Gezin Bereikt")
    contact(outreacher, reached, 20)
    handed_over = family("Gezin Overgedragen", status=Status.HANDED_OVER)
    client = client_for(outreacher)

    def badge(household):
        response = client.get(reverse("households:detail", args=[household.pk]))
        shown = '<p class="badge warn" role="status">' in response.content.decode()
        assert shown == (response.context["losing_contact_days"] is not None)
        return response.context["losing_contact_days"]

    assert list_losing_contact_for(user=outreacher).get() == silent
    assert badge(silent) == 25
    assert badge(reached) is None
    assert badge(handed_over) is None  # not active: not losing contact, however long ago


def test_losing_contact_days_for_follows_the_municipality_threshold(
    outreacher, family, municipality
):
    household = family("Gezin Tien")
    contact(outreacher, household, 10)

    assert losing_contact_days_for(user=outreacher, household=household) is None
    municipality.losing_contact_days = 7
    municipality.save()
    outreacher.refresh_from_db()
    assert losing_contact_days_for(user=outreacher, household=household) == 10
