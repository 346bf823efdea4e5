"""Maximumfactuur through evaluate(): social MAF follows the verhoogde tegemoetkoming."""

from radar.rights import engine
from radar.rights.tests.situations import single_adult, single_mother

MAF = ["maf_sociaal", "maf_inkomen"]


def rights(situation):
    return engine.evaluate(situation, rights=MAF)["rights"]


def test_a_household_with_vt_has_the_social_maf_and_an_income_maf_ceiling():
    result = rights(single_mother())  # 18 000 last year: VT through the income test

    assert result["maf_sociaal"]["status"] == "eligible"
    assert result["maf_sociaal"]["members"] == ["mother", "child"]
    assert result["maf_sociaal"]["automatic"] is True
    assert "€ 516,92" in result["maf_sociaal"]["reasons"][0]
    assert result["maf_sociaal"]["to_verify"] is True  # 2025 ceilings carried forward
    assert result["maf_inkomen"]["status"] == "eligible"
    assert any("bracket 2" in reason for reason in result["maf_inkomen"]["reasons"])


def test_without_vt_the_social_maf_does_not_apply_but_the_income_maf_does():
    situation = single_adult()
    situation["household_gross_taxable_income_yearly_previous_year"] = 40000

    result = rights(situation)

    assert result["maf_sociaal"]["status"] == "not_eligible"
    assert result["maf_inkomen"]["status"] == "eligible"
    assert any("bracket 4" in reason for reason in result["maf_inkomen"]["reasons"])


def test_an_unknown_vt_makes_the_social_maf_unknown_with_the_same_missing_facts():
    situation = single_mother()
    del situation["household_gross_taxable_income_yearly_previous_year"]

    result = rights(situation)
    vt = engine.evaluate(situation, rights=["verhoogde_tegemoetkoming"])["rights"]

    assert result["maf_sociaal"]["status"] == "unknown"
    assert result["maf_sociaal"]["missing"] == vt["verhoogde_tegemoetkoming"]["missing"]
    assert result["maf_inkomen"]["status"] == "eligible"  # everyone has it; the ceiling waits
    assert result["maf_inkomen"]["missing"] == [
        "household_gross_taxable_income_yearly_previous_year"
    ]


def test_a_single_parent_above_the_vt_ceiling_has_the_social_maf_to_assess():
    result = rights(single_mother(household_gross_taxable_income_yearly_previous_year=34000))

    assert result["maf_sociaal"]["status"] == "to_assess"
