"""Flemish rent allowances: huurpremie (for private tenants long on the social-housing waiting
list) and huursubsidie (after a move to an adequate dwelling, a social rental agency dwelling or
out of homelessness).

Vlaamse Codex Wonen van 2021 and the besluit van de Vlaamse Regering on the rent allowances
(references to verify, RULES-RESEARCH §13). Both use the income limits of candidates for a
social dwelling and the same maximum rents (parameters under `huurpremie`). Each condition is its
own variable so that Radar can say which one fails.
"""

from numpy import clip, isin
from openfisca_core.model_api import MONTH, Variable, min_, not_, where

from radar.rights.model.entities import Household
from radar.rights.model.money import at_most, cents
from radar.rights.model.vocabulary import PreviousHousing, Region, Tenure

HOUSING_CODE = "Vlaamse Codex Wonen van 2021 (besluit van de Vlaamse Regering on rent allowances)"
VLAANDEREN = (
    "https://www.vlaanderen.be/bouwen-wonen-en-energie/huren-en-verhuren/"
    "vlaamse-huurpremie-voor-kandidaat-huurders-van-een-sociale-woning/"
    "hoeveel-bedraagt-de-vlaamse-huurpremie"
)
KNACK = "https://www.knack.be/nieuws/belgie/vanaf-1-november-veranderen-de-huursubsidie-en-de-huurpremie/"


def _previous_year_income(household, period):
    return household("household_gross_taxable_income", period.this_year.offset(-1))


# -- Shared by the huurpremie and the huursubsidie -------------------------------------------


