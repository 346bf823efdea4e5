"""Correcting (PATCH) and removing (DELETE) a family's records in the API (issue 8).

The API sends the `version` it read; a stale one answers 409 with the record as it is saved
now, and nothing is written (an edit used to overwrite whatever was saved meanwhile). A
removal needs a reason and takes the record out of every API list."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from radar.contacts import services as contact_services
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import contact_type
from radar.core.models import AuditEntry
from radar.households import services
from radar.households.models import Household, Member, Need
from radar.households.tests.factories import NeedFactory
from radar.plans import services as plan_services
from radar.plans.models import Goal, Step
from radar.plans.tests.factories import GoalFactory, StepFactory


def url(household, kind, record):
    return f"/api/households/{household.pk}/{kind}/{record.pk}/"


def patch(client, path, **data):
    return client.patch(path, json.dumps(data), content_type="application/json")


def delete(client, path, **data):
    return client.delete(path, json.dumps(data), content_type="application/json")


@pytest.fixture
def api(client_for, outreacher):
    return client_for(outreacher)


@pytest.fixture
def marie(household):
    return household.members.get()


def reached_contact(user, household, days_ago=1, **kwargs):
    return contact_services.record_contact(
        user=user,
        household=household,
        contact_type=contact_type("home_visit"),
        occurred_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )


# One record of each kind, its URL segment, a field to change and the service that changes
# it behind the client's back.
KINDS = {
    "member": ("members", "phone", "0470 12 34 56"),
    "need": ("needs", "description", "Huurachterstal"),
    "contact": ("contacts", "place", "op school"),
    "goal": ("goals", "title", "De woning behouden"),
    "step": ("steps", "title", "Brief samen lezen"),
}


def make(kind, household, user):
    if kind == "member":
        return household.members.get()
    if kind == "need":
        return NeedFactory(household=household)
    if kind == "contact":
        return reached_contact(user, household)
    goal = GoalFactory(household=household)
    return goal if kind == "goal" else StepFactory(goal=goal)


def change_behind_the_back(kind, record, user):
    field, value = KINDS[kind][1], "door een collega"
    if kind == "member":
        services.update_member(user=user, member=record, **{field: value})
    elif kind == "need":
        services.update_need(user=user, need=record, **{field: value})
    elif kind == "contact":
        contact_services.correct_contact(user=user, contact=record, **{field: value})
    elif kind == "goal":
        plan_services.update_goal(user=user, goal=record, **{field: value})
    else:
        plan_services.update_step(user=user, step=record, **{field: value})


@pytest.mark.parametrize("kind", KINDS)
def test_a_correction_with_the_version_read_is_saved(api, outreacher, household, kind):
    record = make(kind, household, outreacher)
    segment, field, value = KINDS[kind]

    response = patch(api, url(household, segment, record), **{field: value, "version": 1})

    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body[field], body["version"]) == (value, 2)
    record.refresh_from_db()
    assert (getattr(record, field), record.version) == (value, 2)
    assert AuditEntry.objects.get(action="update").detail == {"fields": [field]}


@pytest.mark.parametrize("kind", KINDS)
def test_a_stale_correction_answers_409_and_writes_nothing(
    api, outreacher, team_lead, household, kind
):
    record = make(kind, household, outreacher)
    segment, field, value = KINDS[kind]
    change_behind_the_back(kind, record, team_lead)

    response = patch(api, url(household, segment, record), **{field: value, "version": 1})

    assert response.status_code == 409
    body = response.json()
    assert body["removed"] is False
    assert (body["current"][field], body["current"]["version"]) == ("door een collega", 2)
    record.refresh_from_db()
    assert (getattr(record, field), record.version) == ("door een collega", 2)
    # The deliberate second try, from the current version, goes through.
    again = patch(api, url(household, segment, record), **{field: value, "version": 2})
    assert again.status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_removal_with_a_reason_takes_the_record_out_of_the_api(api, outreacher, household, kind):
    record = make(kind, household, outreacher)
    path = url(household, KINDS[kind][0], record)

    response = delete(api, path, reason="dubbel ingevoerd", version=1)

    assert response.status_code == 204
    assert api.get(path).status_code == 404
    assert patch(api, path, version=2).status_code == 404
    kept = type(record).all_objects.get(pk=record.pk)
    assert (kept.removal_reason, kept.removed_by) == ("dubbel ingevoerd", outreacher)
    detail = api.get(f"/api/households/{household.pk}/").json()
    listed = {
        "member": [m["id"] for m in detail["members"]],
        "need": [n["id"] for n in detail["needs"]],
        "goal": [g["id"] for g in detail["goals"]],
        "step": [s["id"] for g in detail["goals"] for s in g["steps"]],
        "contact": [
            c["id"] for c in api.get(f"/api/households/{household.pk}/contacts/").json()["results"]
        ],
    }[kind]
    assert record.pk not in listed
    entry = AuditEntry.objects.get(action="delete", object_id=str(record.pk))
    assert entry.detail["reason"] == "dubbel ingevoerd"


def test_the_reason_and_version_may_come_as_query_parameters(api, household, marie):
    response = api.delete(url(household, "members", marie) + "?reason=verkeerd+gezin&version=1")
    assert response.status_code == 204
    assert Member.all_objects.get(pk=marie.pk).removal_reason == "verkeerd gezin"


@pytest.mark.parametrize(
    "body",
    [
        {"version": 1},
        {"reason": "  ", "version": 1},
        {"reason": "dubbel"},
        {"reason": "dubbel", "version": 10**40},
        {"reason": "x" * 501, "version": 1},
    ],
    ids=["no reason", "blank reason", "no version", "version 10**40", "reason too long"],
)
def test_a_removal_without_a_reason_or_version_is_refused(api, household, marie, body):
    response = delete(api, url(household, "members", marie), **body)

    assert response.status_code == 400
    assert set(response.json()) <= {"reason", "version"}
    assert Member.objects.filter(pk=marie.pk).exists()
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_a_stale_removal_answers_409(api, team_lead, household, marie):
    services.update_member(user=team_lead, member=marie, phone="014")
    response = delete(api, url(household, "members", marie), reason="dubbel", version=1)
    assert response.status_code == 409
    assert response.json()["current"]["phone"] == "014"
    assert Member.objects.filter(pk=marie.pk).exists()


def test_a_record_removed_since_it_was_read_is_no_longer_found(api, team_lead, household):
    need = NeedFactory(household=household)
    path = url(household, "needs", need)
    read = api.get(path).json()
    services.remove_need(user=team_lead, need=need, reason="verkeerd gezin")
    response = patch(api, path, description="x", version=read["version"])
    assert response.status_code == 404  # gone from the family, like any removed record


def test_a_record_removed_while_it_is_corrected_answers_409(api, team_lead, household, monkeypatch):
    need = NeedFactory(household=household)
    update_need = services.update_need

    def removed_just_before(**kwargs):
        services.remove_need(user=team_lead, need=Need.objects.get(pk=need.pk), reason="fout")
        return update_need(**kwargs)

    monkeypatch.setattr(services, "update_need", removed_just_before)
    response = patch(api, url(household, "needs", need), description="x", version=1)

    assert response.status_code == 409
    assert response.json()["removed"] is True
    assert Need.all_objects.get(pk=need.pk).description == "Huur drie maanden achterstallig"


@pytest.mark.parametrize(
    "body, field",
    [
        ({"phone": "0470"}, "version"),
        ({"phone": "0470", "version": 0}, "version"),
        ({"phone": "0470", "version": 10**40}, "version"),
        ({"phone": "0470", "version": 1, "household": 9}, "household"),
        ({"phone": "0470", "version": 1, "id": 9}, "id"),
        ({"phone": "0470", "version": 1, "fone": "0470"}, "fone"),
        ({"insz": "12345678901", "version": 1}, "insz"),
    ],
    ids=[
        "no version",
        "version 0",
        "version 10**40",
        "household",
        "read-only id",
        "unknown field",
        "bad insz",
    ],
)
def test_a_correction_that_is_not_valid_answers_400(api, household, marie, body, field):
    response = patch(api, url(household, "members", marie), **body)

    assert response.status_code == 400
    assert field in response.json()
    saved = Member.objects.get(pk=marie.pk)
    assert (saved.phone, saved.version) == ("", 1)


def test_correcting_a_contact_in_the_api_recomputes_the_last_contact(api, outreacher, household):
    older = reached_contact(outreacher, household, days_ago=30)
    latest = reached_contact(outreacher, household, days_ago=1)

    response = patch(api, url(household, "contacts", latest), is_reached=False, version=1)

    assert response.status_code == 200
    assert Household.objects.get(pk=household.pk).last_reached_at == older.occurred_at


def test_a_correction_of_participants_only_accepts_the_familys_own_members(
    api, outreacher, household, other_household
):
    contact = reached_contact(outreacher, household)
    theirs = other_household.members.get()

    response = patch(api, url(household, "contacts", contact), participants=[theirs.pk], version=1)

    assert response.status_code == 400
    assert "participants" in response.json()
    assert not ContactMoment.objects.get(pk=contact.pk).participants.exists()


@pytest.mark.parametrize("persona, status", [("other_outreacher", 404), ("partner", 403),
                                             ("policy", 403)])  # fmt: skip
@pytest.mark.parametrize("kind", ["member", "need", "contact", "step"])
def test_only_the_familys_team_corrects_or_removes(
    client_for, request, outreacher, household, persona, status, kind
):
    record = make(kind, household, outreacher)
    segment, field, value = KINDS[kind]
    client = client_for(request.getfixturevalue(persona))
    path = url(household, segment, record)

    assert client.get(path).status_code == status
    assert patch(client, path, **{field: value, "version": 1}).status_code == status
    assert delete(client, path, reason="weg", version=1).status_code == status
    assert type(record).objects.get(pk=record.pk).version == 1
    assert not AuditEntry.objects.filter(action__in=["update", "delete"]).exists()


def test_a_record_of_another_family_is_not_found_through_ones_own(
    client_for, other_outreacher, household, other_household
):
    need = NeedFactory(household=household)
    path = f"/api/households/{other_household.pk}/needs/{need.pk}/"
    response = delete(client_for(other_outreacher), path, reason="weg", version=1)
    assert response.status_code == 404
    assert Need.objects.filter(pk=need.pk).exists()


def test_removing_a_goal_in_the_api_removes_its_steps(api, household):
    goal = GoalFactory(household=household)
    step = StepFactory(goal=goal)

    assert delete(api, url(household, "goals", goal), reason="fout", version=1).status_code == 204

    assert not Goal.objects.filter(pk=goal.pk).exists()
    assert not Step.objects.filter(pk=step.pk).exists()


def test_the_schema_documents_the_version_and_the_409(client_for, outreacher):
    schema = client_for(outreacher).get("/api/schema/?format=json").json()
    member = schema["paths"]["/api/households/{id}/members/{member_pk}/"]

    assert "409" in member["patch"]["responses"] and "409" in member["delete"]["responses"]
    body = schema["components"]["schemas"]["MemberCorrection"]
    assert body["required"] == ["version"]
    assert {p["name"] for p in member["delete"]["parameters"]} >= {"reason", "version"}
