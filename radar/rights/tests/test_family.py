"""Family benefits end to end through evaluate(): Groeipakket, participatietoeslagen,
studietoelage, OCMW tariff in childcare, Walloon and Brussels supplément social."""

import copy

from radar.rights import engine

FAMILY_RIGHTS = (
    "groeipakket_basisbedrag",
    "groeipakket_sociale_toeslag",
    "schoolbonus",
    "kinderopvangtoeslag",
    "kleutertoeslag",
    "schooltoeslag",
    "studietoelage_hoger_onderwijs",
    "kinderopvang_ocmw_tarief",
    "af_wallonie_supplement_social",
    "af_bruxelles_supplement_social",
)

PRIMARY_SCHOOL = {
    "level": "primary",
    "language": "nl",
    "recognised_by": "flemish_community",
    "enrolled": True,
    "unjustified_absent_half_days": 0,
}


def family(*children, region="flanders", income=18000, date="2025-03-15", **changes):
    """A single mother (Belgian, 34) with the given children, in Flanders by default."""
    situation = {
        "reference_date": date,
        "region": region,
        "household_gross_taxable_income_yearly_previous_year": income,
        "housing": {"tenure": "private_rent", "other_real_estate": False},
        "members": [
            {
                "id": "mother",
                "role": "applicant",
                "age": 34,
                "residence_status": "belgian",
                "benefits_received": ["groeipakket"],
                "income_monthly_net": {"salary": 1500},
                "flags": {"single_parent": True},
            },
            *children,
        ],
    }
    if income is None:
        del situation["household_gross_taxable_income_yearly_previous_year"]
    situation.update(changes)
    return copy.deepcopy(situation)


def child(id, age, birth_date=None, **flags):
    member = {"id": id, "role": "child", "age": age, "flags": flags}
    if birth_date:
        member["birth_date"] = birth_date
    return member


def rights(situation):
    return engine.evaluate(situation, rights=FAMILY_RIGHTS)["rights"]


# -- Groeipakket basisbedrag, sociale toeslag, schoolbonus -----------------------------------------


def test_two_young_children_with_a_low_income_get_basisbedrag_sociale_toeslag_and_schoolbonus():
    result = rights(family(child("anna", 4, "2020-06-01"), child("bram", 1, "2023-10-01")))

    basis = result["groeipakket_basisbedrag"]
    assert basis["status"] == "eligible"
    assert basis["members"] == ["anna", "bram"]
    assert basis["amount_monthly"] == 360.38  # 2 x 180,19 (derived September 2024 amount)
    assert basis["to_verify"] is True
    assert basis["automatic"] is True
    social = result["groeipakket_sociale_toeslag"]
    assert social["status"] == "eligible"
    assert social["amount_monthly"] == 141.0  # 2 x 70,50: income 18 000 <= 36 325,76
    bonus = result["schoolbonus"]
    assert bonus["status"] == "eligible"
    assert bonus["amount_monthly"] == round((22.08 + 22.08) / 12, 2)  # both 0-4 on 31 Dec 2024


def test_groeipakket_only_exists_in_flanders():
    result = rights(family(child("anna", 4, "2020-06-01"), region="wallonia"))

    assert result["groeipakket_basisbedrag"]["status"] == "not_eligible"
    assert result["groeipakket_basisbedrag"]["reasons"] == ["This right only exists in flanders."]


def test_without_a_birth_date_an_ambiguous_age_leaves_the_amount_open_and_asks_for_it():
    # 6 in March 2025: born in 2018 (transition amounts) or 2019 (Groeipakket amounts)
    basis = rights(family(child("kid", 6)))["groeipakket_basisbedrag"]

    assert basis["status"] == "eligible"
    assert basis["members"] == ["kid"]
    assert basis["amount_monthly"] is None
    assert basis["missing"] == ["members[kid].birth_date"]


def test_a_child_born_before_2019_keeps_the_transition_amounts():
    basis = rights(family(child("kid", 10, "2014-05-01")))["groeipakket_basisbedrag"]

    assert basis["status"] == "eligible"
    assert basis["amount_monthly"] is None
    assert "born before 2019" in basis["reasons"][-1]


def test_an_adult_child_not_in_school_is_left_to_the_payer_and_one_of_25_has_nothing():
    result = rights(family(child("tom", 20, "2004-05-01", school={"enrolled": False})))
    assert result["groeipakket_basisbedrag"]["status"] == "to_assess"

    result = rights(family(child("eva", 26, "1999-01-01")))
    assert result["groeipakket_basisbedrag"]["status"] == "not_eligible"


