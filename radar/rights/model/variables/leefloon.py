"""Leefloon and equivalent leefloon (OCMW minimum income): category, conditions, amount.

Law of 26 May 2002 on the right to social integration (leefloon) and organic OCMW law of
8 July 1976 (equivalent leefloon, same categories and amounts). Each condition is its own
variable so that Radar can tell which one fails and which facts it still needs.
"""

from numpy import isin
from openfisca_core.model_api import MONTH, Variable, max_, min_, not_, select, where

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import cents
from radar.rights.model.vocabulary import INCOME_KINDS, ResidenceStatus

LEEFLOON_LAW = "Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie"
GENERAL_RULES = "KB van 11 juli 2002 houdende het algemeen reglement (RMI)"

# Residence statuses that open the leefloon itself (law of 26 May 2002, art. 3, 3°).
LEEFLOON_STATUSES = (
    ResidenceStatus.belgian,
    ResidenceStatus.foreigner_population_register,
    ResidenceStatus.recognised_refugee,
    ResidenceStatus.subsidiary_protection,
    ResidenceStatus.stateless,
)


class leefloon_category(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Leefloon category: 1 cohabitant, 2 single, 3 living with a family in charge"
    reference = [f"{LEEFLOON_LAW}, art. 14 §1", "https://primabook.mi-is.be/"]

    def formula_2002_10(household, period, parameters):
        """Category 3 when at least one minor child of the applicant or partner lives in the
        household. Otherwise category 1 when the applicant lives with a partner, or with other
        people with whom they share household matters (`lives_alone` is false). Otherwise 2."""
        minimum_age = parameters(period).leefloon.minimum_age
        has_minor_child = household.any(
            household.members("age", period) < minimum_age, role=Household.CHILD
        )
        has_partner = household.nb_persons(Household.PARTNER) > 0
        lives_with_others = household.nb_persons() > 1
        lives_alone = household.value_from_person(
            household.members("lives_alone", period), role=Household.APPLICANT
        )
        return select(
            [has_minor_child, has_partner, lives_with_others * not_(lives_alone)],
            [3, 1, 1],
            default=2,
        )


class leefloon_category_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly maximum leefloon of the household's category"
    reference = [f"{LEEFLOON_LAW}, art. 14 §1"]

    def formula_2002_10(household, period, parameters):
        amount = parameters(period).leefloon.amount
        category = household("leefloon_category", period)
        return select(
            [category == 1, category == 2, category == 3],
            [amount.category_1, amount.category_2, amount.category_3],
        )


class leefloon_counted_income(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly income of this person that counts as a resource for the leefloon"
    reference = [f"{GENERAL_RULES}, art. 22"]

    def formula_2002_10(person, period, parameters):
        """Every kind of net income counts, except the exempted kinds (dated parameter), plus
        the return counted on savings (leefloon_capital_income)."""
        exempted = parameters(period).leefloon.exempted_income_kinds
        income = sum(
            person(f"net_income_{kind}", period) for kind in INCOME_KINDS if kind not in exempted
        )
        return income + person("leefloon_capital_income", period)


class is_leefloon_beneficiary(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Receives the leefloon or the equivalent leefloon (as a benefit or as income)"

    def formula(person, period):
        return (
            person("receives_leefloon", period)
            + person("receives_equivalent_leefloon", period)
            + (person("net_income_leefloon", period) > 0)
            + (person("net_income_equivalent_leefloon", period) > 0)
        )


class leefloon_counted_resources(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly resources the OCMW must count against the category amount"
    reference = [f"{GENERAL_RULES}, art. 34", "https://www.mi-is.be/nl/faq"]

    def formula_2002_10(household, period, parameters):
        """The applicant's own counted income, plus the partner's: in full in category 3, only
        the part above the category 1 amount in category 1, and nothing when the partner is a
        leefloon beneficiary. Other cohabitants are never counted here; parents and adult
        children are left to the OCMW (see leefloon_discretionary_resources)."""
        counted = household.members("leefloon_counted_income", period)
        own = household.value_from_person(counted, role=Household.APPLICANT)
        partner = household.value_from_person(counted, role=Household.PARTNER)
        partner_is_beneficiary = household.value_from_person(
            household.members("is_leefloon_beneficiary", period), role=Household.PARTNER
        )
        category_1 = parameters(period).leefloon.amount.category_1
        category = household("leefloon_category", period)
        partner_part = where(category == 3, partner, max_(partner - category_1, 0))
        return own + where(partner_is_beneficiary, 0, partner_part)


class leefloon_discretionary_resources(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Resources of parents and adult children the OCMW may choose to count"
    reference = [f"{GENERAL_RULES}, art. 34 §2", "https://www.mi-is.be/nl/faq"]

    def formula_2002_10(household, period, parameters):
        """For each parent and adult child living with the applicant, the part of their counted
        income above the category 1 amount. The OCMW may count all, part or none of it."""
        members = household.members
        minimum_age = parameters(period).leefloon.minimum_age
        is_first_degree = members.has_role(Household.PARENT) + (
            members.has_role(Household.CHILD) * (members("age", period) >= minimum_age)
        )
        category_1 = parameters(period).leefloon.amount.category_1
        excess = max_(members("leefloon_counted_income", period) - category_1, 0)
        return household.sum(excess * is_first_degree)


class leefloon_residence_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant's residence status opens the leefloon itself"
    reference = [f"{LEEFLOON_LAW}, art. 3, 3°"]

    def formula_2002_10(household, period, parameters):
        """Belgian, foreigner in the population register, recognised refugee, subsidiary
        protection or stateless; an EU citizen too, except one who neither works nor is
        self-employed here during their first three months in Belgium."""
        members = household.members
        status = members("residence_status", period)
        waiting_months = parameters(period).leefloon.eu_citizen_waiting_months
        eu_citizen_admitted = (status == ResidenceStatus.eu_citizen) * (
            members("eu_worker_or_self_employed", period)
            + (members("months_in_belgium", period) > waiting_months)
        )
        admitted = isin(status.decode_to_str(), [s.name for s in LEEFLOON_STATUSES])
        return household.value_from_person(admitted + eu_citizen_admitted, role=Household.APPLICANT)


class equivalent_leefloon_residence_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant has legal stay in the foreigners' register (equivalent leefloon)"
    reference = ["Organieke wet van 8 juli 1976 betreffende de OCMW's, art. 1 and 57"]

    def formula_2002_10(household, period):
        """Foreigners with legal stay who are registered in the foreigners' register do not meet
        the nationality condition of the leefloon, and get equivalent social assistance."""
        status = household.members("residence_status", period)
        return household.value_from_person(
            status == ResidenceStatus.foreigner_foreigners_register_legal_stay,
            role=Household.APPLICANT,
        )


class leefloon_age_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant is of age, or a minor who is emancipated, pregnant or has a child"
    reference = [f"{LEEFLOON_LAW}, art. 7"]

    def formula_2002_10(household, period, parameters):
        members = household.members
        minimum_age = parameters(period).leefloon.minimum_age
        person_ok = (
            (members("age", period) >= minimum_age)
            + members("pregnant", period)
            + members("emancipated_by_marriage", period)
        )
        has_child = household.nb_persons(Household.CHILD) > 0
        return household.value_from_person(person_ok, role=Household.APPLICANT) + has_child


class leefloon_work_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant is willing to work, or health or equity reasons excuse them"
    reference = [f"{LEEFLOON_LAW}, art. 3, 5°"]

    def formula_2002_10(household, period):
        members = household.members
        person_ok = members("willing_to_work", period) + members("health_or_equity_reasons", period)
        return household.value_from_person(person_ok, role=Household.APPLICANT)


class leefloon_other_rights_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant has claimed the other benefits they may have a right to"
    reference = [f"{LEEFLOON_LAW}, art. 3, 6°"]

    def formula_2002_10(household, period):
        exhausted = household.members("other_benefit_rights_exhausted", period)
        return household.value_from_person(exhausted, role=Household.APPLICANT)


class leefloon_resources_gap(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Category amount minus counted resources, never below zero"
    reference = [f"{LEEFLOON_LAW}, art. 14 §1 and art. 16"]

    def formula_2002_10(household, period):
        gap = household("leefloon_category_amount", period) - household(
            "leefloon_counted_resources", period
        )
        return max_(gap, 0)


class leefloon_amount_before_residence(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Leefloon amount if the residence condition is met"

    def formula_2002_10(household, period):
        """The resources gap when the age, work and other-rights conditions are met; else 0."""
        conditions_met = (
            household("leefloon_age_condition", period)
            * household("leefloon_work_condition", period)
            * household("leefloon_other_rights_condition", period)
        )
        return where(conditions_met, household("leefloon_resources_gap", period), 0)


class leefloon_partner_residence_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The partner's own residence status opens the leefloon"
    reference = [f"{LEEFLOON_LAW}, art. 3, 3°"]

    def formula_2002_10(household, period, parameters):
        """The same statuses as for the applicant (leefloon_residence_condition), read for the
        partner."""
        members = household.members
        status = members("residence_status", period)
        waiting_months = parameters(period).leefloon.eu_citizen_waiting_months
        eu_citizen_admitted = (status == ResidenceStatus.eu_citizen) * (
            members("eu_worker_or_self_employed", period)
            + (members("months_in_belgium", period) > waiting_months)
        )
        admitted = isin(status.decode_to_str(), [s.name for s in LEEFLOON_STATUSES])
        return household.value_from_person(admitted + eu_citizen_admitted, role=Household.PARTNER)


class leefloon_partner_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "The partner's own category 1 leefloon in a couple (cohabitants)"
    reference = [f"{LEEFLOON_LAW}, art. 14 §1, 1°", f"{GENERAL_RULES}, art. 34 §2"]

    def formula_2002_10(household, period, parameters):
        """In category 1 each partner of a couple has a right of their own: the category 1
        amount minus the partner's own counted resources and the part of the applicant's above
        the category 1 amount (art. 34 §2). Not when the partner already is a leefloon
        beneficiary. The partner's own residence status must open it; the partner's work and
        other-rights conditions are checked when they apply."""
        category_1 = parameters(period).leefloon.amount.category_1
        counted = household.members("leefloon_counted_income", period)
        own = household.value_from_person(counted, role=Household.APPLICANT)
        partner = household.value_from_person(counted, role=Household.PARTNER)
        beneficiary = household.value_from_person(
            household.members("is_leefloon_beneficiary", period), role=Household.PARTNER
        )
        has_partner = household.nb_persons(Household.PARTNER) > 0
        gap = max_(category_1 - partner - max_(own - category_1, 0), 0)
        applies = (
            (household("leefloon_category", period) == 1)
            * has_partner
            * not_(beneficiary)
            * household("leefloon_partner_residence_condition", period)
        )
        return where(applies, gap, 0)


class leefloon_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly leefloon of the household (the applicant's, and the partner's own in a couple)"

    def formula_2002_10(household, period):
        """The applicant's leefloon when the conditions hold; in category 1 the partner's own
        right is added (leefloon_partner_amount)."""
        applicant = where(
            household("leefloon_residence_condition", period),
            household("leefloon_amount_before_residence", period),
            0,
        )
        partner = where(cents(applicant) > 0, household("leefloon_partner_amount", period), 0)
        return applicant + partner


class leefloon(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household has a right to the leefloon"

    def formula_2002_10(household, period):
        return cents(household("leefloon_amount", period)) > 0


class equivalent_leefloon_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly equivalent leefloon of the household (same amounts as the leefloon)"

    def formula_2002_10(household, period):
        return where(
            household("equivalent_leefloon_residence_condition", period),
            household("leefloon_amount_before_residence", period),
            0,
        )


class equivalent_leefloon(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household has a right to the equivalent leefloon"

    def formula_2002_10(household, period):
        return cents(household("equivalent_leefloon_amount", period)) > 0


class leefloon_capital_income(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly resource counted on the person's savings (movable capital)"
    reference = [f"{GENERAL_RULES}, art. 27 (to verify)"]

    def formula_2002_10(person, period, parameters):
        """Savings up to the exempt amount do not count; the part up to the lower band limit
        counts for a yearly return at the lower rate, the part above at the higher rate; the
        yearly return is divided by 12."""
        p = parameters(period).leefloon_capital
        savings = person("savings", period)
        lower = min_(max_(savings - p.exempt, 0), p.lower_band_limit - p.exempt)
        higher = max_(savings - p.lower_band_limit, 0)
        return (lower * p.lower_rate + higher * p.higher_rate) / 12