class rent_allowance_dependants(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Dependants for the rent allowances: minors, and children under 25 with child benefit"
    reference = [HOUSING_CODE, "https://www.zwevegem.be/huurpremie"]

    def formula_2022_01(household, period):
        """Children of the applicant or partner who are minors, or young adults (under 25) for
        whom child benefit is received. Disabled adults who count as dependants in housing law
        are not modelled."""
        members = household.members
        age = members("age", period)
        with_child_benefit = members("receives_groeipakket", period) * (age < 25)
        dependant = members.has_role(Household.CHILD) * ((age < 18) + with_child_benefit)
        return household.sum(dependant)


class rent_allowance_income_limit(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Income limit of a candidate for a social dwelling, for this household"
    reference = [HOUSING_CODE, "https://www.zwevegem.be/huurpremie"]

    def formula_2022_01(household, period, parameters):
        """A one-person household has the single limit (higher for a person with a disability,
        read here as receiving the IVT or IT); any other household the 'other' limit plus an
        amount per dependant."""
        limit = parameters(period).huurpremie.income_limit
        members = household.members
        disabled = household.value_from_person(
            members("receives_ivt", period) + members("receives_it", period),
            role=Household.APPLICANT,
        )
        single = where(disabled, limit.single_disabled, limit.single)
        other = limit.other + limit.per_dependant * household("rent_allowance_dependants", period)
        return where(household.nb_persons() == 1, single, other)


class rent_allowance_income_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household's taxable income is at most the social-housing income limit"
    reference = [HOUSING_CODE, "https://www.zwevegem.be/huurpremie"]

    def formula_2022_01(household, period):
        """Programmes use the income of year N-3; Radar uses the situation's one reference income
        (RULES-RESEARCH §21)."""
        income = _previous_year_income(household, period)
        return at_most(income, household("rent_allowance_income_limit", period))


class rent_allowance_maximum_rent(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maximum monthly rent of the dwelling for the Flemish rent allowances"
    reference = [HOUSING_CODE, "https://www.belg12.com/2023/01/17/hoe-huurpremie-berekenen/"]

    def formula_2023_01(household, period, parameters):
        """By dwelling type (independent dwelling or room) and municipality (some have higher
        limits), increased by 20 % per dependant, by at most 50 %."""
        rent = parameters(period).huurpremie.maximum_rent
        room = household("housing_is_room", period)
        higher = household("housing_municipality_with_higher_rent_limits", period)
        base = where(
            room,
            where(higher, rent.room_higher_municipality, rent.room),
            where(higher, rent.dwelling_higher_municipality, rent.dwelling),
        )
        dependants = household("rent_allowance_dependants", period)
        increase = min_(rent.increase_per_dependant * dependants, rent.maximum_increase)
        return base * (1 + increase)


class rent_allowance_rent_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The rent is at most the maximum rent"
    reference = [HOUSING_CODE, "https://www.belg12.com/2023/01/17/hoe-huurpremie-berekenen/"]

    def formula_2023_01(household, period):
        rent = household("housing_rent_monthly", period)
        return at_most(rent, household("rent_allowance_maximum_rent", period))


class rent_allowance_lease_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household rents with a lease and is domiciled at the rented address"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2022_01(household, period):
        return household("housing_lease", period) * household(
            "housing_domiciled_at_rental_address", period
        )


class rent_allowance_landlord_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The landlord is not a first-degree relative living at the same address"
    reference = [HOUSING_CODE, "https://www.zwevegem.be/huurpremie"]

    def formula_2022_01(household, period):
        return not_(
            household("housing_landlord_is_first_degree_relative_living_at_address", period)
        )


class rent_allowance_property_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = (
        "Nobody in the household owns a dwelling (property condition of social-housing candidates)"
    )
    reference = [f"{HOUSING_CODE} (property condition; to verify)"]

    def formula_2022_01(household, period):
        return not_(household("housing_owns_a_dwelling", period))


class rent_allowance_dwelling_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The rented dwelling has not been declared unfit, uninhabitable or overcrowded"
    reference = [HOUSING_CODE, KNACK]

    def formula_2023_11(household, period):
        """Since 1 November 2023 there is no conformity check any more, but a dwelling declared
        unfit, uninhabitable or overcrowded gets no allowance."""
        return not_(household("housing_dwelling_declared_unfit", period))


# -- Huurpremie --------------------------------------------------------------------------------


class huurpremie_private_tenant_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household rents a private dwelling (not a social dwelling) as its main residence"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2023_11(household, period):
        private = household("housing_tenure", period) == Tenure.private_rent
        return private * not_(household("housing_lives_in_social_housing", period))


class huurpremie_waiting_list_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = (
        "Registered for at least 4 years without interruption on the social-housing waiting list"
    )
    reference = [HOUSING_CODE, VLAANDEREN, "https://www.zwevegem.be/huurpremie"]

    def formula_2023_11(household, period, parameters):
        minimum = parameters(period).huurpremie.waiting_list_minimum_years
        years = household("housing_social_housing_waiting_list_years", period)
        return (years >= minimum) * household("housing_waiting_list_uninterrupted", period)


class huurpremie_refusal_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household did not refuse a social dwelling offered to it"
    reference = [f"{HOUSING_CODE} (older sources; current rule to verify)"]

    def formula_2023_11(household, period):
        return not_(household("housing_refused_social_dwelling", period))


class huurpremie_maximum_premium(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maximum monthly huurpremie for this household"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2024_01(household, period, parameters):
        """A base amount plus an amount per dependant, for at most 4 dependants; both higher in
        some municipalities."""
        premium = parameters(period).huurpremie.maximum_premium
        higher = household("housing_municipality_with_higher_rent_limits", period)
        dependants = min_(
            household("rent_allowance_dependants", period), premium.maximum_dependants
        )
        normal = premium.base + premium.per_dependant * dependants
        increased = premium.base_higher_municipality + (
            premium.per_dependant_higher_municipality * dependants
        )
        return where(higher, increased, normal)


class huurpremie_calculated(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly huurpremie by the formula, before the conditions"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2024_01(household, period, parameters):
        """Reference rent (75 % of the maximum rent) minus the own contribution (1/55 of the
        yearly income), between 0 and the maximum premium."""
        huurpremie = parameters(period).huurpremie
        reference_rent = huurpremie.reference_rent_share * household(
            "rent_allowance_maximum_rent", period
        )
        contribution = _previous_year_income(household, period) / (
            huurpremie.own_contribution_income_divisor
        )
        maximum = household("huurpremie_maximum_premium", period)
        return clip(reference_rent - contribution, 0, maximum)


class huurpremie_conditions(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Every condition of the huurpremie holds"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2024_01(household, period):
        conditions = [
            "huurpremie_private_tenant_condition",
            "rent_allowance_lease_condition",
            "rent_allowance_landlord_condition",
            "rent_allowance_property_condition",
            "rent_allowance_dwelling_condition",
            "huurpremie_waiting_list_condition",
            "huurpremie_refusal_condition",
            "rent_allowance_income_condition",
            "rent_allowance_rent_condition",
        ]
        met = household("region", period) == Region.flanders
        for condition in conditions:
            met = met * household(condition, period)
        return met


class huurpremie_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly Flemish huurpremie of the household"
    reference = [HOUSING_CODE, VLAANDEREN]

    def formula_2024_01(household, period):
        return where(
            household("huurpremie_conditions", period),
            household("huurpremie_calculated", period),
            0,
        )


class huurpremie(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household has a right to the Flemish huurpremie"

    def formula_2024_01(household, period):
        return cents(household("huurpremie_amount", period)) > 0


# -- Huursubsidie ------------------------------------------------------------------------------


class huursubsidie_tenant_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household rents a private dwelling, or a dwelling through a social rental agency"
    reference = [HOUSING_CODE, KNACK]

    def formula_2023_11(household, period):
        private = (household("housing_tenure", period) == Tenure.private_rent) * not_(
            household("housing_lives_in_social_housing", period)
        )
        return private + household("housing_rented_through_social_rental_agency", period)


class huursubsidie_move_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Moved out of an unfit or unadapted dwelling or homelessness, or into an SVK dwelling"
    reference = [
        HOUSING_CODE,
        KNACK,
        "https://www.vastgoedselect.be/post/wijzigingen-huursubsidie-op-komst",
    ]

    def formula_2023_11(household, period):
        """Since 1 November 2023 the household no longer has to be registered for a social
        dwelling."""
        moved_from = household("housing_moved_from", period).decode_to_str()
        qualifying = isin(
            moved_from,
            [
                PreviousHousing.unfit_dwelling.name,
                PreviousHousing.unadapted_dwelling.name,
                PreviousHousing.homeless.name,
            ],
        )
        return qualifying + household("housing_rented_through_social_rental_agency", period)


class huursubsidie_timing_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The move was less than 9 months ago, so the request is still in time"
    reference = [HOUSING_CODE, KNACK]

    def formula_2023_11(household, period, parameters):
        months = parameters(period).huursubsidie.months_to_apply
        return household("housing_moved_months_ago", period) < months


class huursubsidie_conditions(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Every condition of the huursubsidie holds"
    reference = [HOUSING_CODE, KNACK]

    def formula_2023_11(household, period):
        conditions = [
            "huursubsidie_tenant_condition",
            "huursubsidie_move_condition",
            "huursubsidie_timing_condition",
            "rent_allowance_lease_condition",
            "rent_allowance_landlord_condition",
            "rent_allowance_property_condition",
            "rent_allowance_dwelling_condition",
            "rent_allowance_income_condition",
            "rent_allowance_rent_condition",
        ]
        met = household("region", period) == Region.flanders
        for condition in conditions:
            met = met * household(condition, period)
        return met


class huursubsidie(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household has a right to the Flemish huursubsidie (amount not modelled)"

    def formula_2023_11(household, period):
        return household("huursubsidie_conditions", period)