def test_an_adult_child_with_unknown_studies_is_unknown():
    basis = rights(family(child("tom", 20, "2004-05-01")))["groeipakket_basisbedrag"]

    assert basis["status"] == "unknown"
    assert basis["missing"] == ["members[tom].flags.school.enrolled"]


def test_a_family_without_children_has_no_groeipakket():
    basis = rights(family())["groeipakket_basisbedrag"]

    assert basis["status"] == "not_eligible"
    assert basis["reasons"] == ["No child lives in the household."]


def test_sociale_toeslag_above_the_threshold_is_not_eligible_and_unknown_without_income():
    above = rights(family(child("anna", 4, "2020-06-01"), income=42380.07))
    assert above["groeipakket_sociale_toeslag"]["status"] == "not_eligible"
    assert "6 months" in above["groeipakket_sociale_toeslag"]["reasons"][0]

    middle = rights(family(child("anna", 4, "2020-06-01"), income=40000))
    assert middle["groeipakket_sociale_toeslag"]["amount_monthly"] == 35.7

    unknown = rights(family(child("anna", 4, "2020-06-01"), income=None))
    assert unknown["groeipakket_sociale_toeslag"]["status"] == "unknown"
    assert unknown["groeipakket_sociale_toeslag"]["missing"] == [
        "household_gross_taxable_income_yearly_previous_year"
    ]


def test_sociale_toeslag_on_the_leefloon_whatever_the_income():
    situation = family(child("anna", 4, "2020-06-01"), income=None)
    situation["members"][0]["benefits_received"] = ["leefloon"]

    social = rights(situation)["groeipakket_sociale_toeslag"]

    assert social["status"] == "eligible"
    assert social["amount_monthly"] == 70.5


def test_sociale_toeslag_with_other_real_estate_is_to_assess():
    situation = family(child("anna", 4, "2020-06-01"))
    situation["housing"]["other_real_estate"] = True

    assert rights(situation)["groeipakket_sociale_toeslag"]["status"] == "to_assess"


# -- Kinderopvangtoeslag and OCMW tariff ----------------------------------------------------------


def baby_in_childcare(income_related, **changes):
    childcare = {
        "licensed_by": "opgroeien",
        "language": "nl",
        "income_related_price": income_related,
        "days_per_week": 4,
        "hours_per_day": 8,
    } | changes
    return child("baby", 1, "2023-10-01", childcare=childcare)


def test_kinderopvangtoeslag_in_childcare_with_a_free_price():
    result = rights(family(baby_in_childcare(False)))

    assert result["kinderopvangtoeslag"]["status"] == "eligible"
    assert result["kinderopvangtoeslag"]["amount_monthly"] == 60.67  # 4 x 52/12 x 3,50
    assert result["kinderopvangtoeslag"]["to_verify"] is True  # date of 3,50 unconfirmed
    assert result["kinderopvang_ocmw_tarief"]["status"] == "not_eligible"


def test_income_related_childcare_opens_the_ocmw_tariff_to_assess_not_the_kinderopvangtoeslag():
    result = rights(family(baby_in_childcare(True)))

    assert result["kinderopvangtoeslag"]["status"] == "not_eligible"
    tariff = result["kinderopvang_ocmw_tarief"]
    assert tariff["status"] == "to_assess"
    assert tariff["members"] == ["baby"]
    assert tariff["amount_monthly"] is None
    assert "€ 6,24" in tariff["reasons"][0] and "€ 1,97" in tariff["reasons"][0]


def test_childcare_facts_missing_are_asked():
    result = rights(family(child("baby", 1, "2023-10-01", childcare={"days_per_week": 3})))

    toeslag = result["kinderopvangtoeslag"]
    assert toeslag["status"] == "unknown"
    assert "members[baby].flags.childcare.income_related_price" in toeslag["missing"]
    assert "members[baby].flags.childcare.licensed_by" in toeslag["missing"]


def test_kinderopvangtoeslag_in_brussels_for_dutch_language_childcare():
    result = rights(family(baby_in_childcare(False), region="brussels"))

    assert result["kinderopvangtoeslag"]["status"] == "eligible"
    assert result["kinderopvang_ocmw_tarief"]["status"] == "not_eligible"  # Flanders only


# -- Kleutertoeslag --------------------------------------------------------------------------------


