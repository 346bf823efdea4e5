"""The tenancy: the dwelling, the events, and the way of leaving."""

from datetime import date

import pytest

from radar.core.models import AuditEntry
from radar.housing_first import selectors, services
from radar.housing_first.models import EndReason, OwnerKind, TenancyEvent
from radar.housing_first.tests.factories import (
    AdmittedCandidacyFactory,
    CandidacyFactory,
    TenancyFactory,
)


def _start(user, household, **extra):
    return services.start_tenancy(
        user=user, household=household, start_on=date(2025, 9, 1), street="Rue Neuve 3",
        owner_kind=OwnerKind.PRIVATE, rent_cents=61500, **extra,
    )  # fmt: skip


def test_an_admitted_family_gets_a_tenancy_without_an_end(outreacher, household):
    candidacy = AdmittedCandidacyFactory(household=household)

    tenancy = _start(outreacher, household, candidacy=candidacy)

    assert tenancy.is_running
    assert tenancy.rent == 615
    assert AuditEntry.objects.filter(action="create", object_type="housing_first.tenancy")


def test_a_candidacy_that_was_not_admitted_leads_to_no_tenancy(outreacher, household):
    with pytest.raises(services.HousingFirstError):
        _start(outreacher, household, candidacy=CandidacyFactory(household=household))


def test_a_family_has_one_running_tenancy(outreacher, household):
    _start(outreacher, household)

    with pytest.raises(services.HousingFirstError):
        _start(outreacher, household)


def test_leaving_needs_a_date_and_a_way_and_other_a_note(outreacher, household):
    tenancy = TenancyFactory(household=household)

    with pytest.raises(services.HousingFirstError):
        services.update_tenancy(user=outreacher, tenancy=tenancy, data={"end_on": date(2026, 1, 5)})
    tenancy.refresh_from_db()
    with pytest.raises(services.HousingFirstError):
        services.end_tenancy(
            user=outreacher, tenancy=tenancy, end_on=date(2026, 1, 5), end_reason="other"
        )
    tenancy.refresh_from_db()
    with pytest.raises(services.HousingFirstError):
        services.end_tenancy(
            user=outreacher, tenancy=tenancy, end_on=date(2024, 1, 5), end_reason="evicted"
        )
    tenancy.refresh_from_db()

    services.end_tenancy(
        user=outreacher, tenancy=tenancy, end_on=date(2026, 1, 5), end_reason=EndReason.MOVED_ON
    )

    tenancy.refresh_from_db()
    assert (tenancy.end_on, tenancy.end_reason) == (date(2026, 1, 5), "moved_on")
    with pytest.raises(services.HousingFirstError):
        services.end_tenancy(
            user=outreacher, tenancy=tenancy, end_on=date(2026, 2, 5), end_reason="evicted"
        )


def test_events_of_the_tenancy_are_dated_and_not_in_the_future(outreacher, household):
    tenancy = TenancyFactory(household=household)

    services.record_tenancy_event(
        user=outreacher, tenancy=tenancy, kind=TenancyEvent.Kind.CHILD_RETURNED,
        occurred_on=date(2025, 11, 3), note="Léa est rentrée.",
    )  # fmt: skip
    with pytest.raises(services.HousingFirstError):
        services.record_tenancy_event(
            user=outreacher, tenancy=tenancy, kind="repair", occurred_on=date(2999, 1, 1)
        )
    with pytest.raises(services.HousingFirstError):
        services.record_tenancy_event(user=outreacher, tenancy=tenancy, kind="party")

    assert [e.kind for e in tenancy.events.all()] == ["child_returned"]


def test_another_teams_tenancy_is_not_found(outreacher, other_household):
    tenancy = TenancyFactory(household=other_household)

    with pytest.raises(Exception) as refused:
        selectors.get_tenancy_for(user=outreacher, tenancy_id=tenancy.pk)

    assert getattr(refused.value, "status_code", 404) == 404
    assert AuditEntry.objects.get().action == "denied"
