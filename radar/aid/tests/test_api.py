from datetime import date

from radar.aid.models import AidGiven
from radar.aid.tests.factories import AidGivenFactory, BudgetLineFactory, RecipientFactory, aid_type


def test_a_caseworker_records_and_lists_aid_through_the_api(outreacher, household, client_for):
    aid_type(household.team.municipality, "luiers")
    url = f"/api/households/{household.pk}/aid/"
    client = client_for(outreacher)
    created = client.post(
        url,
        {"aid_type": "luiers", "given_on": "2024-02-03", "count": 2, "amount_cents": 3000},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    listed = client.get(url).json()
    assert [(a["aid_type"], a["amount_cents"]) for a in listed["results"]] == [("luiers", 3000)]


def test_the_api_refuses_unknown_fields_and_another_municipalitys_aid(
    outreacher, household, client_for
):
    aid_type(household.team.municipality, "luiers")
    other = RecipientFactory()
    elsewhere = aid_type(other.municipality, "voedselpakket")
    elsewhere.code = "elders"
    elsewhere.save()
    url = f"/api/households/{household.pk}/aid/"
    client = client_for(outreacher)
    unknown = client.post(
        url,
        {"aid_type": "luiers", "given_on": "2024-02-03", "amount_cents": 1, "given_by": "x"},
        content_type="application/json",
    )
    assert unknown.status_code == 400 and "given_by" in unknown.json()
    foreign = client.post(
        url,
        {"aid_type": "elders", "given_on": "2024-02-03", "amount_cents": 1},
        content_type="application/json",
    )
    assert foreign.status_code == 400
    future = client.post(
        url,
        {"aid_type": "luiers", "given_on": "2999-02-03", "amount_cents": 1},
        content_type="application/json",
    )
    assert future.status_code == 400
    assert not AidGiven.objects.exists()


def test_figures_are_exact_for_a_team_lead_and_suppressed_for_policy(
    municipality, team_lead, policy, client_for
):
    recipient = RecipientFactory(municipality=municipality)
    AidGivenFactory(recipient=recipient, count=3, amount_cents=4500, given_on=date(2019, 2, 1))
    url = f"/api/aid/figures/?year=2019&municipality={municipality.pk}"
    lead = client_for(team_lead).get(url).json()
    assert lead["aid"]["luiers"] == {
        "count": 3, "amount": "45.00", "households": 1, "children": 0
    }  # fmt: skip
    shown = client_for(policy).get(url).json()
    assert shown["aid"]["luiers"] == {
        "count": "<5", "amount": "x", "households": "<5", "children": "0"
    }  # fmt: skip
    assert client_for(team_lead).get("/api/aid/figures/?year=abc").status_code == 400
    assert client_for(team_lead).get("/api/aid/figures/?municipality=999999").status_code == 404


def test_the_budget_endpoint_gives_euros_as_decimal_strings(municipality, team_lead, client_for):
    BudgetLineFactory(municipality=municipality, year=2019, budget_cents=123_456)
    (line,) = client_for(team_lead).get("/api/aid/budget/?year=2019").json()
    assert (line["budget"], line["remaining"], line["is_running_out"]) == (
        "1234.56", "1234.56", False
    )  # fmt: skip
