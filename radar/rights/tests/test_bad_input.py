"""Bad input to the rights explorer is a clear 400, form error or CLI error (exit 2), never
a 500 or a traceback: huge numbers (1e308, 10**40, 1e400 = infinity), NaN, JSON nested
5,000 levels deep, a file that is not UTF-8, not JSON or not there."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from radar.rights.exchange import MAX_NUMBER, MAX_WHOLE_NUMBER, InvalidSituation, parse_situation
from radar.rights.models import HouseholdFacts, MemberFacts
from radar.rights.tests.situations import single_adult

# Each: (where in the document, the raw JSON value, the path named in the 400).
HUGE = [
    ("age", "10" + "0" * 40, "members[0].age"),
    ("age", "1e308", "members[0].age"),
    ("flags.months_in_belgium", "1000000000000000", "members[0].flags.months_in_belgium"),
    ("flags.months_in_belgium", "1e400", "members[0].flags.months_in_belgium"),
    ("flags.savings", "1e308", "members[0].flags.savings"),
    ("flags.savings", "-1e400", "members[0].flags.savings"),
    ("income_monthly_net.salary", "1e400", "members[0].income_monthly_net.salary"),
    ("income_monthly_net.salary", str(10**40), "members[0].income_monthly_net.salary"),
]


def _with_raw(where: str, raw: str) -> str:
    """single_adult() as JSON text, with one member field set to a raw JSON number."""
    document = single_adult()
    node = document["members"][0]
    *parents, last = where.split(".")
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = "__RAW__"
    return json.dumps(document).replace('"__RAW__"', raw)


def _post(client, body: str):
    return client.post("/api/rights/check", body, content_type="application/json")


@pytest.mark.parametrize("where, raw, path", HUGE)
def test_the_api_refuses_numbers_out_of_range_with_400(client_for, outreacher, where, raw, path):
    response = _post(client_for(outreacher), _with_raw(where, raw))

    assert response.status_code == 400
    assert path in response.json()


def test_the_largest_accepted_numbers_still_give_rights(client_for, outreacher):
    document = single_adult(age=120)
    document["members"][0]["flags"]["months_in_belgium"] = MAX_WHOLE_NUMBER
    document["members"][0]["income_monthly_net"] = {"salary": MAX_NUMBER}
    document["household_gross_taxable_income_yearly_previous_year"] = MAX_NUMBER

    response = _post(client_for(outreacher), json.dumps(document))

    assert response.status_code == 200
    assert response.json()["rights"]["leefloon"]["status"] == "not_eligible"


@pytest.mark.parametrize("depth", [5_000, 100])
def test_the_api_refuses_json_nested_too_deep_with_400(client_for, outreacher, depth):
    outreacher.language = "fr"
    outreacher.save()

    response = _post(client_for(outreacher), "[" * depth + "]" * depth)

    assert response.status_code == 400
    assert response.json() == {
        "detail": "Le document JSON est imbriqué trop profondément (plus de 32 niveaux)."
    }


def test_nan_is_not_a_number(db):
    document = single_adult(age=float("nan"))
    document["members"][0]["flags"]["savings"] = float("nan")

    with pytest.raises(InvalidSituation) as invalid:
        parse_situation(document)

    assert invalid.value.errors == {
        "members[0].age": ["Expected a whole number."],
        "members[0].flags.savings": ["Expected a number."],
    }


@pytest.fixture
def english(outreacher):
    outreacher.language = "en"
    outreacher.save()


@pytest.mark.parametrize(
    "path, value, message",
    [
        ("household_gross_taxable_income_yearly_previous_year", "1e400", "Must be at most"),
        ("household_gross_taxable_income_yearly_previous_year", "NaN", "Expected a number."),
        ("household_gross_taxable_income_yearly_previous_year", "Infinity", "Expected a number."),
        ("housing.moved_months_ago", "1e400", "Must be at most 100.000."),
        ("housing.moved_months_ago", "1e15", "Must be at most 100.000."),
    ],
)
def test_a_fact_out_of_range_is_a_form_error_and_nothing_is_stored(
    client_for, outreacher, household, english, path, value, message
):
    response = client_for(outreacher).post(
        reverse("rights:facts", args=[household.pk]),
        {"path": path, "value": value},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not HouseholdFacts.objects.exists()


def test_an_infinite_amount_is_a_form_error(client_for, outreacher, household, english):
    marie = household.members.get()

    response = client_for(outreacher).post(
        reverse("rights:facts", args=[household.pk]),
        {"path": f"members[m{marie.pk}].income_monthly_net", "amount_salary": "1e400"},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert "Must be at most 1.000.000.000." in response.content.decode()
    assert not MemberFacts.objects.exists()


def test_the_quick_check_refuses_an_infinite_income(client_for, outreacher, english):
    response = client_for(outreacher).post(
        reverse("rights:quick_check"), {"adults": "1", "income_work": "1e400"}
    )

    assert response.status_code == 200
    assert "Ensure this value is less than or equal to" in response.content.decode()


# -- radar rights check FILE.json ----------------------------------------------------------


def _check(path) -> CommandError:
    with pytest.raises(CommandError) as raised:
        call_command("rights", "check", str(path), stdout=StringIO(), stderr=StringIO())
    assert raised.value.returncode == 2
    return raised.value


def test_the_cli_refuses_a_file_that_is_not_utf8_with_exit_code_2(tmp_path):
    file = tmp_path / "situation.json"
    file.write_bytes(json.dumps(single_adult(id="Zoë"), ensure_ascii=False).encode("latin-1"))

    error = _check(file)

    assert "not UTF-8" in str(error)


def test_the_cli_refuses_json_nested_too_deep_with_exit_code_2(tmp_path):
    file = tmp_path / "deep.json"
    file.write_text("[" * 5000 + "]" * 5000)

    assert "nested too deeply" in str(_check(file))


def test_the_cli_refuses_invalid_json_and_a_missing_file_with_exit_code_2(tmp_path):
    file = tmp_path / "broken.json"
    file.write_text('{"members": [')

    assert "not valid JSON" in str(_check(file))
    assert "No such file or directory" in str(_check(tmp_path / "missing.json"))


@pytest.mark.parametrize("raw", ["1e400", "NaN", "Infinity", str(10**40)])
def test_the_cli_refuses_numbers_out_of_range_with_exit_code_2(tmp_path, raw):
    file = tmp_path / "situation.json"
    file.write_text(_with_raw("flags.savings", raw))

    assert "members[0].flags.savings" in str(_check(file))
