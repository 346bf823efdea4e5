"""/api/housing-first/candidacies/ and /api/housing-first/tenancies/: the same services
and access layer as the pages."""

import pytest
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.housing_first.models import Candidacy, Tenancy
from radar.housing_first.tests.factories import (
    AdmittedCandidacyFactory,
    CandidacyFactory,
    TenancyFactory,
)

CANDIDACIES = "api-housing-first-candidacies"
TENANCIES = "api-housing-first-tenancies"


def _post(client, name, data):
    return client.post(reverse(f"{name}-list"), data, content_type="application/json")


def _patch(client, name, pk, data):
    return client.patch(reverse(f"{name}-detail", args=[pk]), data,
                        content_type="application/json")  # fmt: skip


def test_a_candidacy_is_created_read_and_submitted_through_the_api(
    client_for, outreacher, household
):
    client = client_for(outreacher)

    created = _post(client, CANDIDACIES, {"household": household.pk, "life_project": "Un toit"})
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    detail = client.get(reverse(f"{CANDIDACIES}-detail", args=[pk]))
    submitted = _patch(client, CANDIDACIES, pk, {"version": 1, "status": "submitted"})

    assert detail.json()["life_project"] == "Un toit"
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["status"] == "submitted"
    views = AuditEntry.objects.filter(action="view", object_type="housing_first.candidacy")
    assert [(v.channel, v.household_id) for v in views] == [("api", household.pk)] * 2


def test_the_api_refuses_unknown_fields_stale_versions_and_other_teams(
    client_for, outreacher, household, other_household
):
    client = client_for(outreacher)
    candidacy = CandidacyFactory(household=household)

    unknown = _post(client, CANDIDACIES, {"household": household.pk, "status": "decided"})
    stale = _patch(client, CANDIDACIES, candidacy.pk, {"version": 7, "strengths": "x"})
    other = _post(client, CANDIDACIES, {"household": other_household.pk})
    other_read = client.get(
        reverse(f"{CANDIDACIES}-detail", args=[CandidacyFactory(household=other_household).pk])
    )

    assert unknown.status_code == 400
    assert stale.status_code == 409
    assert other.status_code == other_read.status_code == 404
    assert Candidacy.objects.filter(household=other_household).count() == 1


def test_a_tenancy_is_created_and_ended_through_the_api(client_for, outreacher, household):
    client = client_for(outreacher)
    candidacy = AdmittedCandidacyFactory(household=household)

    created = _post(client, TENANCIES, {
        "household": household.pk, "candidacy": candidacy.pk, "start_date": "2025-04-01",
        "street": "Rue de la Station 7", "owner_kind": "housing_company", "rent_cents": 48000,
    })  # fmt: skip
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    no_reason = _patch(client, TENANCIES, pk, {"version": 1, "end_date": "2026-03-01"})
    ended = _patch(client, TENANCIES, pk,
                   {"version": 1, "end_date": "2026-03-01", "end_reason": "moved_on"})  # fmt: skip

    assert no_reason.status_code == 400
    assert ended.status_code == 200, ended.content
    assert ended.json()["end_reason"] == "moved_on"
    assert ended.json()["end_date"] == "2026-03-01"
    listed = client.get(reverse(f"{TENANCIES}-list")).json()
    assert [t["id"] for t in listed] == [pk]


@pytest.mark.parametrize("role", ["partner", "policy", "administrator"])
def test_roles_without_named_families_get_no_tenancy(client_for, request, role, household):
    TenancyFactory(household=household)
    client = client_for(request.getfixturevalue(role))

    assert client.get(reverse(f"{TENANCIES}-list")).status_code == 403
    assert _post(client, TENANCIES, {"household": household.pk}).status_code == 403
    assert Tenancy.objects.count() == 1