def toddler(**school):
    school = {
        "level": "kindergarten",
        "language": "nl",
        "recognised_by": "flemish_community",
        "enrolled": True,
    } | school
    return child("toddler", 3, "2022-03-10", school=school)


def test_kleutertoeslag_the_year_the_child_turns_3_when_enrolled_in_time():
    result = rights(family(toddler(enrolled_since="2025-05-01"), date="2025-06-15"))

    kleuter = result["kleutertoeslag"]
    assert kleuter["status"] == "eligible"
    assert kleuter["amount_monthly"] == round(143.53 / 12, 2)
    assert kleuter["automatic"] is True


def test_kleutertoeslag_enrolled_too_late_or_not_known_when():
    late = rights(family(toddler(enrolled_since="2025-05-11"), date="2025-06-15"))
    assert late["kleutertoeslag"]["status"] == "not_eligible"

    unknown = rights(family(toddler(), date="2025-06-15"))
    assert unknown["kleutertoeslag"]["status"] == "unknown"
    assert unknown["kleutertoeslag"]["missing"] == ["members[toddler].flags.school.enrolled_since"]


def test_kleutertoeslag_in_brussels_must_be_asked_for():
    result = rights(
        family(toddler(enrolled_since="2025-05-01"), region="brussels", date="2025-06-15")
    )

    assert result["kleutertoeslag"]["status"] == "eligible"
    assert result["kleutertoeslag"]["automatic"] is False


def test_kleutertoeslag_needs_the_birth_date_when_the_age_leaves_the_year_open():
    situation = family(child("kid", 3, school={"enrolled": True}), date="2025-06-15")

    kleuter = rights(situation)["kleutertoeslag"]

    assert kleuter["status"] == "unknown"
    assert kleuter["missing"] == ["members[kid].birth_date"]


# -- Schooltoeslag ---------------------------------------------------------------------------------


def test_schooltoeslag_for_a_primary_pupil_with_a_low_income():
    result = rights(family(child("lien", 8, "2016-05-01", school=PRIMARY_SCHOOL), income=10000))

    school = result["schooltoeslag"]
    assert school["status"] == "eligible"
    assert school["members"] == ["lien"]
    assert school["amount_monthly"] == round(188.19 / 12, 2)  # 2 points, income below 25 196,70


def test_schooltoeslag_above_the_income_limit_is_not_eligible():
    # 2 points (single parent, 1 child): maximum 45 278,06
    situation = family(child("lien", 8, "2016-05-01", school=PRIMARY_SCHOOL), income=45278.07)
    situation["members"][0]["flags"]["disability_pillar1_points"] = 0
    situation["members"][0]["flags"]["school"] = {"level": "secondary"}
    situation["members"][1]["flags"]["disability_pillar1_points"] = 0

    school = rights(situation)["schooltoeslag"]

    assert school["status"] == "not_eligible"
    assert "€ 45.278,06" in school["reasons"][0]


def test_schooltoeslag_asks_for_facts_that_could_add_points_before_saying_no():
    situation = family(child("lien", 8, "2016-05-01", school=PRIMARY_SCHOOL), income=45278.07)

    school = rights(situation)["schooltoeslag"]

    assert school["status"] == "unknown"
    assert "members[lien].flags.disability_pillar1_points" in school["missing"]


def test_schooltoeslag_primary_absences_and_french_community():
    absent = PRIMARY_SCHOOL | {"unjustified_absent_half_days": 30}
    result = rights(family(child("lien", 8, "2016-05-01", school=absent), income=10000))
    assert result["schooltoeslag"]["status"] == "not_eligible"

    french = PRIMARY_SCHOOL | {"language": "fr", "recognised_by": "french_community"}
    result = rights(family(child("lien", 8, "2016-05-01", school=french), income=10000))
    assert result["schooltoeslag"]["status"] == "not_eligible"


def test_schooltoeslag_secondary_in_another_community_is_to_assess():
    school = {
        "level": "secondary",
        "language": "fr",
        "recognised_by": "french_community",
        "enrolled": True,
        "unjustified_absent_half_days": 2,
    }
    result = rights(family(child("noor", 15, "2009-05-01", school=school), income=10000))

    assert result["schooltoeslag"]["status"] == "to_assess"
    assert result["schooltoeslag"]["amount_monthly"] is None


