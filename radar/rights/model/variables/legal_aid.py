"""Juridische tweedelijnsbijstand (pro-deo lawyer): fully free below one net monthly income
ceiling, partly free up to a second, without income test for minors and (rebuttably) for some
benefit recipients. Gerechtelijk Wetboek art. 508/13 e.v.; KB van 18 december 2003 as amended
by KB van 3 augustus 2016.

Single person: the applicant's own means. Person with dependants or cohabitant: the
household's means, minus a deduction per dependant (20 % of the leefloon of category 3).
"""

from openfisca_core.model_api import MONTH, Variable, max_, not_, where

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import at_most
from radar.rights.model.vocabulary import INCOME_KINDS

LEGAL_AID_RULES = "KB van 18 december 2003 (kosteloosheid juridische tweedelijnsbijstand)"
COURTS_SOURCE = "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance"
INCOME_SOURCE = "https://www.droitsquotidiens.be/fr/question/quels-sont-les-revenus-pris-en-compte-pour-laide-juridique-si-je-vis-avec-mes-enfants"


class juridische_bijstand_member_income(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly means of this person for legal aid, minus maintenance they pay"
    reference = [LEGAL_AID_RULES, INCOME_SOURCE]

    def formula_2016_09(person, period, parameters):
        """Every net income counts (since 2016) except family allowance; maintenance actually
        paid for children is deducted, maintenance received counts."""
        excluded = parameters(period).juridische_tweedelijnsbijstand.excluded_income_kinds
        income = sum(
            person(f"net_income_{kind}", period) for kind in INCOME_KINDS if kind not in excluded
        )
        return income - person("child_maintenance_paid_monthly", period)


class juridische_bijstand_income_counts(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "This person's means count for the applicant's legal aid"
    reference = [LEGAL_AID_RULES, INCOME_SOURCE]

    def formula_2016_09(person, period, parameters):
        """The applicant, the partner and adult children. Parents and other adults only when the
        applicant has no partner and forms a household with them (lives_alone is false)."""
        household = person.household
        minor_age = parameters(period).juridische_tweedelijnsbijstand.minor_age
        adult_child = person.has_role(Household.CHILD) * (person("age", period) >= minor_age)
        no_partner = household.nb_persons(Household.PARTNER) == 0
        applicant_lives_alone = household.value_from_person(
            household.members("lives_alone", period), role=Household.APPLICANT
        )
        shares_with_others = no_partner * not_(applicant_lives_alone)
        other = person.has_role(Household.PARENT) + person.has_role(Household.OTHER_ADULT)
        return (
            person.has_role(Household.APPLICANT)
            + person.has_role(Household.PARTNER)
            + adult_child
            + other * shares_with_others
        )


class juridische_bijstand_dependants(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Dependants: the children living with the applicant (even with their own income)"
    reference = [LEGAL_AID_RULES, INCOME_SOURCE]

    def formula_2016_09(household, period):
        return household.nb_persons(Household.CHILD)


class juridische_bijstand_is_single(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant is a single person: no partner, no dependant, no shared household"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period):
        counted = household.members("juridische_bijstand_income_counts", period)
        return (household.sum(counted) == 1) * (
            household("juridische_bijstand_dependants", period) == 0
        )


class juridische_bijstand_counted_income(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly means tested: own (single) or household's minus the dependant deduction"
    reference = [LEGAL_AID_RULES, INCOME_SOURCE]

    def formula_2016_09(household, period, parameters):
        members = household.members
        income = household.sum(
            members("juridische_bijstand_member_income", period)
            * members("juridische_bijstand_income_counts", period)
        )
        deduction = parameters(period).juridische_tweedelijnsbijstand.dependant_deduction
        return max_(income - deduction * household("juridische_bijstand_dependants", period), 0)


class juridische_bijstand_full_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly income up to which legal aid is fully free"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period, parameters):
        p = parameters(period).juridische_tweedelijnsbijstand
        return where(
            household("juridische_bijstand_is_single", period),
            p.single_full_ceiling,
            p.household_full_ceiling,
        )


class juridische_bijstand_partial_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly income up to which legal aid is partly free"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period, parameters):
        p = parameters(period).juridische_tweedelijnsbijstand
        return where(
            household("juridische_bijstand_is_single", period),
            p.single_partial_ceiling,
            p.household_partial_ceiling,
        )


class juridische_bijstand_minor(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant is a minor: fully free, no income test (irrebuttable)"
    reference = [LEGAL_AID_RULES]

    def formula_2016_09(household, period, parameters):
        minor_age = parameters(period).juridische_tweedelijnsbijstand.minor_age
        age = household.members("age", period)
        return household.any(age < minor_age, role=Household.APPLICANT)


class juridische_bijstand_benefit_presumption(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant receives a benefit that presumes insufficient means (rebuttable)"
    reference = [LEGAL_AID_RULES, "http://advocaatclaessens.be/Pro%20Deo.html"]

    def formula_2016_09(household, period, parameters):
        """Leefloon, equivalent leefloon, IGO or IVT; rebuttable since the 2016 royal decree."""
        benefits = parameters(period).juridische_tweedelijnsbijstand.presumption_benefits
        members = household.members
        receives = sum(members(f"receives_{benefit}", period) for benefit in benefits) > 0
        return household.any(receives, role=Household.APPLICANT)


class juridische_bijstand_debt_presumption(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Collective debt settlement: presumed insufficient means (rebuttable; to verify)"
    reference = [LEGAL_AID_RULES]

    def formula_2016_09(household, period):
        return household("collective_debt_settlement", period)


class juridische_bijstand_income_below_full_ceiling(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Tested means at most the ceiling for fully free legal aid"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period):
        return at_most(
            household("juridische_bijstand_counted_income", period),
            household("juridische_bijstand_full_ceiling", period),
        )


class juridische_bijstand_income_below_partial_ceiling(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Tested means at most the ceiling for partly free legal aid"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period):
        return at_most(
            household("juridische_bijstand_counted_income", period),
            household("juridische_bijstand_partial_ceiling", period),
        )


class juridische_tweedelijnsbijstand(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Fully free second-line legal aid"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period):
        return (
            household("juridische_bijstand_minor", period)
            + household("juridische_bijstand_benefit_presumption", period)
            + household("juridische_bijstand_debt_presumption", period)
            + household("juridische_bijstand_income_below_full_ceiling", period)
        )


class juridische_tweedelijnsbijstand_gedeeltelijk(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Partly free second-line legal aid (a contribution is asked)"
    reference = [LEGAL_AID_RULES, COURTS_SOURCE]

    def formula_2016_09(household, period):
        return not_(household("juridische_tweedelijnsbijstand", period)) * household(
            "juridische_bijstand_income_below_partial_ceiling", period
        )
