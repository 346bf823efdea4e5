"""Sociaal internetaanbod (social internet offer), since 1 March 2024 in place of the social
telecom tariff for new requests. Wet van 13 juni 2005 betreffende de elektronische
communicatie, bijlage 1, art. 22/2.
"""

from openfisca_core.model_api import MONTH, Variable, not_

from radar.rights.model.entities import Household, Person

TELECOM_LAW = "Wet van 13 juni 2005 betreffende de elektronische communicatie, bijlage 1, art. 22/2"


class sociaal_internettarief_via_benefit(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Receives a benefit that opens the social internet offer (categories 1, 2A, 2B, 3)"
    reference = [TELECOM_LAW, "https://www.hemiksem.be/sociaal-telefoontarief"]

    def formula_2024_03(person, period, parameters):
        """OCMW financial aid (leefloon, equivalent leefloon), IVT or IT, help to the elderly
        (or the Flemish zorgbudget ouderen), or IGO. The verhoogde tegemoetkoming alone does not
        open it (RULES-RESEARCH §21)."""
        benefits = parameters(period).sociaal_internettarief.opening_benefits
        return sum(person(f"receives_{benefit}", period) for benefit in benefits) > 0


class sociaal_internettarief_via_child_care_supplement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A child with at least 4 points in pillar 1 (care supplement; category 2C)"
    reference = [
        TELECOM_LAW,
        "https://economie.fgov.be/nl/themas/energie/energieprijzen/sociaal-tarief-voor-energie",
    ]

    def formula_2024_03(person, period, parameters):
        points = parameters(period).sociaal_internettarief.child_minimum_pillar1_points
        return person.has_role(Household.CHILD) * (
            person("disability_pillar1_points", period) >= points
        )


class sociaal_internettarief_category(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Someone in the household belongs to a category of the social internet offer"
    reference = [TELECOM_LAW]

    def formula_2024_03(household, period):
        members = household.members
        return household.any(
            members("sociaal_internettarief_via_benefit", period)
            + members("sociaal_internettarief_via_child_care_supplement", period)
        )


class sociaal_internettarief_no_existing_tariff(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Nobody in the household already has the old or new social telecom tariff"
    reference = [TELECOM_LAW, "https://www.hemiksem.be/sociaal-telefoontarief"]

    def formula_2024_03(household, period):
        return not_(household("existing_social_telecom_tariff_in_household", period))


class sociaal_internettarief(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household can ask for the social internet offer"
    reference = [TELECOM_LAW]

    def formula_2024_03(household, period):
        return household("sociaal_internettarief_category", period) * household(
            "sociaal_internettarief_no_existing_tariff", period
        )