def test_schooltoeslag_secondary_needs_last_years_absences_only_after_30_this_year():
    school = {
        "level": "secondary",
        "language": "nl",
        "recognised_by": "flemish_community",
        "enrolled": True,
        "unjustified_absent_half_days": 35,
    }
    result = rights(family(child("noor", 15, "2009-05-01", school=school), income=10000))

    # Attendance is checked by the payer: listed, not holding the allowance back (issue 9).
    assert result["schooltoeslag"]["status"] == "eligible"
    assert result["schooltoeslag"]["checked_when_applying"] == [
        "members[noor].flags.school.unjustified_absent_half_days_previous_school_year"
    ]
    school["unjustified_absent_half_days_previous_school_year"] = 31
    refused = rights(family(child("noor", 15, "2009-05-01", school=school), income=10000))
    assert refused["schooltoeslag"]["status"] == "not_eligible"


# -- Studietoelage hoger onderwijs ----------------------------------------------------------------


def student(**changes):
    school = {"level": "higher", "enrolled": True, "recognised_by": "flemish_community"}
    member = {
        "id": "sam",
        "role": "child",
        "age": 19,
        "residence_status": "belgian",
        "flags": {"school": school},
    }
    member.update(changes)
    return member


def test_a_student_at_a_flemish_institution_is_to_assess_on_the_income_test():
    grant = rights(family(student()))["studietoelage_hoger_onderwijs"]

    assert grant["status"] == "to_assess"
    assert grant["members"] == ["sam"]
    assert grant["automatic"] is False


def test_a_student_at_a_french_community_institution_has_no_flemish_grant():
    school = {"level": "higher", "enrolled": True, "recognised_by": "french_community"}
    grant = rights(family(student(flags={"school": school})))["studietoelage_hoger_onderwijs"]

    assert grant["status"] == "not_eligible"


def test_a_young_adult_whose_studies_are_unknown_is_asked_about():
    grant = rights(family(child("kim", 19, "2005-05-01")))["studietoelage_hoger_onderwijs"]

    assert grant["status"] == "unknown"
    assert "members[kim].flags.school.level" in grant["missing"]


def test_a_member_of_unknown_age_may_be_a_student_so_the_grant_is_unknown():
    kid = {"id": "kim", "role": "child", "flags": {}}

    grant = rights(family(kid))["studietoelage_hoger_onderwijs"]

    assert grant["status"] == "unknown"
    assert grant["missing"][:2] == ["members[kim].age", "members[kim].flags.school.level"]


# -- Wallonia and Brussels ------------------------------------------------------------------------


def test_walloon_supplement_below_the_lower_threshold():
    result = rights(family(child("lea", 2, "2022-05-01"), region="wallonia", income=31814.36))

    supplement = result["af_wallonie_supplement_social"]
    assert supplement["status"] == "eligible"
    assert supplement["amount_monthly"] == 64.44
    assert result["groeipakket_basisbedrag"]["status"] == "not_eligible"


def test_walloon_supplement_above_the_upper_threshold_unless_the_family_has_bim():
    above = family(child("lea", 2, "2022-05-01"), region="wallonia", income=51340.01)
    assert rights(above)["af_wallonie_supplement_social"]["status"] == "not_eligible"

    above["members"][0]["benefits_received"] = ["verhoogde_tegemoetkoming"]
    with_vt = rights(above)["af_wallonie_supplement_social"]
    assert with_vt["status"] == "eligible"
    assert with_vt["to_verify"] is True


def test_brussels_supplement_for_one_young_child():
    # Lower band, one child aged 0-11: € 48,76 (1 May 2024; the single-parent increase starts
    # from two children, Famiris).
    result = rights(family(child("lou", 3, "2021-05-01"), region="brussels", income=20000))

    supplement = result["af_bruxelles_supplement_social"]
    assert supplement["status"] == "eligible"
    assert supplement["amount_monthly"] == 48.76


def test_brussels_supplement_for_one_child_in_the_middle_band_is_not_eligible():
    result = rights(family(child("lou", 13, "2011-05-01"), region="brussels", income=40000))

    supplement = result["af_bruxelles_supplement_social"]
    assert supplement["status"] == "not_eligible"
    assert "middle income band" in supplement["reasons"][0]


def test_brussels_supplement_above_the_threshold_and_unknown_real_estate():
    above = rights(family(child("lou", 3, "2021-05-01"), region="brussels", income=56069))
    assert above["af_bruxelles_supplement_social"]["status"] == "not_eligible"

    situation = family(child("lou", 3, "2021-05-01"), region="brussels", income=20000)
    del situation["housing"]["other_real_estate"]
    unknown = rights(situation)["af_bruxelles_supplement_social"]
    assert unknown["status"] == "unknown"
    assert unknown["missing"] == ["housing.other_real_estate"]


