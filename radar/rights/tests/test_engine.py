"""End-to-end household situations through evaluate(), evaluate_many() and the CLI."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from radar.rights import engine
from radar.rights.catalogue import RIGHTS
from radar.rights.exchange import RIGHT_IDS, InvalidSituation
from radar.rights.management.commands.rights import Command
from radar.rights.messages import APPLY
from radar.rights.model import tax_benefit_system
from radar.rights.registry import Right, UndeclaredFact
from radar.rights.tests.situations import single_adult, single_mother
from radar.rights.values import leaf_parameters, model_start

OUTPUT_KEYS = {
    "status",
    "amount_monthly",
    "reasons",
    "missing",
    "apply",
    "automatic",
    "sources",
    "members",
    "to_verify",
    "values_date",
    # issue 9: added keys (the earlier ones keep their meaning)
    "checked_when_applying",
    "also_possible_if",
    "amount_is_minimum",
    "received",
    "amount_yearly",
    "paid_in_month",
}


def test_single_mother_with_a_small_salary_gets_leefloon_category_3_and_verhoogde_tegemoetkoming():
    result = engine.evaluate(single_mother())

    assert result["reference_date"] == "2025-03-15"
    leefloon = result["rights"]["leefloon"]
    assert set(leefloon) == OUTPUT_KEYS
    assert leefloon["status"] == "eligible"
    assert leefloon["amount_monthly"] == 1376.07  # 1 776,07 - 400; child benefit not counted
    assert leefloon["members"] == ["mother"]
    assert leefloon["automatic"] is False
    assert leefloon["values_date"] == "2025-02-01"
    assert leefloon["to_verify"] is False
    assert result["rights"]["equivalent_leefloon"]["status"] == "not_eligible"
    vt = result["rights"]["verhoogde_tegemoetkoming"]
    assert vt["status"] == "eligible"
    assert vt["members"] == ["mother", "child"]
    assert vt["to_verify"] is True  # the 2025 ceiling is the 2024 one carried forward


def test_missing_facts_make_the_leefloon_unknown_and_are_listed():
    situation = single_adult(flags={}, income_monthly_net=None)
    del situation["members"][0]["income_monthly_net"]

    leefloon = engine.evaluate(situation)["rights"]["leefloon"]

    assert leefloon["status"] == "unknown"
    assert leefloon["amount_monthly"] is None
    assert leefloon["missing"] == ["members[ann].income_monthly_net"]
    # Checked by the OCMW when she applies: listed, never holding the status back.
    assert leefloon["checked_when_applying"] == [
        "members[ann].flags.willing_to_work",
        "members[ann].flags.other_benefit_rights_exhausted",
    ]


def test_conditions_checked_at_application_do_not_hold_back_eligible():
    situation = single_adult(flags={})

    leefloon = engine.evaluate(situation)["rights"]["leefloon"]
    refused = engine.evaluate(single_adult(flags={"willing_to_work": False}))["rights"]

    assert leefloon["status"] == "eligible"
    assert leefloon["amount_monthly"] == 1314.2
    assert "members[ann].flags.willing_to_work" in leefloon["checked_when_applying"]
    assert "members[ann].flags.savings" in leefloon["checked_when_applying"]
    assert any("Savings are not recorded" in reason for reason in leefloon["reasons"])
    # Only a recorded fact that fails the condition refuses.
    assert refused["leefloon"]["status"] == "not_eligible"
    assert refused["leefloon"]["checked_when_applying"] == []
    assert refused["leefloon"]["also_possible_if"] == [
        "members[ann].flags.health_or_equity_reasons"
    ]


def test_savings_count_by_the_rule_and_a_salary_makes_the_amount_a_minimum():
    # 20 000 in savings: (12 500 - 6 200) x 6 % + (20 000 - 12 500) x 10 % = 378 + 750 = 1 128 a
    # year, 94 a month: 1 314,20 - 94 = 1 220,20 (art. 27 KB 11 juli 2002, to verify).
    saver = single_adult(flags={"savings": 20000})
    worker = single_adult(income_monthly_net={"salary": 300}, flags={"savings": 0})

    with_savings = engine.evaluate(saver)["rights"]["leefloon"]
    with_salary = engine.evaluate(worker)["rights"]["leefloon"]

    assert with_savings["amount_monthly"] == 1220.20
    assert with_savings["to_verify"] is True
    assert with_savings["amount_is_minimum"] is False
    assert with_salary["amount_monthly"] == round(1314.20 - 300, 2)
    assert with_salary["amount_is_minimum"] is True  # the SPI exemption is not assessed
    assert any("socio-professional" in reason for reason in with_salary["reasons"])


def test_an_absent_income_is_unknown_while_an_empty_income_is_zero():
    unknown = single_adult()
    del unknown["members"][0]["income_monthly_net"]

    assert engine.evaluate(unknown)["rights"]["leefloon"]["status"] == "unknown"
    assert engine.evaluate(single_adult())["rights"]["leefloon"]["amount_monthly"] == 1314.2


def test_a_known_failing_condition_wins_over_unknown_facts():
    situation = single_adult(residence_status="no_legal_residence", flags={})

    leefloon = engine.evaluate(situation)["rights"]["leefloon"]

    assert leefloon["status"] == "not_eligible"
    assert leefloon["missing"] == []
    assert "urgent medical aid" in leefloon["reasons"][0]


def test_a_parent_earning_above_the_category_1_amount_is_left_to_the_ocmw():
    situation = single_adult(
        flags={
            "willing_to_work": True,
            "other_benefit_rights_exhausted": True,
            "lives_alone": False,
        }
    )
    situation["members"].append(
        {"id": "dad", "role": "parent", "age": 58, "income_monthly_net": {"pension": 1900}}
    )

    leefloon = engine.evaluate(situation)["rights"]["leefloon"]

    assert leefloon["status"] == "to_assess"
    assert leefloon["amount_monthly"] == 876.13  # category 1, a maximum
    assert any("dad" in reason and "may" in reason for reason in leefloon["reasons"])


def test_a_parent_earning_below_the_category_1_amount_leaves_no_discretion():
    situation = single_adult(
        flags={
            "willing_to_work": True,
            "other_benefit_rights_exhausted": True,
            "lives_alone": False,
        }
    )
    situation["members"].append(
        {"id": "dad", "role": "parent", "age": 58, "income_monthly_net": {"pension": 800}}
    )

    assert engine.evaluate(situation)["rights"]["leefloon"]["status"] == "eligible"


def test_a_student_excused_from_work_is_to_assess():
    situation = single_adult(
        age=20,
        flags={
            "willing_to_work": False,
            "health_or_equity_reasons": True,
            "other_benefit_rights_exhausted": True,
        },
    )

    assert engine.evaluate(situation)["rights"]["leefloon"]["status"] == "to_assess"


def test_the_amount_follows_the_february_2025_indexation():
    before = engine.evaluate(single_adult(), reference_date=datetime.date(2025, 1, 31))
    after = engine.evaluate(single_adult(), reference_date=datetime.date(2025, 2, 1))

    assert before["rights"]["leefloon"]["amount_monthly"] == 1288.46
    assert before["rights"]["leefloon"]["values_date"] == "2024-05-01"
    assert after["rights"]["leefloon"]["amount_monthly"] == 1314.2
    assert after["rights"]["leefloon"]["values_date"] == "2025-02-01"


def test_the_derived_march_2026_amount_is_marked_to_verify():
    leefloon = engine.evaluate(single_adult(), reference_date=datetime.date(2026, 3, 1))

    assert leefloon["rights"]["leefloon"]["amount_monthly"] == 1340.48
    assert leefloon["rights"]["leefloon"]["to_verify"] is True


def test_a_foreigner_in_the_foreigners_register_gets_the_equivalent_leefloon():
    situation = single_adult(residence_status="foreigner_foreigners_register_legal_stay")

    rights = engine.evaluate(situation)["rights"]

    assert rights["leefloon"]["status"] == "not_eligible"
    assert "equivalent leefloon" in rights["leefloon"]["reasons"][0]
    assert rights["equivalent_leefloon"]["status"] == "eligible"
    assert rights["equivalent_leefloon"]["amount_monthly"] == 1314.2


def test_igo_gives_the_verhoogde_tegemoetkoming_automatically_to_the_couple():
    situation = single_adult(age=70, benefits_received=["igo"])
    situation["household_gross_taxable_income_yearly_previous_year"] = 60000
    situation["members"].append({"id": "bob", "role": "partner", "age": 72})

    vt = engine.evaluate(situation)["rights"]["verhoogde_tegemoetkoming"]

    assert vt["status"] == "eligible"
    assert vt["automatic"] is True
    assert vt["members"] == ["ann", "bob"]


def test_verhoogde_tegemoetkoming_is_unknown_without_last_years_income():
    situation = single_mother()
    del situation["household_gross_taxable_income_yearly_previous_year"]

    vt = engine.evaluate(situation)["rights"]["verhoogde_tegemoetkoming"]

    assert vt["status"] == "unknown"
    assert vt["missing"] == ["household_gross_taxable_income_yearly_previous_year"]


def test_verhoogde_tegemoetkoming_for_a_single_parent_above_the_ceiling_is_to_assess():
    situation = single_mother(household_gross_taxable_income_yearly_previous_year=34000)

    vt = engine.evaluate(situation)["rights"]["verhoogde_tegemoetkoming"]

    assert vt["status"] == "to_assess"
    assert vt["to_verify"] is True  # 2025 ceilings are the 2024 ones carried forward


def test_verhoogde_tegemoetkoming_above_the_ceiling_without_indicator_is_not_eligible():
    situation = single_adult()
    situation["household_gross_taxable_income_yearly_previous_year"] = 40000

    vt = engine.evaluate(situation)["rights"]["verhoogde_tegemoetkoming"]

    assert vt["status"] == "not_eligible"
    assert "above the ceiling" in vt["reasons"][0]


def test_invalid_input_names_every_bad_field():
    situation = single_mother(region="mars")
    situation["members"][0]["age"] = "old"
    situation["members"][1]["income_monthly_net"] = {"lottery": 5}
    situation["members"][1]["flags"]["favourite_colour"] = "blue"

    with pytest.raises(InvalidSituation) as raised:
        engine.evaluate(situation)

    assert set(raised.value.errors) == {
        "region",
        "members[0].age",
        "members[1].income_monthly_net.lottery",
        "members[1].flags.favourite_colour",
    }
    assert "flanders" in raised.value.errors["region"][0]


def test_a_household_needs_exactly_one_applicant():
    situation = single_mother()
    situation["members"][0]["role"] = "partner"

    with pytest.raises(InvalidSituation) as raised:
        engine.evaluate(situation)

    assert list(raised.value.errors) == ["members"]


def test_dates_before_the_rules_begin_are_refused():
    with pytest.raises(InvalidSituation) as raised:
        engine.evaluate(single_adult(), reference_date=model_start() - datetime.timedelta(days=1))

    assert "reference_date" in raised.value.errors


def test_many_households_in_one_simulation_give_the_same_results_as_one_by_one():
    situations = [
        single_mother(),
        single_adult(),
        single_adult(residence_status="foreigner_foreigners_register_legal_stay"),
        single_adult(flags={}),
        single_mother(reference_date="2024-06-01"),
    ]

    together = engine.evaluate_many(situations)

    assert together == [engine.evaluate(situation) for situation in situations]


def test_errors_of_many_households_are_prefixed_with_their_index():
    with pytest.raises(InvalidSituation) as raised:
        engine.evaluate_many([single_adult(), single_adult(age=-1)])

    assert list(raised.value.errors) == ["[1].members[0].age"]


def test_a_regional_right_outside_its_region_is_not_eligible(monkeypatch):
    wallonia_only = Right(
        id="af_wallonie_supplement_social",
        domain="family",
        needs=(),
        variables=(),
        parameters=(),
        decide=lambda a: a.outcome(),
        sources=(),
        regions=("wallonia",),
    )
    monkeypatch.setitem(engine.RIGHTS, wallonia_only.id, wallonia_only)
    monkeypatch.setitem(APPLY, wallonia_only.id, "Ask your family allowance fund.")

    flanders = engine.evaluate(single_mother())["rights"][wallonia_only.id]
    nowhere = engine.evaluate(single_mother(region=None))["rights"][wallonia_only.id]

    assert flanders["status"] == "not_eligible"
    assert flanders["reasons"] == ["This right only exists in wallonia."]
    assert nowhere["status"] == "unknown"
    assert nowhere["missing"] == ["region"]


def test_a_right_using_an_undeclared_fact_is_a_programming_error(monkeypatch):
    def decide(a):
        a.known("members[mother].flags.pregnant")
        return a.outcome()

    sloppy = Right(
        id="leefloon",
        domain="income",
        needs=(),
        variables=(),
        parameters=(),
        decide=decide,
        sources=(),
    )
    monkeypatch.setitem(engine.RIGHTS, "leefloon", sloppy)

    with pytest.raises(UndeclaredFact):
        engine.evaluate(single_mother())


def test_every_parameter_has_a_reference_sources_a_unit_and_a_dated_value():
    parameters = list(leaf_parameters())
    assert len(parameters) >= 10
    for parameter in parameters:
        assert parameter.metadata.get("reference"), parameter.name
        assert parameter.metadata.get("sources"), parameter.name
        assert parameter.metadata.get("unit"), parameter.name
        assert parameter.values_list, parameter.name
        for value in parameter.values_list:
            datetime.date.fromisoformat(value.instant_str)


def test_every_registered_right_is_complete():
    system = tax_benefit_system()
    for right in RIGHTS.values():
        assert right.id in RIGHT_IDS
        assert right.id in APPLY
        assert right.sources
        assert all(variable in system.variables for variable in right.variables), right.id
        for path in right.parameters:
            node = system.parameters
            for key in path.split("."):
                node = node.children[key]


# -- CLI ---------------------------------------------------------------------------------------


def run_cli(*args):
    out, err = StringIO(), StringIO()
    call_command(Command(), *args, stdout=out, stderr=err)
    return out.getvalue()


def test_cli_prints_the_rights_as_json(tmp_path):
    file = tmp_path / "household.json"
    file.write_text(json.dumps(single_mother()), encoding="utf-8")

    result = json.loads(run_cli("check", str(file)))

    assert result["rights"]["leefloon"]["amount_monthly"] == 1376.07


def test_cli_date_overrides_the_files_date(tmp_path):
    file = tmp_path / "household.json"
    file.write_text(json.dumps(single_adult()), encoding="utf-8")

    result = json.loads(run_cli("check", str(file), "--date", "2024-12-01"))

    assert result["reference_date"] == "2024-12-01"
    assert result["rights"]["leefloon"]["amount_monthly"] == 1288.46


def test_cli_refuses_bad_json_with_exit_code_2(tmp_path):
    file = tmp_path / "household.json"
    file.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        run_cli("check", str(file))

    assert raised.value.returncode == 2
    assert "not valid JSON" in str(raised.value)


def test_cli_refuses_bad_fields_with_exit_code_2(tmp_path):
    file = tmp_path / "household.json"
    file.write_text(json.dumps(single_adult(age=200)), encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        run_cli("check", str(file))

    assert raised.value.returncode == 2
    assert "members[0].age: Must be at most 130." in str(raised.value)


def test_a_childs_disability_points_widen_the_vt_as_also_possible_if():
    # Issue 9: a middle-income family's VT no longer waits for every child's disability
    # points; they are a rare route that can only widen the right.
    situation = single_mother(household_gross_taxable_income_yearly_previous_year=60000)
    situation["members"][0]["income_monthly_net"] = {"salary": 2000}
    situation["members"].append(
        {"id": "dad", "role": "partner", "age": 36, "benefits_received": [],
         "income_monthly_net": {"salary": 2000}}
    )  # fmt: skip
    del situation["members"][1]["flags"]["disability_pillar1_points"]

    vt = engine.evaluate(situation, rights=["verhoogde_tegemoetkoming"])["rights"][
        "verhoogde_tegemoetkoming"
    ]

    assert vt["status"] == "not_eligible"
    assert vt["missing"] == []
    assert vt["also_possible_if"] == ["members[child].flags.disability_pillar1_points"]
    assert vt["reasons"][-1].startswith("Also possible if a child has at least 4 points")


def test_a_benefit_already_received_is_eligible_and_marked_received():
    situation = single_mother()
    situation["members"][0]["benefits_received"].append("verhoogde_tegemoetkoming")

    vt = engine.evaluate(situation, rights=["verhoogde_tegemoetkoming"])["rights"][
        "verhoogde_tegemoetkoming"
    ]

    assert vt["status"] == "eligible"
    assert vt["received"] is True
