"""Tegemoetkoming in het onderhoudsgeld: the OCMW pays back half of the maintenance that a
person entitled to the (equivalent) leefloon pays for his or her children, up to 1 100 euro a
year. The leefloon variables are reused for the basis right.
"""

from openfisca_core.model_api import MONTH, Variable, min_

from radar.rights.model.entities import Household
from radar.rights.model.money import cents

SOURCE = "https://www.vlaanderen.be/hulp-bij-het-betalen-van-onderhoudsgeld-of-alimentatie"
RULES = (
    "Wet van 26 mei 2002 and its executing royal decree on the contribution to maintenance "
    "(to verify)"
)


def _applicant(household, variable, period):
    return household.value_from_person(
        household.members(variable, period), role=Household.APPLICANT
    )


class tegemoetkoming_onderhoudsgeld_basis(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant receives, or has a right to, the (equivalent) leefloon"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        return (
            _applicant(household, "receives_leefloon", period)
            + _applicant(household, "receives_equivalent_leefloon", period)
            + household("leefloon", period)
            + household("equivalent_leefloon", period)
        )


class tegemoetkoming_onderhoudsgeld_owed(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The maintenance is owed under a judgment, a notarial deed or an agreement"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        return _applicant(household, "child_maintenance_owed_under_decision_or_agreement", period)


class tegemoetkoming_onderhoudsgeld_paid_in_full(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant pays maintenance and can prove it was paid in full"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        paid = _applicant(household, "child_maintenance_paid_monthly", period)
        return (paid > 0) * _applicant(household, "proof_of_payment", period)


class tegemoetkoming_onderhoudsgeld_child_in_belgium(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The child for whom maintenance is paid lives in Belgium"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        return _applicant(household, "maintenance_child_lives_in_belgium", period)


class tegemoetkoming_onderhoudsgeld_capped_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Half the maintenance the applicant pays a month, at most 1 100 euro a year / 12"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period, parameters):
        p = parameters(period).tegemoetkoming_onderhoudsgeld_leefloon
        paid = _applicant(household, "child_maintenance_paid_monthly", period)
        return min_(p.share * paid, p.yearly_maximum / 12)


class tegemoetkoming_onderhoudsgeld_leefloon_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly contribution: half the maintenance paid, at most 1 100 euro a year"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        """50 % of the monthly maintenance paid, at most the yearly maximum / 12 (91,67), when
        every condition holds; else 0."""
        conditions = (
            household("tegemoetkoming_onderhoudsgeld_basis", period)
            * household("tegemoetkoming_onderhoudsgeld_owed", period)
            * household("tegemoetkoming_onderhoudsgeld_paid_in_full", period)
            * household("tegemoetkoming_onderhoudsgeld_child_in_belgium", period)
        )
        return conditions * household("tegemoetkoming_onderhoudsgeld_capped_amount", period)


class tegemoetkoming_onderhoudsgeld_leefloon(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The OCMW contributes to the maintenance the applicant pays for the children"
    reference = [RULES, SOURCE]

    def formula_2024_01(household, period):
        return cents(household("tegemoetkoming_onderhoudsgeld_leefloon_amount", period)) > 0
