"""Rights follow-up: found → discussed → applied → granted / refused, or not pursued."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.dashboards.selectors import outreacher_dashboard
from radar.rights import selectors, services
from radar.rights.models import FollowUpStatus, RightFollowUp
from radar.rights.services import FollowUpError
from radar.rights.tests.factories import AppliedFollowUpFactory, FoundFollowUpFactory


def _move(household, user, to_status, **kwargs):
    return services.follow_up_right(
        user=user, household=household, right_id="leefloon", to_status=to_status, **kwargs
    )


def test_a_right_goes_from_found_to_granted_dated_attributed_and_audited(household, outreacher):
    _move(household, outreacher, "found")
    _move(household, outreacher, "discussed", on=date(2025, 3, 1))
    _move(household, outreacher, "applied", on=date(2025, 3, 3), where="OCMW Mol")
    follow_up = _move(household, outreacher, "granted", on=date(2025, 4, 1))

    assert follow_up.status == FollowUpStatus.GRANTED
    assert (follow_up.discussed_on, follow_up.applied_on, follow_up.decided_on) == (
        date(2025, 3, 1), date(2025, 3, 3), date(2025, 4, 1),
    )  # fmt: skip
    assert follow_up.applied_where == "OCMW Mol"
    assert follow_up.status_changed_by == outreacher
    assert [c.to_status for c in follow_up.changes.order_by("id")] == [
        "found", "discussed", "applied", "granted",
    ]  # fmt: skip
    audit = AuditEntry.objects.filter(object_type="rights.rightfollowup").order_by("id")
    assert [e.action for e in audit] == ["create", "update", "update", "update"]
    assert audit.last().detail == {"right": "leefloon", "status": ["applied", "granted"]}


def test_a_step_cannot_be_skipped(household, outreacher):
    with pytest.raises(FollowUpError):
        _move(household, outreacher, "applied", where="OCMW")
    _move(household, outreacher, "found")
    with pytest.raises(FollowUpError):
        _move(household, outreacher, "granted")
    assert RightFollowUp.objects.get().status == "found"


def test_an_application_needs_a_place(household, outreacher):
    FoundFollowUpFactory(household=household, status="discussed")
    with pytest.raises(FollowUpError) as error:
        _move(household, outreacher, "applied", where="  ")
    assert error.value.code == "where"


def test_a_refusal_needs_a_reason(household, outreacher):
    AppliedFollowUpFactory(household=household)
    with pytest.raises(FollowUpError) as error:
        _move(household, outreacher, "refused")
    assert error.value.code == "reason"

    refused = _move(household, outreacher, "refused", reason="Income too high.")
    assert (refused.status, refused.reason) == ("refused", "Income too high.")


def test_not_pursuing_needs_a_reason_and_a_type_of_non_take_up(household, outreacher):
    FoundFollowUpFactory(household=household)
    with pytest.raises(FollowUpError):
        _move(household, outreacher, "not_pursued", reason="Shame.")
    with pytest.raises(FollowUpError):
        _move(household, outreacher, "not_pursued", non_take_up_type="not_asked")

    dropped = _move(
        household, outreacher, "not_pursued", reason="Shame.", non_take_up_type="not_asked"
    )

    assert (dropped.status, dropped.non_take_up_type) == ("not_pursued", "not_asked")
    assert _move(household, outreacher, "found").reason == ""  # found again later


def test_applications_without_an_answer_after_30_days_are_reminders(household, outreacher):
    AppliedFollowUpFactory(household=household, right_id="leefloon")
    AppliedFollowUpFactory(
        household=household,
        right_id="verhoogde_tegemoetkoming",
        applied_on=timezone.localdate() - timedelta(days=3),
    )
    households = household.__class__.objects.filter(pk=household.pk)

    waiting = selectors.applications_waiting(households=households)

    assert [f.right_id for f in waiting] == ["leefloon"]
    assert [f.right_id for f in outreacher_dashboard(user=outreacher)["rights_waiting"]] == [
        "leefloon"
    ]


def test_the_dashboard_shows_applications_waiting(household, outreacher, client_for):
    AppliedFollowUpFactory(household=household)

    response = client_for(outreacher).get("/")

    assert 'id="rights-waiting"' in response.content.decode()


def test_reminders_never_show_another_teams_family(household, other_household, outreacher):
    AppliedFollowUpFactory(household=other_household)

    assert outreacher_dashboard(user=outreacher, scope="team")["rights_waiting"] == []
