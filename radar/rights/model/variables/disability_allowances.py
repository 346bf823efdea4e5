"""Allowances for persons with a disability: inkomensvervangende tegemoetkoming (IVT) and
integratietegemoetkoming (IT), federal, paid by DG Persons with disabilities.

Wet van 27 februari 1987 betreffende de tegemoetkomingen aan personen met een handicap
(reference to verify, RULES-RESEARCH §15). Age, nationality and the medical criterion are
modelled; the means test (income of the person and of a partner) is not, because the current
amounts and limits were not found: Radar leaves it to DG Persons with disabilities (to_assess).
"""

from numpy import isin
from openfisca_core.model_api import MONTH, Variable, select

from radar.rights.model.entities import Person
from radar.rights.model.vocabulary import ResidenceStatus

DISABILITY_LAW = (
    "Wet van 27 februari 1987 betreffende de tegemoetkomingen aan personen met een handicap"
)
SOURCES = [
    "https://www.harelbeke.be/huisvanwelzijn/producten/inkomensvervangende-en-integratietegemoetkoming-personen-met-een-beperking",
    "https://www.brasschaat.be/inkomensvervangende-enof-integratietegemoetkoming",
]

# Belgian, EU citizen, refugee, stateless, or foreigner in the population register (Peer).
DISABILITY_STATUSES = (
    ResidenceStatus.belgian,
    ResidenceStatus.eu_citizen,
    ResidenceStatus.foreigner_population_register,
    ResidenceStatus.recognised_refugee,
    ResidenceStatus.stateless,
)


class disability_allowance_nationality_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Belgian, EU citizen, refugee, stateless or registered in the population register"
    reference = [
        f"{DISABILITY_LAW}, art. 4",
        "https://www.peer.be/integratietegemoetkoming-voor-personen-met-een-beperking",
    ]

    def formula_1987_07(person, period):
        """Also domiciled and actually living in Belgium, which Radar takes for granted.
        Subsidiary protection is not listed: Radar leaves it to DG Persons with disabilities."""
        status = person("residence_status", period).decode_to_str()
        return isin(status, [s.name for s in DISABILITY_STATUSES])


class ivt_age_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Between 21 and 64: the IVT is asked before the 65th birthday"
    reference = [f"{DISABILITY_LAW}, art. 2", *SOURCES]

    def formula_1987_07(person, period, parameters):
        age = person("age", period)
        ivt = parameters(period).ivt
        return (age >= ivt.minimum_age) * (age <= ivt.maximum_age)


class ivt_medical_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The disability reduced the earning capacity to one third or less"
    reference = [f"{DISABILITY_LAW}, art. 2 §1", *SOURCES]

    def formula_1987_07(person, period):
        return person("earning_capacity_at_most_one_third", period)


class ivt_possible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Age, nationality and medical conditions of the IVT hold (means test not modelled)"
    reference = [DISABILITY_LAW, *SOURCES]

    def formula_1987_07(person, period):
        return (
            person("ivt_age_condition", period)
            * person("disability_allowance_nationality_condition", period)
            * person("ivt_medical_condition", period)
        )


class it_age_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Between 21 and 64: the IT is asked before the 65th birthday"
    reference = [f"{DISABILITY_LAW}, art. 2", *SOURCES]

    def formula_1987_07(person, period, parameters):
        age = person("age", period)
        it = parameters(period).it
        return (age >= it.minimum_age) * (age <= it.maximum_age)


class it_points_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "At least 7 points of reduced self-reliance"
    reference = [
        f"{DISABILITY_LAW}, art. 2 §2",
        "https://www.herentals.be/ocmw/tegemoetkoming-handicap",
    ]

    def formula_1987_07(person, period, parameters):
        return person("self_reliance_points", period) >= parameters(period).it.minimum_points


class it_category(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "IT category 1 to 5 by self-reliance points (0 below 7 points)"
    reference = [
        "KB van 6 juli 1987 betreffende de inkomensvervangende tegemoetkoming en de "
        "integratietegemoetkoming, art. 5 (to verify)",
        "https://www.peer.be/integratietegemoetkoming-voor-personen-met-een-beperking",
    ]

    def formula_1987_07(person, period, parameters):
        """Categories from 7, 9, 12, 15 and 17 points (bands to verify)."""
        thresholds = parameters(period).it.category_minimum_points
        points = person("self_reliance_points", period)
        return select(
            [points >= minimum for minimum in reversed(thresholds)],
            list(range(len(thresholds), 0, -1)),
            default=0,
        )


class it_possible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Age, nationality and points conditions of the IT hold (means test not modelled)"
    reference = [DISABILITY_LAW, *SOURCES]

    def formula_1987_07(person, period):
        return (
            person("it_age_condition", period)
            * person("disability_allowance_nationality_condition", period)
            * person("it_points_condition", period)
        )
