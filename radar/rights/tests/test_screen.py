"""engine.screen(): the statuses and amounts of evaluate_many, for many households at once."""

import copy
import importlib.util
import math
import random
from pathlib import Path

import pytest

from radar.rights import engine
from radar.rights.catalogue import RIGHTS
from radar.rights.exchange import InvalidSituation
from radar.rights.tests.situations import single_mother

BENCH = Path(__file__).resolve().parents[3] / "bench" / "bench_rights.py"


def _bench_generator():
    spec = importlib.util.spec_from_file_location("bench_rights", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def _maybe(rng, target, key, value, known=0.5):
    if rng.random() < known:
        target[key] = value


def _widen(rng: random.Random, situation: dict) -> dict:
    """Add the facts the benchmark's households leave out (school, childcare, maintenance,
    residence, energy, real estate, dates), each known or not."""
    housing = situation.setdefault("housing", {})
    _maybe(rng, housing, "other_real_estate", rng.random() < 0.1)
    _maybe(rng, housing, "other_real_estate_cadastral_income", rng.choice((0, 300, 900)), 0.2)
    _maybe(rng, housing, "collective_heating", rng.random() < 0.2, 0.3)
    _maybe(rng, housing, "is_room", rng.random() < 0.1, 0.2)
    _maybe(rng, housing, "moved_months_ago", rng.randint(0, 30), 0.3)
    _maybe(rng, housing, "moved_from", rng.choice(("unfit_dwelling", "homeless", "other")), 0.3)
    _maybe(rng, housing, "refused_social_dwelling", rng.random() < 0.1, 0.2)
    _maybe(rng, housing, "municipality_with_higher_rent_limits", rng.random() < 0.5, 0.3)
    _maybe(rng, housing, "rented_through_social_rental_agency", rng.random() < 0.2, 0.3)
    events = {}
    _maybe(rng, events, "heating_delivery_days_ago", rng.randint(0, 120), 0.3)
    _maybe(rng, events, "existing_social_telecom_tariff_in_household", rng.random() < 0.1, 0.3)
    _maybe(rng, events, "collective_debt_settlement", rng.random() < 0.1, 0.3)
    _maybe(rng, events, "cannot_pay_heating_bill", rng.random() < 0.3, 0.3)
    if events:
        situation["situation"] = events
    for member in situation["members"]:
        flags = member.setdefault("flags", {})
        if member["role"] == "applicant":
            _maybe(rng, flags, "eu_worker_or_self_employed", rng.random() < 0.5, 0.3)
            _maybe(rng, flags, "months_in_belgium", rng.randint(0, 12), 0.3)
            _maybe(rng, flags, "pregnant", rng.random() < 0.1, 0.2)
            _maybe(rng, flags, "health_or_equity_reasons", rng.random() < 0.5, 0.3)
            _maybe(rng, flags, "child_maintenance_owed_under_decision_or_agreement", True, 0.2)
            _maybe(rng, flags, "child_maintenance_paid_monthly", rng.choice((0, 150)), 0.2)
            _maybe(rng, flags, "proof_of_payment", rng.random() < 0.8, 0.2)
            _maybe(rng, flags, "maintenance_child_lives_in_belgium", True, 0.2)
            _maybe(rng, flags, "uninterrupted_years_resident_in_belgium", rng.randint(0, 40), 0.2)
            if rng.random() < 0.1:
                member["age"] = rng.randint(16, 17)
        if member["role"] == "child":
            age = member.get("age", 0)
            year = 2025 - age - rng.choice((0, 1))
            _maybe(rng, member, "birth_date", f"{year}-0{rng.randint(1, 9)}-15", 0.3)
            _maybe(rng, flags, "groeipakket_zorgtoeslag", rng.random() < 0.1, 0.2)
            if age < 4 and rng.random() < 0.6:
                childcare = {}
                _maybe(rng, childcare, "licensed_by", rng.choice(("opgroeien", "ONE")), 0.8)
                _maybe(rng, childcare, "language", rng.choice(("nl", "fr")), 0.8)
                _maybe(rng, childcare, "income_related_price", rng.random() < 0.3, 0.8)
                _maybe(rng, childcare, "days_per_week", rng.choice((0, 2, 5)), 0.8)
                _maybe(rng, childcare, "hours_per_day", rng.choice((2, 4, 8)), 0.8)
                flags["childcare"] = childcare
            school = flags.get("school")
            if school is not None:
                _maybe(rng, school, "recognised_by", "flemish_community", 0.6)
                _maybe(rng, school, "sufficient_attendance", rng.random() < 0.9, 0.5)
                _maybe(rng, school, "unjustified_absent_half_days", rng.randint(0, 40), 0.4)
                if age >= 17 and rng.random() < 0.5:
                    school["level"] = "higher"
    return situation


@pytest.fixture(scope="module")
def households():
    rng = random.Random(11)
    situations = [_widen(rng, situation) for situation in _bench_generator()(2500, seed=5)]
    regions = {situation.get("region") for situation in situations}
    assert regions == {"flanders", "wallonia", "brussels", None}
    return situations


def _assert_same(screening: engine.Screening, evaluated: list[dict], right_ids) -> None:
    assert screening.rights == tuple(right_ids)
    assert screening.status.shape == (len(evaluated), len(right_ids))
    for i, result in enumerate(evaluated):
        for j, right_id in enumerate(right_ids):
            expected = result["rights"][right_id]
            assert screening.status_of(i, right_id) == expected["status"], (i, right_id)
            amount = float(screening.amount[i, j])
            if expected["amount_monthly"] is None:
                assert math.isnan(amount), (i, right_id)
            else:
                assert amount == expected["amount_monthly"], (i, right_id)


def test_screen_gives_the_statuses_and_amounts_of_evaluate_many(households):
    evaluated = engine.evaluate_many(households)
    screening = engine.screen(households, processes=1)

    _assert_same(screening, evaluated, list(RIGHTS))
    statuses = {result["status"] for r in evaluated for result in r["rights"].values()}
    assert statuses == set(engine.STATUSES)  # every status is exercised


def test_screen_in_worker_processes_gives_the_same_result(households):
    one = engine.screen(households[:600], processes=1)
    two = engine.screen(households[:600], processes=2)

    assert (one.status == two.status).all()
    assert ((one.amount == two.amount) | (one.amount != one.amount)).all()


def test_screen_a_selection_of_rights_at_a_date():
    situations = [single_mother(), single_mother(region=None), single_mother(region="wallonia")]
    right_ids = ["af_wallonie_supplement_social", "maf_sociaal", "leefloon"]
    date = engine.datetime.date(2025, 6, 1)

    screening = engine.screen(situations, rights=right_ids, date=date)

    evaluated = engine.evaluate_many(situations, rights=right_ids, reference_date=date)
    _assert_same(screening, evaluated, right_ids)
    assert screening.status_of(0, "leefloon") == "eligible"
    assert list(screening.rows())[2] == (
        0,
        "leefloon",
        "eligible",
        evaluated[0]["rights"]["leefloon"]["amount_monthly"],
    )


def test_screen_refuses_invalid_documents_or_skips_them():
    bad = single_mother()
    bad["members"][0]["age"] = -1
    situations = [single_mother(), bad]

    with pytest.raises(InvalidSituation) as refused:
        engine.screen(situations)
    assert "[1].members[0].age" in refused.value.errors

    screening = engine.screen(situations, skip_invalid=True)
    assert list(screening.errors) == [1]
    assert screening.status_of(1, "leefloon") is None
    assert {row[0] for row in screening.rows()} == {0}


def test_households_with_the_same_facts_are_screened_once_and_each_get_the_result(monkeypatch):
    one = single_mother()
    same = copy.deepcopy(one)
    for member in same["members"]:
        member["id"] = "x" + member["id"]  # other ids, same facts
    other = single_mother(region="wallonia")
    screened = []
    original = engine._screen_all
    monkeypatch.setattr(
        engine, "_screen_all", lambda s, *a: screened.append(len(s)) or original(s, *a)
    )

    screening = engine.screen([one, other, same, one], processes=1)

    assert screened == [2]
    alone = engine.screen([same], processes=1)
    assert (screening.status[2] == alone.status[0]).all()
    assert (screening.status[0] == screening.status[3]).all()
    assert (screening.status[0] == screening.status[2]).all()
    assert not (screening.status[0] == screening.status[1]).all()
    assert list(dict.fromkeys(row[0] for row in screening.rows())) == [0, 1, 2, 3]


def test_a_duplicate_id_is_not_taken_for_the_same_facts():
    valid = single_mother()
    valid["members"].append({**valid["members"][0], "id": "other", "role": "partner"})
    twice = copy.deepcopy(valid)
    twice["members"][1]["id"] = twice["members"][0]["id"]  # invalid: the same id twice
    bad_copy = copy.deepcopy(twice)
    for member in bad_copy["members"]:
        member["id"] = "z"

    screening = engine.screen([valid, twice, bad_copy], skip_invalid=True, processes=1)

    assert list(screening.errors) == [1, 2]
    assert screening.status_of(0, "leefloon") is not None
    # Each refused document is told about its own ids.
    assert "z" in str(screening.errors[2]) and "z" not in str(screening.errors[1])