def test_brussels_supplement_full_table():
    # Lower band, single parent, two children: 0-11 € 97,52 + 12-24 € 109,71; a couple:
    # € 85,33 + € 97,52. Middle band, two children: € 30,48 each; three: € 87,77 each.
    two = family(child("lou", 3, "2021-05-01"), child("max", 13, "2011-05-01"), region="brussels")
    couple = copy.deepcopy(two)
    couple["members"][0]["flags"]["single_parent"] = False
    couple["members"].append({"id": "dad", "role": "partner", "age": 36})
    middle = copy.deepcopy(two)
    middle["household_gross_taxable_income_yearly_previous_year"] = 40000
    three = family(
        child("lou", 3, "2021-05-01"),
        child("max", 13, "2011-05-01"),
        child("zoe", 7, "2017-05-01"),
        region="brussels",
        income=40000,
    )

    single_result = rights(two)["af_bruxelles_supplement_social"]
    assert single_result["status"] == "eligible"
    assert single_result["members"] == ["lou", "max"]
    assert single_result["amount_monthly"] == round(97.52 + 109.71, 2)
    assert rights(couple)["af_bruxelles_supplement_social"]["amount_monthly"] == round(
        85.33 + 97.52, 2
    )
    assert rights(middle)["af_bruxelles_supplement_social"]["amount_monthly"] == round(2 * 30.48, 2)
    assert rights(three)["af_bruxelles_supplement_social"]["amount_monthly"] == round(3 * 87.77, 2)


def test_brussels_supplement_amount_waits_for_every_childs_age():
    situation = family(
        child("lou", 3, "2021-05-01"), {"id": "max", "role": "child"}, region="brussels"
    )

    supplement = rights(situation)["af_bruxelles_supplement_social"]

    assert supplement["status"] == "eligible"
    assert supplement["members"] == ["lou"]
    assert supplement["amount_monthly"] is None
    assert "members[max].age" in supplement["missing"]


# -- Groeipakket startbedrag ---------------------------------------------------------------------


def expecting(date="2025-08-10", **flags):
    situation = family(date="2025-03-15")
    situation["members"][0]["flags"].update({"pregnant": True, "expected_birth_date": date})
    situation["members"][0]["flags"].update(flags)
    return situation


def startbedrag(situation):
    return engine.evaluate(situation, rights=["groeipakket_startbedrag"])["rights"][
        "groeipakket_startbedrag"
    ]


def test_startbedrag_from_the_fifth_month_of_pregnancy():
    result = startbedrag(expecting("2025-08-10"))

    assert result["status"] == "eligible"
    assert result["members"] == ["mother"]
    assert "€ 1.214,49" in result["reasons"][0]
    assert result["to_verify"] is True  # the month of pregnancy is to verify (5th or 6th)


def test_startbedrag_too_early_or_date_passed_or_nobody_expecting():
    too_early = startbedrag(expecting("2025-09-01"))
    passed = startbedrag(expecting("2025-02-20"))
    nobody = startbedrag(family())

    assert too_early["status"] == "not_eligible"
    assert "not yet" in too_early["reasons"][0]
    assert passed["status"] == "not_eligible"
    assert "record the child as born" in passed["reasons"][0]
    assert nobody["status"] == "not_eligible"


def test_startbedrag_asks_for_the_expected_date_of_a_pregnancy():
    situation = family()
    situation["members"][0]["flags"]["pregnant"] = True

    result = startbedrag(situation)

    assert result["status"] == "unknown"
    assert result["missing"] == ["members[mother].flags.expected_birth_date"]


def test_startbedrag_only_in_flanders():
    situation = expecting()
    situation["region"] = "brussels"

    assert startbedrag(situation)["status"] == "not_eligible"


def test_the_schoolbonus_is_shown_as_a_yearly_amount_paid_in_august():
    result = rights(family(child("lien", 8, "2016-05-01"), child("bo", 3, "2021-05-01")))

    bonus = result["schoolbonus"]
    assert bonus["status"] == "eligible"
    assert bonus["paid_in_month"] == 8
    assert bonus["amount_yearly"] == round(bonus["amount_monthly"] * 12, 2)
