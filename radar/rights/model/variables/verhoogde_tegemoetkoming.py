"""Verhoogde tegemoetkoming (increased reimbursement of health costs, BIM).

Granted without an income test to people receiving certain benefits (and then to their
partner and dependants), to a child with a severe disability in their own right, and
otherwise after an income test on the household's gross taxable income of the previous
calendar year. Health-insurance law of 14 July 1994, art. 37 §19; KB 15 January 2014.
"""

from openfisca_core.model_api import MONTH, Variable

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import at_most

VT_RULES = "KB van 15 januari 2014 betreffende de verhoogde verzekeringstegemoetkoming"


class verhoogde_tegemoetkoming_via_benefit(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Receives a benefit that opens the verhoogde tegemoetkoming without an income test"
    reference = [
        VT_RULES,
        "https://www.droitsquotidiens.be/fr/question/qui-peut-recevoir-lintervention-majoree-statut-bim",
    ]

    def formula_2014_01(person, period, parameters):
        """IGO, IVT, IT or the allowance for help to the elderly (hulp aan bejaarden / APA,
        or the Flemish zorgbudget ouderen); or the leefloon or equivalent leefloon for at
        least three full consecutive months (RULES-RESEARCH §3)."""
        minimum_months = parameters(period).verhoogde_tegemoetkoming.leefloon_minimum_months
        return (
            person("receives_igo", period)
            + person("receives_ivt", period)
            + person("receives_it", period)
            + person("receives_hulp_aan_bejaarden", period)
            + person("receives_leefloon", period)
            * (person("leefloon_months", period) >= minimum_months)
            + person("receives_equivalent_leefloon", period)
            * (person("equivalent_leefloon_months", period) >= minimum_months)
        )


class verhoogde_tegemoetkoming_via_disability(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Child with a disability of at least 4 points in pillar 1 (at least 66 %)"
    reference = [VT_RULES]

    def formula_2014_01(person, period, parameters):
        """A child's own right, whatever the household's income. Pillar-1 points are the
        Groeipakket assessment of a child: only a child (role) has this route (found by the
        property test catalogue = model, issue 9)."""
        points = parameters(period).verhoogde_tegemoetkoming.disability_minimum_pillar1_points
        is_child = person.has_role(Household.CHILD)
        return is_child * (person("disability_pillar1_points", period) >= points)


class verhoogde_tegemoetkoming_household_size(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Members of the health-insurance household: applicant, partner and children"
    documentation = """
    Relatives who live in but are not the partner or a dependant (parents, other adults) do not
    belong to this household and have their own (https://www.droitsquotidiens.be).
    """

    def formula_2014_01(household, period):
        return (
            household.nb_persons(Household.APPLICANT)
            + household.nb_persons(Household.PARTNER)
            + household.nb_persons(Household.CHILD)
        )


class verhoogde_tegemoetkoming_income_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Yearly income ceiling of the household: base plus an amount per additional member"
    reference = [VT_RULES, "https://partenamut.be/fr/faq/bim"]

    def formula_2014_01(household, period, parameters):
        ceiling = parameters(period).verhoogde_tegemoetkoming.income_ceiling
        size = household("verhoogde_tegemoetkoming_household_size", period)
        return ceiling.base + ceiling.per_additional_member * (size - 1)


class verhoogde_tegemoetkoming_income_test(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Gross taxable income of the previous calendar year is at most the ceiling"
    reference = [VT_RULES, "https://statut-bim.be/pour-qui/"]

    def formula_2014_01(household, period):
        income = household("household_gross_taxable_income", period.this_year.offset(-1))
        return at_most(income, household("verhoogde_tegemoetkoming_income_ceiling", period))


class verhoogde_tegemoetkoming_reference_month_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Yearly ceiling for the test on the current (reference-month) income"
    reference = [VT_RULES, "https://statut-bim.be/pour-qui/"]

    def formula_2014_01(household, period, parameters):
        ceiling = parameters(period).verhoogde_tegemoetkoming.reference_month_ceiling
        size = household("verhoogde_tegemoetkoming_household_size", period)
        return ceiling.base + ceiling.per_additional_member * (size - 1)


class verhoogde_tegemoetkoming_indicator(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "An indicator situation lets the health fund test the current income instead"
    reference = [VT_RULES, "https://statut-bim.be/pour-qui/"]

    def formula_2014_01(household, period, parameters):
        """The applicant or partner receives a pension or a sickness/invalidity benefit, or has
        been unemployed for at least three months; or the applicant is a single parent."""
        members = household.members
        months = parameters(period).verhoogde_tegemoetkoming.indicator_minimum_months
        person_indicator = (
            members("receives_pension", period)
            + members("receives_sickness_benefit", period)
            + members("receives_unemployment_benefit", period)
            * (members("unemployed_months", period) >= months)
        )
        is_core_adult = members.has_role(Household.APPLICANT) + members.has_role(Household.PARTNER)
        single_parent = (household.nb_persons(Household.PARTNER) == 0) * (
            household.nb_persons(Household.CHILD) > 0
        )
        return household.any(person_indicator * is_core_adult) + single_parent


class verhoogde_tegemoetkoming_household_via_benefit(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant or partner opens the verhoogde tegemoetkoming for the household"

    def formula_2014_01(household, period):
        via_benefit = household.members("verhoogde_tegemoetkoming_via_benefit", period)
        return household.any(via_benefit, role=Household.APPLICANT) + household.any(
            via_benefit, role=Household.PARTNER
        )


class verhoogde_tegemoetkoming(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "This person has a right to the verhoogde tegemoetkoming"
    reference = [VT_RULES, "https://www.cm.be/nl/faq-verhoogde-tegemoetkoming"]

    def formula_2014_01(person, period):
        """Applicant, partner and children share the right of the household (opened by a benefit
        of the applicant or partner, by the income test, or already granted to the applicant or
        partner); anyone who receives such a benefit, or already has the right, has it in their
        own right, and so has a child with a severe disability."""
        household = person.household
        is_core = (
            person.has_role(Household.APPLICANT)
            + person.has_role(Household.PARTNER)
            + person.has_role(Household.CHILD)
        )
        already = person("receives_verhoogde_tegemoetkoming", period)
        household_already = household.any(already, role=Household.APPLICANT) + household.any(
            already, role=Household.PARTNER
        )
        household_right = (
            household("verhoogde_tegemoetkoming_household_via_benefit", period)
            + household("verhoogde_tegemoetkoming_income_test", period)
            + household_already
        )
        return (
            is_core * household_right
            + already
            + person("verhoogde_tegemoetkoming_via_benefit", period)
            + person("verhoogde_tegemoetkoming_via_disability", period)
        )
