"""Local rights: conditions written in the admin, checked there, evaluated after the engine."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from radar.rights.admin import LocalRightForm
from radar.rights.local import condition_errors, evaluate_local
from radar.rights.models import LocalRight
from radar.rights.tests.factories import LocalRightFactory
from radar.rights.tests.situations_dossier import fill_single_mother

VT_ELIGIBLE = {"verhoogde_tegemoetkoming": {"status": "eligible", "missing": []}}
VT_UNKNOWN = {"verhoogde_tegemoetkoming": {"status": "unknown", "missing": ["x"]}}


def _situation(*child_ages):
    members = [{"id": "mother", "role": "applicant", "age": 30}]
    members += [{"id": f"c{i}", "role": "child", **age} for i, age in enumerate(child_ages)]
    return {"region": "flanders", "members": members}


@pytest.mark.parametrize(
    ("children", "results", "status"),
    [
        ([{"age": 0}], VT_ELIGIBLE, "eligible"),
        ([{"age": 3}], VT_ELIGIBLE, "not_eligible"),
        ([{"age": 0}], {"verhoogde_tegemoetkoming": {"status": "not_eligible"}}, "not_eligible"),
        ([{"age": 0}], VT_UNKNOWN, "unknown"),
        ([{}], VT_ELIGIBLE, "unknown"),  # the child's age is not known
        ([], VT_ELIGIBLE, "not_eligible"),
    ],
)
def test_the_babykaart_needs_a_baby_and_the_verhoogde_tegemoetkoming(db, children, results, status):
    babykaart = LocalRightFactory.build()

    result = evaluate_local(babykaart, _situation(*children), results)

    assert result["status"] == status
    assert result["amount"] == (250.0 if status == "eligible" else None)
    if status == "unknown" and children == [{}]:
        assert result["missing"] == ["members[c0].age"]


@pytest.mark.parametrize(
    "conditions",
    [
        {"fact": "child_age_under"},
        [{"fact": "child_age_below", "value": 1}],
        [{"fact": "child_age_under", "value": "one"}],
        [{"fact": "child_age_under"}],
        [{"right": "no_such_right"}],
        [{"right": "leefloon", "status": "granted"}],
        [{"right": "leefloon", "extra": 1}],
        [{"something": "else"}],
        ["child_age_under"],
    ],
)
def test_a_wrong_condition_is_explained(conditions):
    assert condition_errors(conditions)


def test_the_examples_are_valid():
    assert condition_errors([]) == []
    assert condition_errors(LocalRightFactory.build().conditions) == []
    school_child = [
        {"fact": "child_age_between", "value": [6, 12]},
        {"fact": "child_in_school_level", "value": "primary"},
        {"right": "leefloon", "status": ["eligible", "to_assess"]},
    ]
    assert condition_errors(school_child) == []


def test_the_admin_form_shows_clear_errors_on_the_conditions(municipality):
    form = LocalRightForm(
        data={
            "municipality": municipality.pk,
            "slug": "babykaart",
            "name_nl": "Babykaart",
            "name_fr": "Carte bébé",
            "name_en": "Baby card",
            "domain": "family",
            "conditions": '[{"fact": "child_age_below", "value": 1}]',
            "amount_period": "once",
            "valid_from": "2025-01-01",
        }
    )

    assert not form.is_valid()
    assert "child_age_below" in " ".join(form.errors["conditions"])


def test_the_model_refuses_an_end_before_the_start(municipality):
    local = LocalRightFactory.build(
        municipality=municipality, valid_from=date(2025, 1, 1), valid_until=date(2024, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        local.full_clean()
    assert "valid_until" in error.value.message_dict


def test_local_rights_of_the_municipality_appear_among_the_results(
    client_for, outreacher, household, municipality
):
    outreacher.language = "en"
    outreacher.save()
    fill_single_mother(household, outreacher, child_birth=date.today().replace(day=1))
    LocalRightFactory(municipality=municipality)
    LocalRightFactory(municipality=municipality, slug="oud", valid_until=date(2024, 12, 31))

    body = client_for(outreacher).get(reverse("rights:household", args=[household.pk])).content

    assert b'id="right-local-babykaart"' in body
    assert b"Baby card" in body
    assert b"right-local-oud" not in body  # no longer valid
    assert LocalRight.objects.count() == 2
