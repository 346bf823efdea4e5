"""/api/households/ is served by households, with what the apps that hang off a household
registered (households.registry): the plan nested in the detail (plans), the contacts
endpoint (contacts) and the partner reads (consents). The URLs and the schema stay put."""

import yaml
from django.urls import reverse

from radar.households import registry
from radar.plans.tests.factories import GoalFactory, StepFactory

OPERATIONS = {
    ("/api/households/", "get"): "households_list",
    ("/api/households/{id}/", "get"): "households_retrieve",
    ("/api/households/{id}/contacts/", "get"): "households_contacts_list",
    ("/api/households/{id}/contacts/", "post"): "households_contacts_create",
    # Material aid (radar.aid.api).
    ("/api/households/{id}/aid/", "get"): "households_aid_list",
    ("/api/households/{id}/aid/", "post"): "households_aid_create",
    # One record of a family: read, correct, remove (issue 8; ADR 0012).
    **{
        (f"/api/households/{{id}}/{kind}s/{{{kind}_pk}}/", method): f"households_{kind}s_{op}"
        for kind in ("member", "need", "contact", "goal", "step")
        for method, op in (("get", "retrieve"), ("patch", "partial_update"), ("delete", "destroy"))
    },
}


def test_the_schema_keeps_the_household_paths_and_operations(client_for, outreacher):
    schema = yaml.safe_load(client_for(outreacher).get("/api/schema/").content)

    household_paths = {p: ops for p, ops in schema["paths"].items() if "/households/" in p}
    found = {
        (path, method): op["operationId"]
        for path, ops in household_paths.items()
        for method, op in ops.items()
    }
    assert found == OPERATIONS
    detail = schema["components"]["schemas"]["HouseholdDetail"]["properties"]
    assert list(detail)[-4:] == ["members", "intakes", "needs", "goals"]
    assert "Contact" in schema["components"]["schemas"]


def test_the_contacts_endpoint_keeps_its_name():
    assert reverse("api-households-contacts", args=[7]) == "/api/households/7/contacts/"


def test_the_detail_nests_the_plan_the_plans_app_registered(client_for, outreacher, household):
    goal = GoalFactory(household=household, title="Een vaste huisarts")
    StepFactory(goal=goal, title="Huisarts zoeken")

    data = client_for(outreacher).get(f"/api/households/{household.pk}/").json()

    assert [g["title"] for g in data["goals"]] == ["Een vaste huisarts"]
    assert [s["title"] for s in data["goals"][0]["steps"]] == ["Huisarts zoeken"]
    assert "goals" in {field.name for field in registry.detail_fields()}


def test_a_partner_reads_through_the_reader_the_consents_app_registered(partner):
    reader = registry.household_reader_for(partner)

    assert reader is not None and type(reader).__module__ == "radar.consents.api"
    assert reader.actions == frozenset({"list", "retrieve"})


def test_casework_roles_and_policy_users_have_no_other_reader(outreacher, policy):
    assert registry.household_reader_for(policy) is None
    assert registry.household_reader_for(outreacher) is None
