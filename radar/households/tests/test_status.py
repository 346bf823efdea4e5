"""The status rule: where a family may go next, dated and attributed; closing needs a reason."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.households import services
from radar.households.models import (
    ALLOWED_TRANSITIONS,
    ClosingReason,
    Household,
    Status,
    StatusChange,
)
from radar.households.tests.factories import ClosedHouseholdFactory, HouseholdFactory

ALLOWED = [(a, b) for a, targets in ALLOWED_TRANSITIONS.items() for b in targets]
FORBIDDEN = [
    (a, b) for a in Status.values for b in Status.values if b not in ALLOWED_TRANSITIONS[a]
]


def family_in(status, team, **kwargs):
    if status == Status.CLOSED:
        return ClosedHouseholdFactory(team=team, **kwargs)
    return HouseholdFactory(team=team, status=status, **kwargs)


def test_every_status_has_a_rule_and_closed_families_can_be_reopened():
    assert set(ALLOWED_TRANSITIONS) == set(Status.values)
    assert Status.IN_CONTACT in ALLOWED_TRANSITIONS[Status.CLOSED]


@pytest.mark.parametrize(("from_status", "to_status"), ALLOWED)
def test_every_allowed_transition_is_dated_and_attributed(
    outreacher, team_north, from_status, to_status
):
    household = family_in(from_status, team_north)
    version = household.version
    at = timezone.now() - timedelta(hours=2)
    reason = ClosingReason.FAMILY_DECLINED if to_status == Status.CLOSED else ""

    changed = services.change_status(
        user=outreacher,
        household=household,
        to_status=to_status,
        reason=reason,
        note="Besproken in het teamoverleg.",
        at=at,
    )

    changed.refresh_from_db()
    assert changed.status == to_status
    assert changed.status_changed_at == at
    assert changed.version == version + 1
    assert changed.closing_reason == (reason if to_status == Status.CLOSED else "")
    history = StatusChange.objects.get(household=household)
    assert (history.from_status, history.to_status) == (from_status, to_status)
    assert history.changed_at == at
    assert history.changed_by == outreacher
    assert history.reason == reason
    assert history.note == "Besproken in het teamoverleg."
    entry = AuditEntry.objects.get(household_id=household.pk)
    assert entry.action == AuditEntry.Action.UPDATE
    assert entry.detail == {"status": [from_status, to_status]}


@pytest.mark.parametrize(("from_status", "to_status"), FORBIDDEN)
def test_a_forbidden_transition_is_refused_and_writes_nothing(
    outreacher, team_north, from_status, to_status
):
    household = family_in(from_status, team_north)

    with pytest.raises(services.StatusChangeError):
        services.change_status(
            user=outreacher,
            household=household,
            to_status=to_status,
            reason=ClosingReason.OTHER,
        )

    household.refresh_from_db()
    assert household.status == from_status
    assert household.version == 1
    assert not StatusChange.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_signalled_family_cannot_be_handed_over_before_any_contact(outreacher, team_north):
    household = HouseholdFactory(team=team_north, status=Status.SIGNALLED)
    with pytest.raises(services.StatusChangeError) as error:
        services.change_status(user=outreacher, household=household, to_status=Status.HANDED_OVER)
    assert error.value.code == "transition"
    assert Household.objects.get(pk=household.pk).status == Status.SIGNALLED


def test_an_unknown_status_is_refused(outreacher, team_north):
    household = HouseholdFactory(team=team_north, status=Status.IN_CONTACT)
    with pytest.raises(services.StatusChangeError):
        services.change_status(user=outreacher, household=household, to_status="archived")
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize("reason", ["", "because"])
def test_closing_without_a_valid_reason_is_refused(outreacher, team_north, reason):
    household = HouseholdFactory(team=team_north, status=Status.IN_CONTACT)

    with pytest.raises(services.StatusChangeError) as error:
        services.change_status(
            user=outreacher, household=household, to_status=Status.CLOSED, reason=reason
        )

    assert error.value.code == "reason"
    household.refresh_from_db()
    assert household.status == Status.IN_CONTACT
    assert household.closing_reason == ""
    assert not StatusChange.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_closed_family_can_be_reopened_and_loses_its_closing_reason(outreacher, team_north):
    household = ClosedHouseholdFactory(team=team_north, closing_reason=ClosingReason.UNREACHABLE)

    reopened = services.change_status(
        user=outreacher, household=household, to_status=Status.IN_CONTACT
    )

    reopened.refresh_from_db()
    assert reopened.status == Status.IN_CONTACT
    assert reopened.closing_reason == ""
    assert reopened.is_active


def test_the_history_keeps_every_step_in_order(outreacher, team_lead, team_north):
    household = HouseholdFactory(team=team_north)
    start = timezone.now() - timedelta(days=10)
    steps = [
        (outreacher, Status.IN_CONTACT, ""),
        (outreacher, Status.IN_GUIDANCE, ""),
        (team_lead, Status.CLOSED, ClosingReason.NEED_ANSWERED),
        (outreacher, Status.IN_CONTACT, ""),
    ]
    for day, (user, to_status, reason) in enumerate(steps):
        services.change_status(
            user=user,
            household=household,
            to_status=to_status,
            reason=reason,
            at=start + timedelta(days=day),
        )

    history = list(
        StatusChange.objects.filter(household=household)
        .order_by("changed_at")
        .values_list("from_status", "to_status", "changed_by__username")
    )
    assert history == [
        (Status.SIGNALLED, Status.IN_CONTACT, "outreacher"),
        (Status.IN_CONTACT, Status.IN_GUIDANCE, "outreacher"),
        (Status.IN_GUIDANCE, Status.CLOSED, "team_lead"),
        (Status.CLOSED, Status.IN_CONTACT, "outreacher"),
    ]


def test_the_database_refuses_a_closed_family_without_a_reason(team_north):
    with pytest.raises(IntegrityError), transaction.atomic():
        Household.objects.create(team=team_north, name="Gezin X", status=Status.CLOSED)


def test_the_database_refuses_removing_the_reason_of_a_closed_family(team_north):
    household = ClosedHouseholdFactory(team=team_north)
    with pytest.raises(IntegrityError), transaction.atomic():
        Household.objects.filter(pk=household.pk).update(closing_reason="")


def test_the_status_page_closes_a_family_with_a_reason(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/status/",
        {"to_status": Status.CLOSED, "reason": ClosingReason.MOVED, "note": "Verhuisd naar Geel."},
    )
    assert response.status_code == 302
    household.refresh_from_db()
    assert (household.status, household.closing_reason) == (Status.CLOSED, ClosingReason.MOVED)


def test_the_status_page_asks_for_a_reason_to_close(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/status/", {"to_status": Status.CLOSED, "reason": ""}
    )
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert Household.objects.get(pk=household.pk).status == Status.SIGNALLED
    assert not StatusChange.objects.exists()


def test_the_status_page_does_not_offer_a_forbidden_transition(client_for, outreacher, household):
    response = client_for(outreacher).post(
        f"/households/{household.pk}/status/", {"to_status": Status.HANDED_OVER}
    )
    assert response.status_code == 200
    assert "to_status" in response.context["form"].errors
    assert Household.objects.get(pk=household.pk).status == Status.SIGNALLED


def test_another_team_cannot_change_the_status(client_for, other_outreacher, household):
    response = client_for(other_outreacher).post(
        f"/households/{household.pk}/status/", {"to_status": Status.IN_CONTACT}
    )
    assert response.status_code == 404
    assert Household.objects.get(pk=household.pk).status == Status.SIGNALLED
